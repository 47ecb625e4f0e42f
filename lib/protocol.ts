/**
 * The two protocols a mail app reads a mailbox with, and SMTP, which it sends with. The one
 * definition of these names: URLs (/setup/<app>/<imap|pop3>), frontmatter, the advisor, search
 * and the automatic-setup documents all use it. Free of server code, so client files may import it.
 */

export const PROTOCOLS = ['imap', 'pop3'] as const;
/** An incoming-mail protocol: what a setup guide, an advisor result and a profile are for. */
export type Protocol = (typeof PROTOCOLS)[number];

/** Incoming protocols plus SMTP, for settings tables and server fields. */
export type MailProtocol = Protocol | 'smtp';

export const PROTOCOL_LABEL: Record<MailProtocol, string> = { imap: 'IMAP', pop3: 'POP3', smtp: 'SMTP' };

export function isProtocol(value: unknown): value is Protocol {
  return typeof value === 'string' && (PROTOCOLS as readonly string[]).includes(value);
}

export function otherProtocol(protocol: Protocol): Protocol {
  return protocol === 'imap' ? 'pop3' : 'imap';
}
