import Link from 'next/link';
import { getMDXComponent } from 'mdx-bundler/client';
import { isValidElement, type ComponentProps, type ComponentType, type ReactNode } from 'react';
import { siteUrl } from '@/lib/config';
import type { Provider } from '@/lib/provider/schema';
import { Callout } from './Callout';
import { Steps } from './Steps';
import { Setting } from './Setting';
import { ServerSettings } from './ServerSettings';
import { DnsRecords } from './DnsRecords';
import { AutoSetupDnsRecords, type AutoSetupRecordSet } from './AutoSetupDnsRecords';
import { Compare, ProtocolComparison } from './ProtocolComparison';
import { CopyLink } from '../CopyLink.client';
import { PROTOCOL_LABEL, type Protocol, type MailProtocol } from '@/lib/protocol';

type MdxComponent = ReturnType<typeof getMDXComponent>;
// Evaluating compiled MDX builds a function; do it once per document per server process.
const evaluated = new Map<string, MdxComponent>();

function evaluate(code: string): MdxComponent {
  let component = evaluated.get(code);
  if (!component) {
    component = getMDXComponent(code);
    evaluated.set(code, component);
  }
  return component;
}

/** The visible text of a heading, for the copy button's name ("Copy link to section “…”"). */
function plainText(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(plainText).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return plainText(node.props.children);
  return '';
}

const HEADING_TAGS = { 2: 'h2', 3: 'h3', 4: 'h4', 5: 'h5' } as const;

function Heading({
  level,
  id,
  pageUrl,
  children,
  ...rest
}: { level: 2 | 3 | 4 | 5; id?: string; pageUrl?: string; children?: ReactNode } & ComponentProps<'h2'>) {
  const Tag = HEADING_TAGS[level];
  const text = plainText(children).trim();
  return (
    <Tag id={id} {...rest} className="group scroll-mt-20">
      {children}
      {id ? (
        <CopyLink
          url={pageUrl}
          fragment={id}
          label={text ? `Copy link to section “${text}”` : 'Copy link to this section'}
          className="heading-anchor ml-1 inline-flex size-8 cursor-pointer items-center justify-center rounded-md align-middle text-base font-normal text-slate-600 no-underline hover:bg-slate-100 hover:text-brand-700 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-brand-300"
          testId="heading-copy-link"
        >
          <span aria-hidden="true">#</span>
        </CopyLink>
      ) : null}
    </Tag>
  );
}

function SmartLink({ href = '', children, ...rest }: ComponentProps<'a'>) {
  if (href.startsWith('/') && !href.startsWith('//')) {
    return (
      <Link href={href} {...rest}>
        {children}
      </Link>
    );
  }
  const external = /^https?:\/\//.test(href);
  return (
    <a href={href} {...rest} {...(external ? { rel: 'noopener noreferrer' } : {})}>
      {children}
    </a>
  );
}

/**
 * Render compiled MDX on the server with the components editors may use (DESIGN.md rule 4):
 * the provider settings and, in setup guides, the guide's protocol are bound here.
 */
export function MdxContent({
  code,
  provider,
  protocol,
  nested = false,
  idPrefix,
  pageUrl,
}: {
  code: string;
  provider: Provider;
  protocol?: Protocol;
  /** Rendered inside another page's h3 section (advisor result): h2/h3 become h4/h5. */
  nested?: boolean;
  /** Keeps heading ids unique when several documents share a page. */
  idPrefix?: string;
  /**
   * The page's absolute public URL (lib/routes absoluteUrl(siteUrl(), …)), used by the copy-link
   * buttons on headings. Without it they copy the address the browser shows.
   */
  pageUrl?: string;
}) {
  const Content = evaluate(code);
  const prefixed = (id?: string) => (id && idPrefix ? `${idPrefix}-${id}` : id);
  const components: Record<string, ComponentType<never>> = {
    h2: ({ id, ...props }: ComponentProps<'h2'>) => <Heading level={nested ? 4 : 2} id={prefixed(id)} pageUrl={pageUrl} {...props} />,
    h3: ({ id, ...props }: ComponentProps<'h3'>) => <Heading level={nested ? 5 : 3} id={prefixed(id)} pageUrl={pageUrl} {...props} />,
    // Images are files in public/images/, checked by `npm run content:check` (alt text included).
    // Plain <img>: next/image needs sizes the editors do not write; lazy loading keeps pages light.
    // eslint-disable-next-line @next/next/no-img-element
    img: ({ src, alt, title }: ComponentProps<'img'>) => <img src={typeof src === 'string' ? src : undefined} alt={alt ?? ''} title={title} loading="lazy" decoding="async" className="h-auto max-w-full rounded-md border border-slate-200 dark:border-slate-700" />,
    a: SmartLink,
    table: (props: ComponentProps<'table'>) => (
      <div className="overflow-x-auto">
        <table {...props} />
      </div>
    ),
    Callout,
    Steps,
    ProtocolComparison,
    Compare,
    Setting: ({ name }: { name: string }) => <Setting name={name} provider={provider} incoming={protocol} />,
    ServerSettings: ({ protocol: shown }: { protocol?: MailProtocol }) => (
      <ServerSettings protocol={shown ?? protocol ?? 'imap'} provider={provider} />
    ),
    DnsRecords: () => <DnsRecords provider={provider} />,
    AutoSetupDnsRecords: ({ records }: { records?: AutoSetupRecordSet }) => (
      <AutoSetupDnsRecords provider={provider} siteUrl={siteUrl()} records={records} />
    ),
    OnlyFor: ({ protocol: only, children }: { protocol: Protocol; children?: ReactNode }) =>
      only === protocol ? <>{children}</> : null,
    Protocol: () => <>{protocol ? PROTOCOL_LABEL[protocol] : ''}</>,
  };
  // `Content` is not created per render: evaluate() caches one component per compiled document.
  // eslint-disable-next-line react-hooks/static-components
  return <Content components={components as never} />;
}
