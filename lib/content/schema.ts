import { z } from 'zod';
import { PROTOCOLS } from '../protocol';

/** Slugs are file names: lower-case words joined by hyphens. They become URLs, so they are strict. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lower-case letters, digits and single hyphens, e.g. cannot-send-email');

const tagSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case tag of letters, digits and hyphens, e.g. smtp or two-factor');

/** `updated: 2026-11-20`, quoted or not: YAML 1.2 keeps it as text, and we check it is a real day. */
export const isoDateSchema = z
  .union([z.string(), z.date()])
  .transform((value, ctx) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    const date = match ? new Date(`${text}T00:00:00Z`) : null;
    if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
      ctx.addIssue({ code: 'custom', message: `expected a date as YYYY-MM-DD, e.g. 2026-11-20; got ${JSON.stringify(String(value))}` });
      return z.NEVER;
    }
    return text;
  });

export const categorySchema = z.strictObject({
  id: slugSchema,
  title: z.string().min(1).max(80),
  description: z.string().min(1).max(240),
});
export const categoriesSchema = z.array(categorySchema).min(1);
export type Category = z.infer<typeof categorySchema>;

/** The category list is content, so the article schema is built once the categories are known. */
export function articleFrontmatterSchema(categoryIds: readonly [string, ...string[]]) {
  return z.strictObject({
    title: z.string().trim().min(1).max(90),
    description: z.string().trim().min(1).max(200),
    category: z.enum(categoryIds),
    tags: z.array(tagSchema).min(1).max(12),
    updated: isoDateSchema,
    related: z.array(slugSchema).max(8).optional(),
    aliases: z.array(slugSchema).optional(),
    featured: z.boolean().optional(),
    draft: z.boolean().optional(),
  });
}
export type ArticleFrontmatter = z.output<ReturnType<typeof articleFrontmatterSchema>>;

export const platformSchema = z.enum(['windows', 'macos', 'linux', 'ios', 'android', 'web']);
export type Platform = z.infer<typeof platformSchema>;
export const incomingProtocolSchema = z.enum(PROTOCOLS);

export const clientFrontmatterSchema = z.strictObject({
  id: slugSchema,
  name: z.string().trim().min(1).max(60),
  platforms: z.array(platformSchema).min(1),
  protocols: z.array(incomingProtocolSchema).min(1).max(2),
  autoSetup: z.enum(['autoconfig', 'autodiscover', 'mobileconfig', 'provider-list', 'none']).optional(),
  note: z.string().trim().min(1).max(240).optional(),
  updated: isoDateSchema,
  aliases: z.array(slugSchema).optional(),
  order: z.number().int().optional(),
  draft: z.boolean().optional(),
});
export type ClientFrontmatter = z.output<typeof clientFrontmatterSchema>;
