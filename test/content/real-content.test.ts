import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadContent, type Content } from '@/lib/content';

const CONTENT = path.resolve(import.meta.dirname, '../../content');

const REQUIRED_ARTICLES = [
  'pop3-vs-imap',
  'choose-pop3-or-imap',
  'email-server-settings',
  'switch-from-pop3-to-imap',
  'keep-pop3-mail-on-server',
  'cannot-send-email',
  'cannot-receive-email',
  'certificate-warning',
  'mailbox-full',
  'change-email-password',
  'set-up-mx-records',
  'webmail',
  'back-up-your-email',
  'gmail-pop-fetch-ending',
];
const REQUIRED_CLIENTS = ['outlook-windows', 'outlook-new', 'outlook-mac', 'thunderbird', 'apple-mail', 'iphone', 'gmail-android', 'samsung-email', 'em-client'];

let cached: Promise<Content> | null = null;
function realContent(): Promise<Content> {
  cached ??= loadContent(CONTENT).then(({ content, problems }) => {
    if (!content) throw new Error(problems.map(formatProblem).join('\n'));
    return content;
  });
  return cached;
}

describe('the published content', () => {
  it('passes every content check', async () => {
    const { problems } = await loadContent(CONTENT);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('has every article the help center promises', async () => {
    const slugs = (await realContent()).articles.map((a) => a.slug);
    for (const slug of REQUIRED_ARTICLES) expect(slugs, slug).toContain(slug);
  });

  it('has a setup guide for every supported mail app', async () => {
    const ids = (await realContent()).clients.map((c) => c.id);
    for (const id of REQUIRED_CLIENTS) expect(ids, id).toContain(id);
  });

  it('keeps every article between 300 and 1,000 words', async () => {
    for (const article of (await realContent()).articles) {
      expect(article.wordCount, article.slug).toBeGreaterThanOrEqual(300);
      expect(article.wordCount, article.slug).toBeLessThanOrEqual(1000);
    }
  });

  it('covers at least the four promised categories', async () => {
    const ids = (await realContent()).categories.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['getting-started', 'mail-apps', 'troubleshooting', 'account-and-domain']));
  });

  it('never types a server name or a mail port into prose: they come from provider.yaml', () => {
    for (const folder of ['articles', 'clients']) {
      for (const name of readdirSync(path.join(CONTENT, folder))) {
        const body = readFileSync(path.join(CONTENT, folder, name), 'utf8').replace(/^---[\s\S]*?\n---/, '');
        expect(body, `${folder}/${name}`).not.toMatch(/\b(?:imap|pop3?|smtp|mx\d*|webmail|mail)\.example\.(?:com|net)\b/);
        expect(body, `${folder}/${name}`).not.toMatch(/\b(?:993|995|465|587|143|110)\b/);
      }
    }
  });

  it('compares POP3 and IMAP on every point customers ask about, and links to the advisor', async () => {
    const article = (await realContent()).articles.find((a) => a.slug === 'pop3-vs-imap');
    const source = readFileSync(path.join(CONTENT, 'articles/pop3-vs-imap.mdx'), 'utf8');
    const topics = [...source.matchAll(/<Compare topic="([^"]+)"/g)].map((m) => m[1]?.toLowerCase() ?? '');
    for (const needle of [/where/, /devices/, /offline|connection/, /sent/, /folders/, /storage|quota/, /read|flag/, /backup/]) {
      expect(topics.some((t) => needle.test(t)), String(needle)).toBe(true);
    }
    expect(article?.links.some((l) => l.href.startsWith('/advisor'))).toBe(true);
  });
});
