import Link from 'next/link';
import { getMDXComponent } from 'mdx-bundler/client';
import type { ComponentProps, ComponentType, ReactNode } from 'react';
import { siteUrl } from '@/lib/config';
import type { MailProtocol, Provider } from '@/lib/provider/schema';
import { PROTOCOL_LABEL, type IncomingProtocol } from '@/lib/provider/settings';
import { Callout } from './Callout';
import { Steps } from './Steps';
import { Setting } from './Setting';
import { ServerSettings } from './ServerSettings';
import { DnsRecords } from './DnsRecords';
import { AutoSetupDnsRecords, type AutoSetupRecordSet } from './AutoSetupDnsRecords';
import { Compare, ProtocolComparison } from './ProtocolComparison';

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

const HEADING_TAGS = { 2: 'h2', 3: 'h3', 4: 'h4', 5: 'h5' } as const;

function Heading({ level, id, children, ...rest }: { level: 2 | 3 | 4 | 5; id?: string; children?: ReactNode } & ComponentProps<'h2'>) {
  const Tag = HEADING_TAGS[level];
  return (
    <Tag id={id} {...rest} className="group scroll-mt-20">
      {children}
      {id ? (
        <a href={`#${id}`} className="heading-anchor ml-2 font-normal text-slate-500 no-underline dark:text-slate-400" aria-label="Link to this section">
          #
        </a>
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
}: {
  code: string;
  provider: Provider;
  protocol?: IncomingProtocol;
  /** Rendered inside another page's h3 section (advisor result): h2/h3 become h4/h5. */
  nested?: boolean;
  /** Keeps heading ids unique when several documents share a page. */
  idPrefix?: string;
}) {
  const Content = evaluate(code);
  const prefixed = (id?: string) => (id && idPrefix ? `${idPrefix}-${id}` : id);
  const components: Record<string, ComponentType<never>> = {
    h2: ({ id, ...props }: ComponentProps<'h2'>) => <Heading level={nested ? 4 : 2} id={prefixed(id)} {...props} />,
    h3: ({ id, ...props }: ComponentProps<'h3'>) => <Heading level={nested ? 5 : 3} id={prefixed(id)} {...props} />,
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
    OnlyFor: ({ protocol: only, children }: { protocol: IncomingProtocol; children?: ReactNode }) =>
      only === protocol ? <>{children}</> : null,
    Protocol: () => <>{protocol ? PROTOCOL_LABEL[protocol] : ''}</>,
  };
  // `Content` is not created per render: evaluate() caches one component per compiled document.
  // eslint-disable-next-line react-hooks/static-components
  return <Content components={components as never} />;
}
