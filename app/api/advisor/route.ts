import { NextResponse, type NextRequest } from 'next/server';
import { parseAdvisorParams, recommend, type Problem } from '@/lib/advisor';
import { clientIds, mailClients, protocolForClient } from '@/lib/clients';
import { siteUrl } from '@/lib/config';
import { getContent } from '@/lib/content';
import { setupHref } from '@/lib/routes';

const MISSING: Record<'devices' | 'offline' | 'organize', string> = {
  devices: 'devices is missing: how many devices read this mailbox (1–99)?',
  offline: 'offline is missing: one of none, recent, all.',
  organize: 'organize is missing: one of none, local, server.',
};

/**
 * The advisor for support tools: same parameters as /advisor, JSON out.
 * 200 with the recommendation when the answers are complete; 400 with `problems` otherwise.
 */
export async function GET(request: NextRequest) {
  const content = await getContent();
  const parsed = parseAdvisorParams(request.nextUrl.searchParams, clientIds(content));
  const headers = { 'Cache-Control': 'public, max-age=300' };
  if (!parsed.complete) {
    const problems: Problem[] = [...parsed.problems];
    for (const key of ['devices', 'offline', 'organize'] as const) {
      if (parsed.answers[key] === undefined && !problems.some((p) => p.param === key)) problems.push({ param: key, message: MISSING[key] });
    }
    return NextResponse.json({ protocol: null, verdict: null, reasons: [], caveats: [], clients: [], problems }, { status: 400, headers });
  }
  const result = recommend(parsed.answers);
  const all = mailClients(content);
  const clients = parsed.answers.clients.flatMap((id) => {
    const client = all.find((c) => c.id === id);
    if (!client) return [];
    const { protocol } = protocolForClient(client, result.protocol);
    return [{ id, name: client.name, protocol, setupUrl: `${siteUrl()}${setupHref(id, protocol)}` }];
  });
  return NextResponse.json(
    {
      protocol: result.protocol,
      verdict: result.verdict,
      reasons: result.reasons,
      whyNotOther: result.whyNotOther,
      caveats: result.caveats,
      keepCopyOnServer: result.keepCopyOnServer,
      clients,
      problems: parsed.problems,
    },
    { headers },
  );
}
