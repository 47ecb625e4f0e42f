import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { parseAdvisorParams, questions, recommend, serializeAdvisorParams, type AdvisorSearchParams } from '@/lib/advisor';
import { clientIds, groupClientsByPlatform, mailClients, platformList } from '@/lib/clients';
import { siteUrl } from '@/lib/config';
import { getContent } from '@/lib/content';
import { advisorHref } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo';
import { AdvisorResult } from '@/components/advisor/AdvisorResult';
import { AdvisorWizard } from '@/components/advisor/AdvisorWizard.client';
import { devicesOptionValue } from '@/lib/advisor';
import { PROTOCOL_LABEL } from '@/lib/protocol';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function readAnswers(searchParams: Props['searchParams']) {
  const params = await searchParams;
  const content = await getContent();
  const parsed = parseAdvisorParams(params as AdvisorSearchParams, clientIds(content));
  const editing = params.edit === '1';
  return { params, content, parsed, editing };
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { parsed, editing } = await readAnswers(searchParams);
  if (parsed.complete && !editing) {
    const result = recommend(parsed.answers);
    // Indexable like any page: the canonical URL collapses every spelling of the same answers
    // (repeated clients=, other order) into one, so search engines see one page per result.
    return pageMetadata({
      title: `Use ${PROTOCOL_LABEL[result.protocol]} — your POP3 or IMAP recommendation`,
      description: result.verdict,
      path: advisorHref(serializeAdvisorParams(parsed.answers)),
    });
  }
  return pageMetadata({
    title: 'POP3 or IMAP? Ask the advisor',
    description: 'Answer three questions about your devices and your mail, and get a recommendation with setup steps for your mail apps.',
    path: advisorHref(),
  });
}

/** Is the query exactly the canonical one? Compared after decoding, so `,` and `%2C` agree. */
function isCanonical(params: Record<string, string | string[] | undefined>, canonical: string): boolean {
  const given = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : [value ?? '']) given.append(key, item);
  }
  return given.toString() === new URLSearchParams(canonical).toString();
}

export default async function AdvisorPage({ searchParams }: Props) {
  const { params, content, parsed, editing } = await readAnswers(searchParams);

  if (parsed.complete && !editing) {
    const canonical = serializeAdvisorParams(parsed.answers);
    // One result, one address: repeated `clients=` from the no-JS form become the shareable comma form.
    if (parsed.problems.length === 0 && !isCanonical(params, canonical)) redirect(advisorHref(canonical));
    return (
      <AdvisorResult
        answers={parsed.answers}
        recommendation={recommend(parsed.answers)}
        problems={parsed.problems}
        content={content}
        origin={siteUrl()}
      />
    );
  }

  const groups = groupClientsByPlatform(mailClients(content)).map((group) => ({
    id: group.id,
    label: group.label,
    clients: group.clients.map((client) => ({ id: client.id, name: client.name, platforms: platformList(client.platforms) })),
  }));
  const answers = parsed.answers;
  return (
    <>
      <header className="mb-8 max-w-2xl">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">POP3 or IMAP?</h1>
        <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">
          Three quick questions about how you read your mail, and one about your apps. You will get a recommendation with the
          reasons behind it and setup steps for your own apps.
        </p>
      </header>
      <AdvisorWizard
        questions={questions}
        clientGroups={groups}
        initial={{
          ...(answers.devices !== undefined ? { devices: devicesOptionValue(answers.devices) } : {}),
          ...(answers.offline ? { offline: answers.offline } : {}),
          ...(answers.organize ? { organize: answers.organize } : {}),
          clients: answers.clients,
        }}
        problems={parsed.problems.map(({ param, message }) => ({ param, message }))}
      />
    </>
  );
}
