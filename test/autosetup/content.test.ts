import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, loadContent } from '../../lib/content';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A content folder with the real provider and categories and the given articles. */
function contentWith(articles: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mailguide-autosetup-'));
  dirs.push(dir);
  cpSync(path.join(ROOT, 'content/provider.yaml'), path.join(dir, 'provider.yaml'));
  cpSync(path.join(ROOT, 'content/categories.yaml'), path.join(dir, 'categories.yaml'));
  mkdirSync(path.join(dir, 'articles'));
  for (const [slug, body] of Object.entries(articles)) {
    writeFileSync(
      path.join(dir, 'articles', `${slug}.mdx`),
      `---\ntitle: ${slug}\ndescription: A test article.\ncategory: account-and-domain\ntags: [dns]\nupdated: 2026-11-20\n---\n\n${body}\n`,
    );
  }
  return dir;
}

describe('<AutoSetupDnsRecords /> in content', () => {
  it('is accepted with no attribute or with records="hosts" or "services"', async () => {
    const { content, problems } = await loadContent(
      contentWith({ 'dns-records': '<AutoSetupDnsRecords />\n\n<AutoSetupDnsRecords records="hosts" />\n\n<AutoSetupDnsRecords records="services" />' }),
    );
    expect(problems.map(formatProblem)).toEqual([]);
    expect(content?.articles.map((a) => a.slug)).toEqual(['dns-records']);
  });

  it('reports an unknown records value with the file and line', async () => {
    const { problems } = await loadContent(contentWith({ broken: 'Intro.\n\n<AutoSetupDnsRecords records="mx" />' }));
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/broken\.mdx:11: <AutoSetupDnsRecords>: "records" must be one of hosts, services; got "mx"$/),
    ]);
  });

  it('the published article about automatic-setup DNS passes every content check', async () => {
    const { content, problems } = await loadContent(path.join(ROOT, 'content'));
    expect(problems.map(formatProblem)).toEqual([]);
    const article = content?.articles.find((a) => a.slug === 'automatic-setup-dns');
    expect(article?.meta.category).toBe('account-and-domain');
    expect(article?.headings.map((h) => h.id)).toEqual(
      expect.arrayContaining(['host-names-for-autoconfig-and-autodiscover', 'service-records-srv', 'check-that-it-works']),
    );
  });
});
