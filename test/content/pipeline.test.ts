import { afterEach, describe, expect, it } from 'vitest';
import { loadContent, categoriesWithArticles, allTags, articlesWithTag, relatedArticles, findArticle } from '@/lib/content';
import { FIXTURE, fixtureCopy, problemLines } from './helpers';

const copies: Array<{ cleanup: () => void }> = [];
function broken() {
  const copy = fixtureCopy();
  copies.push(copy);
  return copy;
}
afterEach(() => {
  while (copies.length) copies.pop()?.cleanup();
});

describe('loading valid content', () => {
  it('uses file names as slugs and keeps the frontmatter it validated', async () => {
    const { content, problems } = await loadContent(FIXTURE);
    expect(problems).toEqual([]);
    expect(content?.articles.map((a) => a.slug).sort()).toEqual(['reading-mail', 'sending-mail']);
    const sending = content && findArticle(content, 'sending-mail');
    expect(sending?.meta.updated).toBe('2026-11-21'); // quoted date
    expect(content && findArticle(content, 'reading-mail')?.meta.updated).toBe('2026-11-20'); // unquoted date
  });

  it('collects h2/h3 headings with the ids rehype-slug gives them', async () => {
    const { content } = await loadContent(FIXTURE);
    const article = content && findArticle(content, 'reading-mail');
    expect(article?.headings).toEqual([
      { depth: 2, id: 'incoming-server', text: 'Incoming server' },
      { depth: 3, id: 'a-detail', text: 'A detail' },
    ]);
  });

  it('marks setup-guide headings that only exist for one protocol', async () => {
    const { content } = await loadContent(FIXTURE);
    expect(content?.clients[0]?.headings).toEqual([
      { depth: 2, id: 'add-your-account', text: 'Add your account' },
      { depth: 2, id: 'keep-a-copy', text: 'Keep a copy', only: 'pop3' },
    ]);
  });

  it('groups articles by category in the order of categories.yaml and leaves out empty ones', async () => {
    const { content } = await loadContent(FIXTURE);
    if (!content) throw new Error('fixture should load');
    expect(categoriesWithArticles(content).map((g) => [g.category.id, g.articles.map((a) => a.slug)])).toEqual([
      ['getting-started', ['reading-mail']],
      ['troubleshooting', ['sending-mail']],
    ]);
  });

  it('lists tags with counts and finds articles by tag', async () => {
    const { content } = await loadContent(FIXTURE);
    if (!content) throw new Error('fixture should load');
    expect(allTags(content)).toEqual([
      { tag: 'devices', count: 1 },
      { tag: 'imap', count: 1 },
      { tag: 'smtp', count: 1 },
    ]);
    expect(articlesWithTag(content, 'smtp').map((a) => a.slug)).toEqual(['sending-mail']);
  });

  it('suggests the related articles the editor listed', async () => {
    const { content } = await loadContent(FIXTURE);
    if (!content) throw new Error('fixture should load');
    const sending = findArticle(content, 'sending-mail');
    expect(sending && relatedArticles(content, sending).map((a) => a.slug)).toEqual(['reading-mail']);
  });
});

