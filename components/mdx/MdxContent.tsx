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

function Heading({ level, id, children, ...rest }: { level: 2 | 3; id?: string; children?: ReactNode } & ComponentProps<'h2'>) {
  const Tag = level === 2 ? 'h2' : 'h3';
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
export function MdxContent({ code, provider, protocol }: { code: string; provider: Provider; protocol?: IncomingProtocol }) {
  const Content = evaluate(code);
  const components: Record<string, ComponentType<never>> = {
    h2: (props: ComponentProps<'h2'>) => <Heading level={2} {...props} />,
    h3: (props: ComponentProps<'h3'>) => <Heading level={3} {...props} />,
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
