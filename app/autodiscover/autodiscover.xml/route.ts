import { getContent } from '@/lib/content';
import { autodiscoverResponse } from '@/lib/autosetup/http';

/**
 * Outlook Autodiscover (POX). Outlook writes the path as /Autodiscover/Autodiscover.xml, other
 * apps in lower case; next.config.mjs rewrites every other capitalization to this one route, so a
 * case-insensitive checkout (macOS, Windows) never sees two folders differing only in case.
 */
export async function POST(request: Request) {
  const { provider } = await getContent();
  return autodiscoverResponse(request, provider);
}

/** A browser or a probe opening the address: answer with an Autodiscover error that says to POST. */
export async function GET(request: Request) {
  const { provider } = await getContent();
  return autodiscoverResponse(request, provider);
}
