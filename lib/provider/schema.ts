import { z } from 'zod';

/** How a mail app secures the connection: implicit TLS from the first byte, or an upgrade with STARTTLS. */
export const securitySchema = z.enum(['ssl', 'starttls']);
export type Security = z.infer<typeof securitySchema>;

/** What the customer types as user name: the full address, or the part before the @. */
export const usernameFormatSchema = z.enum(['email', 'localpart']);
export type UsernameFormat = z.infer<typeof usernameFormatSchema>;

const hostname = z
  .string()
  .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i, 'expected a host name such as imap.example.com');
const port = z.number().int().min(1).max(65535);

const serverSchema = z.strictObject({
  host: hostname,
  port,
  security: securitySchema,
  username: usernameFormatSchema,
  alternative: z.strictObject({ port, security: securitySchema }).optional(),
});
export type ServerSettings = z.infer<typeof serverSchema>;

export const providerSchema = z.strictObject({
  name: z.string().min(1).max(60),
  domains: z.array(hostname).min(1),
  webmailUrl: z.url({ protocol: /^https$/, error: 'expected an https:// address' }),
  support: z.strictObject({
    email: z.email(),
    url: z.url({ protocol: /^https?$/ }).optional(),
    phone: z.string().min(3).max(40).optional(),
    hours: z.string().max(120).optional(),
  }),
  quotaGb: z.number().positive().max(100000),
  dns: z.strictObject({
    mx: z.array(z.strictObject({ host: hostname, priority: z.number().int().min(0).max(65535) })).min(1),
    spf: z.string().startsWith('v=spf1', 'expected an SPF record starting with v=spf1'),
  }),
  imap: serverSchema,
  pop3: serverSchema,
  smtp: serverSchema,
});
export type Provider = z.infer<typeof providerSchema>;