describe('each editing mistake is reported with its file, line and what was expected', () => {
  it('a missing title', async () => {
    const c = broken();
    c.edit('articles/sending-mail.mdx', (t) => t.replace('title: Sending mail\n', ''));
    expect(await problemLines(c.dir)).toEqual(['articles/sending-mail.mdx:2: "title": is missing (expected text)']);
  });

  it('a category that does not exist', async () => {
    const c = broken();
    c.edit('articles/sending-mail.mdx', (t) => t.replace('category: troubleshooting', 'category: trouble'));
    expect(await problemLines(c.dir)).toEqual([
      'articles/sending-mail.mdx:4: "category": expected one of getting-started, mail-apps, troubleshooting, account-and-domain; got "trouble"',
    ]);
  });

  it('a date that is not a real day', async () => {
    const c = broken();
    c.edit('articles/sending-mail.mdx', (t) => t.replace('updated: "2026-11-21"', 'updated: 2026-02-30'));
    expect(await problemLines(c.dir)).toEqual([
      'articles/sending-mail.mdx:6: "updated": expected a date as YYYY-MM-DD, e.g. 2026-11-20; got "2026-02-30"',
    ]);
  });

  it('a misspelled field', async () => {
    const c = broken();
    c.edit('articles/sending-mail.mdx', (t) => t.replace('related:', 'relatd:'));
    const lines = await problemLines(c.dir);
    expect(lines).toEqual(['articles/sending-mail.mdx:7: frontmatter: unknown field "relatd" (check the spelling; see content/README.md)']);
  });

  it('broken YAML', async () => {
    const c = broken();
    c.edit('articles/sending-mail.mdx', (t) => t.replace('title: Sending mail', 'title: "Sending mail'));
    const lines = await problemLines(c.dir);
    expect(lines[0]).toMatch(/^articles\/sending-mail\.mdx:\d+: the settings at the top of the file are not valid YAML: /);
  });

  it('a file without frontmatter', async () => {
    const c = broken();
    c.write('articles/no-frontmatter.mdx', '# Hello\n\nText\n');
    expect(await problemLines(c.dir)).toContain(
      'articles/no-frontmatter.mdx:1: the file must start with frontmatter: a line with ---, the fields (title, description, …), then another ---',
    );
  });

  it('a file name that cannot be an address', async () => {
    const c = broken();
    c.edit('articles/sending-mail.mdx', (t) => t);
    c.write('articles/Bad Name.mdx', '---\ntitle: x\ndescription: x\ncategory: troubleshooting\ntags: [x]\nupdated: 2026-11-20\n---\n\nText\n');
    expect((await problemLines(c.dir))[0]).toMatch(/^articles\/Bad Name\.mdx: file name "Bad Name\.mdx" cannot be an address/);
  });

  it('an unknown component', async () => {
    const c = broken();
    c.edit('articles/sending-mail.mdx', (t) => `${t}\n<Warning>Careful</Warning>\n`);
    const lines = await problemLines(c.dir);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^articles\/sending-mail\.mdx:20: unknown component <Warning>; expected one of Callout, Steps, Setting/);
  });

  it('a setting name that does not exist', async () => {
    const c = broken();
    c.edit('articles/sending-mail.mdx', (t) => t.replace('name="smtp.host"', 'name="smtp.hostname"'));
    expect(await problemLines(c.dir)).toEqual([
      'articles/sending-mail.mdx:12: <Setting>: unknown name "smtp.hostname"; see the list of names in content/README.md',
    ]);
  });

  it('an MDX syntax error', async () => {
    const c = broken();
    c.edit('articles/sending-mail.mdx', (t) => t.replace('The outgoing server is', 'The outgoing <server is'));
    const lines = await problemLines(c.dir);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^articles\/sending-mail\.mdx:12: MDX syntax error: /);
  });

  it('a link to an article that does not exist, and to a heading that does not exist', async () => {
    const c = broken();
    c.edit('articles/reading-mail.mdx', (t) => t.replace('/articles/sending-mail#outgoing', '/articles/sending-mail#outgoin').replace('/setup/fixture-app/imap', '/articles/nowhere'));
    expect(await problemLines(c.dir)).toEqual([
      'articles/reading-mail.mdx:20: link /articles/sending-mail#outgoin: "sending-mail" has no heading with the id "outgoin"; its headings are #outgoing',
      'articles/reading-mail.mdx:20: link /articles/nowhere: no article "nowhere"',
    ]);
  });

  it('a guide-only component used in an article', async () => {
    const c = broken();
    c.edit('articles/sending-mail.mdx', (t) => `${t}\n<Protocol />\n`);
    expect((await problemLines(c.dir))[0]).toMatch(/unknown component <Protocol> \(it only works in setup guides\)/);
  });

  it('invalid provider settings name the field', async () => {
    const c = broken();
    c.edit('provider.yaml', (t) => t.replace('port: 993', 'port: "nine"'));
    const lines = await problemLines(c.dir);
    expect(lines).toEqual(['provider.yaml:31: "imap.port": expected number, got "nine"']);
  });

  it('reports every mistake in one run, not just the first', async () => {
    const c = broken();
    c.edit('articles/sending-mail.mdx', (t) => t.replace('category: troubleshooting', 'category: nope'));
    c.edit('articles/reading-mail.mdx', (t) => t.replace('description: A fixture article used by the tests.\n', ''));
    expect(await problemLines(c.dir)).toHaveLength(2);
  });
});
