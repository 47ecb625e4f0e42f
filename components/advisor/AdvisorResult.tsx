import Link from 'next/link';
import type { Answers, Problem, Recommendation } from '@/lib/advisor';
import { questions, serializeAdvisorParams } from '@/lib/advisor';
import type { Content } from '@/lib/content';
import { findClient } from '@/lib/content';
import { mailClients, platformList, protocolForClient } from '@/lib/clients';
import { absoluteUrl, advisorHref, linkedArticleHref, setupHref } from '@/lib/routes';
import { CopyLink } from '@/components/CopyLink.client';
import { MdxContent } from '@/components/mdx/MdxContent';
import { ServerSettings } from '@/components/mdx/ServerSettings';
import { AutoSetup } from '@/components/autosetup/AutoSetup';
import { PROTOCOL_LABEL, otherProtocol } from '@/lib/protocol';

function answerLabel(id: 'devices' | 'offline' | 'organize', answers: Answers): string {
  if (id === 'devices') return answers.devices === 1 ? '1 device' : `${answers.devices} devices`;
  const question = questions.find((q) => q.id === id);
  const option = question?.options.find((o) => o.value === answers[id]);
  return option?.label ?? String(answers[id]);
}

/**
 * The advisor's answer, rendered on the server from the URL alone, so the link a support agent
 * pastes shows the customer exactly this page.
 */
