import { isIP } from 'node:net';
import type { MailProtocol } from '../protocol';
import type { Provider, Security } from '../provider/schema';
import { connections } from './servers';

/**
 * The DNS records that let mail apps set themselves up, for each of the provider's domains, all
 * derived from provider.yaml and the help center's own host name:
 *
 * - `autoconfig.<domain>` and `autodiscover.<domain>` point at this site, which answers
 *   Thunderbird's autoconfig and Outlook's Autodiscover requests.
 * - SRV records (RFC 6186, plus `_submissions` from RFC 8314 §5.1) name the mail servers directly.
 *   A target of "." says a service is deliberately not offered (RFC 2782), so apps stop looking.
 */

export interface HostRecord {
  name: string;
  type: 'CNAME' | 'A' | 'AAAA';
  value: string;
  /** Which apps look this name up. */
  usedBy: string;
}

export interface SrvRecord {
  name: string;
  type: 'SRV';
  service: string;
  /** Lower is preferred; RFC 6186 §3.4 has apps compare it across services (IMAP vs POP3, TLS vs STARTTLS). */
  priority: number;
  weight: number;
  /** 0 with target "." when the service is not offered. */
  port: number;
  target: string;
  offered: boolean;
  description: string;
}

export interface DomainRecords {
  domain: string;
  hosts: HostRecord[];
  services: SrvRecord[];
}

interface ServiceDefinition {
  service: string;
  server: MailProtocol;
  security: Security;
  description: string;
  /** IMAP before POP3, as in the autoconfig document; each protocol's main connection before its alternative. */
  basePriority: number;
}

const SERVICES: readonly ServiceDefinition[] = [
  { service: '_imaps', server: 'imap', security: 'ssl', description: 'IMAP with SSL/TLS', basePriority: 0 },
  { service: '_imap', server: 'imap', security: 'starttls', description: 'IMAP with STARTTLS', basePriority: 0 },
  { service: '_pop3s', server: 'pop3', security: 'ssl', description: 'POP3 with SSL/TLS', basePriority: 20 },
  { service: '_pop3', server: 'pop3', security: 'starttls', description: 'POP3 with STARTTLS', basePriority: 20 },
  { service: '_submissions', server: 'smtp', security: 'ssl', description: 'sending (SMTP) with SSL/TLS', basePriority: 0 },
  { service: '_submission', server: 'smtp', security: 'starttls', description: 'sending (SMTP) with STARTTLS', basePriority: 0 },
];

/** The help center's host name as DNS wants it: no port, no IPv6 brackets. */
export function siteHostFromUrl(siteUrl: string): string {
  return new URL(siteUrl).hostname.replace(/^\[|\]$/g, '').toLowerCase();
}

/** True for names that only work on the machine itself, where the table would mislead. */
export function isLocalHost(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127\./.test(host);
}

function pointAt(name: string, siteHost: string, usedBy: string): HostRecord {
  const ip = isIP(siteHost);
  return { name, type: ip === 4 ? 'A' : ip === 6 ? 'AAAA' : 'CNAME', value: siteHost, usedBy };
}

export function autoSetupDnsRecords(provider: Provider, siteHost: string): DomainRecords[] {
  return provider.domains.map((raw) => {
    const domain = raw.toLowerCase();
    const hosts = [
      pointAt(`autoconfig.${domain}`, siteHost, 'Thunderbird and other apps that read autoconfig'),
      pointAt(`autodiscover.${domain}`, siteHost, 'Outlook and other apps that read Autodiscover'),
    ];
    const services = SERVICES.map((definition): SrvRecord => {
      const name = `${definition.service}._tcp.${domain}`;
      const connection = connections(provider[definition.server]).find((c) => c.security === definition.security);
      if (!connection) {
        return { name, type: 'SRV', service: definition.service, priority: 0, weight: 0, port: 0, target: '.', offered: false, description: definition.description };
      }
      return {
        name,
        type: 'SRV',
        service: definition.service,
        priority: definition.basePriority + (connection.primary ? 0 : 10),
        weight: 1,
        port: connection.port,
        target: connection.host,
        offered: true,
        description: definition.description,
      };
    });
    return { domain, hosts, services };
  });
}
