import { getContent } from '@/lib/content';
import { autoconfigResponse } from '@/lib/autosetup/http';

/**
 * Thunderbird autoconfig at the domain's well-known address:
 * https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml (draft-ietf-mailmaint-autoconfig).
 * The same answer as /mail/config-v1.1.xml, which autoconfig.<domain> serves.
 */
export async function GET(request: Request) {
  const { provider } = await getContent();
  return autoconfigResponse(request, provider);
}