export function AdvisorResult({
  answers,
  recommendation,
  problems,
  content,
  origin,
}: {
  answers: Answers;
  recommendation: Recommendation;
  problems: Problem[];
  content: Content;
  origin: string;
}) {
  const protocol = recommendation.protocol;
  const label = PROTOCOL_LABEL[protocol];
  const otherLabel = PROTOCOL_LABEL[otherProtocol(protocol)];
  const query = serializeAdvisorParams(answers);
  const chosen = mailClients(content).filter((client) => answers.clients.includes(client.id));
  const ordered = answers.clients.map((id) => chosen.find((c) => c.id === id)).filter((c) => c !== undefined);

  return (
    <div className="max-w-3xl">
      {problems.length > 0 ? (
        <div role="note" className="no-print mb-6 rounded-lg border-2 border-amber-600 bg-amber-50 p-4 dark:bg-amber-950/50">
          <p className="font-semibold">Part of this link could not be read:</p>
          <ul className="mt-1 list-disc pl-5">
            {problems.map((problem, index) => (
              <li key={`${problem.param}-${index}`}>{problem.message}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <header className="rounded-2xl bg-brand-50 p-6 dark:bg-slate-900">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-300">Your recommendation</p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl" data-testid="verdict-protocol">
          Use {label}
        </h1>
        <p className="mt-2 text-lg" data-testid="verdict">
          {recommendation.verdict}
        </p>
        <div className="no-print mt-4 flex flex-wrap gap-3">
          <CopyLink
            url={absoluteUrl(origin, advisorHref(query))}
            testId="result-copy-link"
            className="inline-flex min-h-11 cursor-pointer items-center rounded-md border border-slate-300 px-3 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
          >
            Copy link to this result
          </CopyLink>
          <Link
            href={advisorHref(`${query}&edit=1`)}
            className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
          >
            Change my answers
          </Link>
        </div>
      </header>

      <section aria-labelledby="answers-title" className="no-print mt-8">
        <h2 id="answers-title" className="text-xl font-semibold">Your answers</h2>
        <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
          {(['devices', 'offline', 'organize'] as const).map((id) => (
            <div key={id} className="contents">
              <dt className="font-medium text-slate-700 dark:text-slate-300">{questions.find((q) => q.id === id)?.legend}</dt>
              <dd className="mb-2 sm:mb-0">{answerLabel(id, answers)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="why-title" className="no-print mt-8">
        <h2 id="why-title" className="text-xl font-semibold">Why {label}</h2>
        <ul className="mt-3 space-y-3">
          {recommendation.reasons.map((reason, index) => (
            <li key={index} className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
              <span className="mb-1 block text-sm font-medium text-slate-600 dark:text-slate-400">
                You said: {answerLabel(reason.answer, answers)}
              </span>
              {reason.text}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="whynot-title" className="no-print mt-8">
        <h2 id="whynot-title" className="text-xl font-semibold">Why not {otherLabel}</h2>
        <ul className="mt-3 list-disc space-y-2 pl-5">
          {recommendation.whyNotOther.map((text, index) => (
            <li key={index}>{text}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="caveats-title" className="no-print mt-8">
        <h2 id="caveats-title" className="text-xl font-semibold">Good to know</h2>
        <ul className="mt-3 list-disc space-y-2 pl-5">
          {recommendation.caveats.map((text, index) => (
            <li key={index}>{text}</li>
          ))}
        </ul>
        {recommendation.keepCopyOnServer ? (
          <div className="mt-4 rounded-lg border-l-4 border-sky-600 bg-sky-50 p-4 dark:border-sky-400 dark:bg-sky-950/40">
            <h3 className="font-semibold">
              {recommendation.keepCopyOnServer.recommended ? 'Keep a copy on the server' : 'Copies on the server'}
              {recommendation.keepCopyOnServer.days ? ` for ${recommendation.keepCopyOnServer.days} days` : ''}
            </h3>
            <p className="mt-1">{recommendation.keepCopyOnServer.text}</p>
            <p className="mt-2">
              <Link className="underline" href={linkedArticleHref('keepPop3MailOnServer')}>
                How “leave a copy on the server” works
              </Link>
            </p>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="settings-title" className="mt-10">
        <h2 id="settings-title" className="text-2xl font-semibold">Your {label} settings</h2>
        <ServerSettings protocol={protocol} provider={content.provider} />
      </section>

      <section aria-labelledby="apps-title" className="mt-10">
        <h2 id="apps-title" className="text-2xl font-semibold">Set up your mail apps</h2>
        {ordered.length === 0 ? (
          <>
            <p className="mt-2">Pick your app for step-by-step {label} instructions:</p>
            <ul className="mt-3 grid gap-2 sm:grid-cols-2">
              {mailClients(content).map((client) => {
                const { protocol: shown } = protocolForClient(client, protocol);
                return (
                  <li key={client.id}>
                    <Link href={setupHref(client.id, shown)} className="block rounded-lg border border-slate-200 p-3 hover:border-brand-600 dark:border-slate-700">
                      <span className="font-medium text-brand-700 dark:text-brand-300">{client.name}</span>
                      <span className="block text-sm text-slate-700 dark:text-slate-300">
                        {platformList(client.platforms)}
                        {shown !== protocol ? ` · ${PROTOCOL_LABEL[shown]} only` : ''}
                      </span>
                    </Link>
                  </li>
                );
              })}
            </ul>
          </>
        ) : (
          ordered.map((client) => {
            const guide = findClient(content, client.id);
            const { protocol: shown, supported } = protocolForClient(client, protocol);
            const other = otherProtocol(shown);
            return (
              <section key={client.id} aria-labelledby={`app-${client.id}`} className="mt-8 border-t border-slate-200 pt-6 dark:border-slate-700" data-testid={`client-${client.id}`}>
                <h3 id={`app-${client.id}`} className="text-xl font-semibold">
                  {client.name}: {PROTOCOL_LABEL[shown]} setup
                </h3>
                {!supported ? (
                  <p role="note" className="mt-2 rounded-md border border-amber-600 bg-amber-50 p-3 dark:bg-amber-950/40">
                    {client.name} does not offer {label} for this mailbox, so these are its {PROTOCOL_LABEL[shown]} steps.
                  </p>
                ) : null}
                {/* 24 px tall links (WCAG 2.2 target size): two small links side by side on a phone. */}
                <p className="no-print mt-2 flex flex-wrap gap-x-4 text-sm">
                  <Link className="inline-flex min-h-6 items-center underline" href={setupHref(client.id, shown)}>
                    Open these steps on their own page
                  </Link>
                  {client.protocols.includes(other) ? (
                    <Link className="inline-flex min-h-6 items-center underline" href={setupHref(client.id, other)}>
                      Show the {PROTOCOL_LABEL[other]} steps instead
                    </Link>
                  ) : null}
                </p>
                <AutoSetup
                  clientId={client.id}
                  clientName={client.name}
                  platforms={client.platforms}
                  protocol={shown}
                  kind={client.autoSetup}
                  provider={content.provider}
                  headingLevel={4}
                />
                {guide ? (
                  <div className="prose prose-slate mt-4 max-w-none dark:prose-invert prose-a:text-brand-700 dark:prose-a:text-brand-300 prose-code:before:content-none prose-code:after:content-none">
                    <MdxContent
                      code={guide.code}
                      provider={content.provider}
                      protocol={shown}
                      nested
                      idPrefix={client.id}
                      pageUrl={absoluteUrl(origin, advisorHref(query))}
                    />
                  </div>
                ) : null}
              </section>
            );
          })
        )}
      </section>

      <p className="no-print mt-10 text-slate-700 dark:text-slate-300">
        Want the full picture? Read <Link className="underline" href={linkedArticleHref('pop3VsImap')}>POP3 or IMAP: how they differ</Link>.
      </p>
    </div>
  );
}
