import type { Security, ServerSettings, UsernameFormat } from '../provider/schema';
import type { EmailAddress } from './address';

/** One way to reach a server: the provider's main connection or its alternative. */
export interface Connection {
  host: string;
  port: number;
  security: Security;
  username: UsernameFormat;
  /** The provider's preferred connection (listed first); false for `alternative`. */
  primary: boolean;
}

/** The main connection first, then the alternative when the provider offers one. */
export function connections(server: ServerSettings): Connection[] {
  const main: Connection = { host: server.host, port: server.port, security: server.security, username: server.username, primary: true };
  if (!server.alternative) return [main];
  return [main, { ...main, port: server.alternative.port, security: server.alternative.security, primary: false }];
}

/** The user name a mail app signs in with, for this provider's username format. */
export function loginName(format: UsernameFormat, address: EmailAddress): string {
  return format === 'email' ? address.address : address.local;
}
