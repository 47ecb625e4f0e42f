import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { findClient, formatDate, getContent } from '@/lib/content';
import { platformList, toMailClient } from '@/lib/clients';
import { siteUrl } from '@/lib/config';
import { absoluteUrl, homeSectionHref, linkedArticleHref, setupHref } from '@/lib/routes';
import { pageMetadata, setupGuideJsonLd } from '@/lib/seo';
import { JsonLd } from '@/components/JsonLd';
import { Feedback } from '@/components/feedback/Feedback';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { TableOfContents } from '@/components/TableOfContents';
import { MdxContent } from '@/components/mdx/MdxContent';
import { ServerSettings } from '@/components/mdx/ServerSettings';
import { AutoSetup } from '@/components/autosetup/AutoSetup';
import { PROTOCOLS, PROTOCOL_LABEL, isProtocol, otherProtocol } from '@/lib/protocol';

type Props = { params: Promise<{ client: string; protocol: string }> };

// Every app × protocol is generated at build time, including the ones an app does not support
// (they explain and point to the supported protocol); anything else is a 404.
export const dynamicParams = false;

export async function generateStaticParams() {
  const content = await getContent();
  return content.clients.flatMap((client) => PROTOCOLS.map((protocol) => ({ client: client.id, protocol })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { client: id, protocol } = await params;
  const guide = findClient(await getContent(), id);
  if (!guide || !isProtocol(protocol)) return {};
  const label = PROTOCOL_LABEL[protocol];
  return pageMetadata({
    title: `Set up ${guide.meta.name} with ${label}`,
    description: `Step-by-step ${label} setup for ${guide.meta.name}, with the exact server names, ports and security settings.`,
    path: setupHref(guide.id, protocol),
  });
}

export default async function SetupPage({ params }: Props) {
  const { client: id, protocol } = await params;
  const content = await getContent();
  const guide = findClient(content, id);
  if (!guide || !isProtocol(protocol)) notFound();
  const client = toMailClient(guide);
  const label = PROTOCOL_LABEL[protocol];
  const supported = client.protocols.includes(protocol);
  const other = otherProtocol(protocol);
  const otherSupported = client.protocols.includes(other);
  const headings = guide.headings.filter((h) => !h.only || h.only === protocol);

  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:gap-10">
      <JsonLd data={setupGuideJsonLd({ guide, protocol, provider: content.provider, origin: siteUrl() })} />
      <article className="min-w-0">
        <Breadcrumbs
          items={[
            { label: 'Help center', href: '/' },
            { label: 'Mail app setup', href: homeSectionHref('setupGuides') },
            { label: `${client.name} (${label})` },
          ]}
        />
        <header className="mb-6">
          <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">
            Set up {client.name} with {label}
          </h1>
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            {platformList(client.platforms)} · Updated <time dateTime={guide.meta.updated}>{formatDate(guide.meta.updated)}</time>
          </p>
          {client.note ? <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">{client.note}</p> : null}
          <nav aria-label="Protocol" className="no-print mt-4 flex flex-wrap gap-2">
            {PROTOCOLS.map((p) => (
              <Link
                key={p}
                href={setupHref(client.id, p)}
                aria-current={p === protocol ? 'page' : undefined}
                className={`inline-flex min-h-11 items-center rounded-md border px-4 font-medium ${
                  p === protocol
                    ? 'border-brand-700 bg-brand-700 text-white dark:border-brand-300 dark:bg-brand-300 dark:text-slate-950'
                    : 'border-slate-300 text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800'
                }`}
              >
                {PROTOCOL_LABEL[p]} steps
              </Link>
            ))}
          </nav>
        </header>

        {supported ? (
          <>
            <TableOfContents headings={headings} variant="inline" />
            <AutoSetup
              clientId={client.id}
              clientName={client.name}
              platforms={client.platforms}
              protocol={protocol}
              kind={client.autoSetup}
              provider={content.provider}
            />
            <div className="prose prose-slate max-w-none dark:prose-invert prose-a:text-brand-700 dark:prose-a:text-brand-300 prose-code:before:content-none prose-code:after:content-none">
              <MdxContent
                code={guide.code}
                provider={content.provider}
                protocol={protocol}
                pageUrl={absoluteUrl(siteUrl(), setupHref(client.id, protocol))}
              />
            </div>
          </>
        ) : (
          <section aria-labelledby="unsupported-title" className="rounded-xl border-2 border-amber-600 bg-amber-50 p-5 dark:bg-amber-950/40">
            <h2 id="unsupported-title" className="text-xl font-semibold">
              {client.name} does not offer {label} for this mailbox
            </h2>
            <p className="mt-2">
              We have no reliable way to set up {client.name} with {label}, so we do not publish steps for it.
              {otherSupported ? ` It works with ${PROTOCOL_LABEL[other]}, which keeps your mail in step on every device.` : ''}
            </p>
            {otherSupported ? (
              <p className="mt-4">
                <Link
                  href={setupHref(client.id, other)}
                  className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white dark:bg-brand-300 dark:text-slate-950"
                >
                  Set up {client.name} with {PROTOCOL_LABEL[other]}
                </Link>
              </p>
            ) : null}
            <p className="mt-4">
              Need {label} specifically? See <Link className="underline" href={linkedArticleHref('pop3VsImap')}>POP3 or IMAP</Link> for the
              difference, or use one of these apps that support {label}:{' '}
              {content.clients
                .filter((c) => c.meta.protocols.includes(protocol))
                .map((c, index) => (
                  <span key={c.id}>
                    {index > 0 ? ', ' : ''}
                    <Link className="underline" href={setupHref(c.id, protocol)}>
                      {c.meta.name}
                    </Link>
                  </span>
                ))}
              .
            </p>
            <h2 className="mt-6 text-lg font-semibold">The {label} settings, for reference</h2>
            <ServerSettings protocol={protocol} provider={content.provider} />
          </section>
        )}
        <Feedback page={setupHref(client.id, protocol)} />
      </article>
      <aside className="hidden lg:block" aria-label="Guide navigation">
        {supported ? <TableOfContents headings={headings} variant="sidebar" /> : null}
      </aside>
    </div>
  );
}
