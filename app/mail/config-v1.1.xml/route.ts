import { getContent } from '@/lib/content';
import { autoconfigResponse } from '@/lib/autosetup/http';

/**
 * Thunderbird autoconfig as asked of the autoconfig host:
 * https://autoconfig.<domain>/mail/config-v1.1.xml?emailaddress=<address>. Shares its
 * implementation with /.well-known/autoconfig/mail/config-v1.1.xml.
 */
export async function GET(request: Request) {
  const { provider } = await getContent();
  return autoconfigResponse(request, provider);
}
