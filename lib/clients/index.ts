import type { ClientGuide, Content } from '../content/load';
import type { Platform } from '../content/schema';
import type { Protocol } from '../protocol';

/**
 * The registry of mail apps, derived from the setup guides' frontmatter in content/clients/
 * (so adding a guide adds an app everywhere: advisor, setup pages, search, sitemap).
 */
export interface MailClient {
  id: string;
  name: string;
  platforms: Platform[];
  protocols: Protocol[];
  autoSetup: 'autoconfig' | 'autodiscover' | 'mobileconfig' | 'provider-list' | 'none';
  note?: string;
}

export const PLATFORM_LABEL: Record<Platform, string> = {
  windows: 'Windows',
  macos: 'Mac',
  linux: 'Linux',
  ios: 'iPhone and iPad',
  android: 'Android',
  web: 'Web',
};

export function toMailClient(guide: ClientGuide): MailClient {
  return {
    id: guide.id,
    name: guide.meta.name,
    platforms: guide.meta.platforms,
    protocols: guide.meta.protocols,
    autoSetup: guide.meta.autoSetup ?? 'none',
    ...(guide.meta.note ? { note: guide.meta.note } : {}),
  };
}

export function mailClients(content: Content): MailClient[] {
  return content.clients.map(toMailClient);
}

export function clientIds(content: Content): string[] {
  return content.clients.map((c) => c.id);
}

export interface ClientGroup {
  id: 'computer' | 'mobile' | 'web';
  label: string;
  clients: MailClient[];
}

const MOBILE: ReadonlySet<Platform> = new Set(['ios', 'android']);

/**
 * Apps grouped the way customers think of their devices. An app belongs to exactly one group
 * (so each appears once in the questionnaire): phone apps, else computer apps, else web.
 */
export function groupClientsByPlatform(clients: readonly MailClient[]): ClientGroup[] {
  const groups: ClientGroup[] = [
    { id: 'computer', label: 'On a computer', clients: [] },
    { id: 'mobile', label: 'On a phone or tablet', clients: [] },
    { id: 'web', label: 'In a browser', clients: [] },
  ];
  for (const client of clients) {
    const group = client.platforms.some((p) => MOBILE.has(p))
      ? groups[1]
      : client.platforms.some((p) => p !== 'web')
        ? groups[0]
        : groups[2];
    group?.clients.push(client);
  }
  return groups.filter((g) => g.clients.length > 0);
}

/** "Windows, Mac and Linux" */
export function platformList(platforms: readonly Platform[]): string {
  const labels = platforms.map((p) => PLATFORM_LABEL[p]);
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

/** The protocol to show for an app: the recommended one when the app supports it, else the one it does. */
export function protocolForClient(client: MailClient, recommended: Protocol): { protocol: Protocol; supported: boolean } {
  if (client.protocols.includes(recommended)) return { protocol: recommended, supported: true };
  return { protocol: client.protocols[0] ?? 'imap', supported: false };
}
