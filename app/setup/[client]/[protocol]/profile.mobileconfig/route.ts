import { getContent } from '@/lib/content';
import { profileResponse } from '@/lib/autosetup/http';

type Context = { params: Promise<{ client: string; protocol: string }> };

/**
 * The Apple configuration profile for one setup guide: /setup/<iphone|apple-mail>/<imap|pop3>/
 * profile.mobileconfig?email=<address>. Which guides offer it comes from their `autoSetup`
 * frontmatter; everything else is decided in lib/autosetup/http.ts.
 */
export async function GET(request: Request, { params }: Context) {
  const [content, { client, protocol }] = await Promise.all([getContent(), params]);
  const clients = content.clients.map((c) => ({ id: c.id, name: c.meta.name, protocols: c.meta.protocols, autoSetup: c.meta.autoSetup }));
  return profileResponse(request, { client, protocol }, { provider: content.provider, clients });
}
