import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadContent } from '@/lib/content';

/**
 * One content folder per kind of mistake (test/fixtures/content-check/<mistake>/), each a
 * complete small site with exactly that mistake. The checker must name every problem, with the
 * file and the line an editor has to fix, in one run.
 */
const FIXTURES = 'test/fixtures/content-check';

async function problemsIn(mistake: string): Promise<string[]> {
  const dir = path.join(FIXTURES, mistake);
  const { content, problems } = await loadContent(dir, { publicDir: path.join(dir, 'public') });
  if (problems.length > 0) expect(content, 'content must not be published when a file is broken').toBeNull();
  return problems.map(formatProblem);
}

const file = (mistake: string, name: string) => `${FIXTURES}/${mistake}/${name}`;

describe('content check: one fixture per kind of mistake', () => {
  it('accepts a correct folder with an image, an alias and an advisor link', async () => {
    expect(await problemsIn('valid')).toEqual([]);
  });

  it('points at the line of a list that is never closed in the frontmatter YAML', async () => {
    expect(await problemsIn('bad-yaml')).toEqual([
      `${file('bad-yaml', 'articles/broken-frontmatter.mdx')}:5: the settings at the top of the file are not valid YAML: a list that starts with [ must end with ] on the same line, e.g. tags: [smtp, sending]`,
    ]);
  });

  it('names a required field that is missing', async () => {
    expect(await problemsIn('missing-field')).toEqual([
      `${file('missing-field', 'articles/no-description.mdx')}:2: "description": is missing (expected text)`,
    ]);
  });

  it('lists the categories when an article names one that does not exist', async () => {
    expect(await problemsIn('wrong-category')).toEqual([
      `${file('wrong-category', 'articles/misfiled.mdx')}:4: "category": expected one of basics, help; got "trouble"`,
    ]);
  });

  it('refuses a date that does not exist', async () => {
    expect(await problemsIn('bad-date')).toEqual([
      `${file('bad-date', 'articles/impossible-date.mdx')}:6: "updated": expected a date as YYYY-MM-DD, e.g. 2026-11-20; got "2026-11-31"`,
    ]);
  });

  it('lists the components an article may use when one is misspelled', async () => {
    expect(await problemsIn('unknown-component')).toEqual([
      `${file('unknown-component', 'articles/typo-component.mdx')}:11: unknown component <Calout>; expected one of Callout, Steps, Setting, ServerSettings, DnsRecords, AutoSetupDnsRecords, ProtocolComparison, Compare`,
    ]);
  });

  it('refuses a setting name that provider.yaml cannot answer', async () => {
    expect(await problemsIn('bad-setting-name')).toEqual([
      `${file('bad-setting-name', 'articles/wrong-setting.mdx')}:9: <Setting>: unknown name "imap.server"; see the list of names in content/README.md`,
    ]);
  });

  it('reports an unclosed component at the line that opens it', async () => {
    expect(await problemsIn('mdx-syntax-error')).toEqual([
      `${file('mdx-syntax-error', 'articles/unclosed-tag.mdx')}:11: MDX syntax error: <Callout> is opened here but never closed; add </Callout> where its content ends`,
    ]);
  });

  it('reports every broken link in a file: unknown article, unknown app id, wrong protocol, unknown page, relative path, old address', async () => {
    const dead = file('broken-link', 'articles/dead-ends.mdx');
    expect(await problemsIn('broken-link')).toEqual([
      `${dead}:9: link /articles/welcom: no article "welcom"`,
      `${dead}:11: link /setup/outlook/imap: no setup guide "outlook"; guides are thunderbird`,
      `${dead}:11: link /setup/thunderbird/smtp: the protocol must be imap or pop3`,
      `${dead}:13: link /faq: no such page; links go to /articles/<slug>, /setup/<app>/<imap|pop3>, /categories/<id>, /tags/<tag>, /advisor or /search`,
      `${dead}:15: link articles/welcome: write site links as paths that start with /, e.g. /articles/<slug>`,
      `${dead}:17: link /articles/old-address#intro: "old-address" was renamed; link to /articles/renamed#intro instead`,
    ]);
  });

  it('lists the real heading ids when a link names a section that does not exist, on another page or this one', async () => {
    const bad = file('missing-anchor', 'articles/bad-anchor.mdx');
    expect(await problemsIn('missing-anchor')).toEqual([
      `${bad}:9: link /articles/welcome#settings: "welcome" has no heading with the id "settings"; its headings are #first-steps, #server-settings`,
      `${bad}:11: link /setup/thunderbird/imap#add-account: the imap guide for "thunderbird" has no heading with the id "add-account"; its headings are #add-your-account`,
      `${bad}:15: link #detail: this page has no heading with the id "detail"; its headings are #details`,
    ]);
  });

  it('stops a published article from pointing at a draft, by link or by related', async () => {
    const published = file('link-to-draft', 'articles/points-at-draft.mdx');
    expect(await problemsIn('link-to-draft')).toEqual([
      `${published}:7: "related": "coming-soon" is a draft; a published article cannot point to it`,
      `${published}:10: link /articles/coming-soon: "coming-soon" is a draft; published pages cannot link to it`,
    ]);
  });

  it('refuses an alias that is a live slug and an alias that two articles claim', async () => {
    expect(await problemsIn('alias-collision')).toEqual([
      `${file('alias-collision', 'articles/first.mdx')}:7: "aliases": "welcome" is the address of an existing article; an alias must be an old address that no page uses`,
      `${file('alias-collision', 'articles/second.mdx')}:7: "aliases": "old-name" is already an alias of first`,
    ]);
  });

  it('names a related article that does not exist', async () => {
    expect(await problemsIn('related-missing')).toEqual([
      `${file('related-missing', 'articles/lonely.mdx')}:7: "related": no article "no-such-article" (check the file name in content/articles/)`,
    ]);
  });

  it('reports missing and wrongly cased image files, a missing description and images from other sites', async () => {
    const pictures = file('missing-image', 'articles/pictures.mdx');
    expect(await problemsIn('missing-image')).toEqual([
      `${pictures}:11: image /images/outbox.png: no file public/images/outbox.png (file names are case-sensitive on the server)`,
      `${pictures}:13: image /images/Inbox.png: no file public/images/Inbox.png (file names are case-sensitive on the server)`,
      `${pictures}:15: image /images/inbox.png: describe the image for readers who cannot see it, e.g. ![The Account Settings window](/images/inbox.png)`,
      `${pictures}:17: image https://cdn.example.net/logo.png: images from other sites can change or vanish; save the file in public/images/ and write ![description](/images/<file>)`,
    ]);
  });

  it('reads advisor links with the advisor’s own parser and checks app ids against the setup guides', async () => {
    const links = file('bad-advisor-link', 'articles/advisor-links.mdx');
    expect(await problemsIn('bad-advisor-link')).toEqual([
      `${links}:9: link /advisor?devices=two&offline=recent&organize=server: "devices" must be a whole number from 1 to 99; got "two"`,
      `${links}:11: link /advisor?devices=2&offline=all&organize=server&clients=thunderbird,outlook: "clients" has an unknown id "outlook"; setup guides are thunderbird`,
      `${links}:13: link /advisor?device=2&offline=sometimes: the advisor has no question "device"; use devices, offline, organize, clients`,
      `${links}:13: link /advisor?device=2&offline=sometimes: "offline" must be none, recent or all; got "sometimes"`,
    ]);
  });

  it('reports each invalid value in provider.yaml at its own line', async () => {
    expect(await problemsIn('invalid-provider')).toEqual([
      `${file('invalid-provider', 'provider.yaml')}:14: "imap.port": must be at most 65535`,
      `${file('invalid-provider', 'provider.yaml')}:15: "imap.security": expected one of ssl, starttls; got "tls"`,
    ]);
  });
});

describe('npm run content:check', () => {
  it('prints every problem of a folder in one run and exits with 1', async () => {
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/content.ts', 'check'], {
      env: { ...process.env, CONTENT_DIR: path.join(FIXTURES, 'broken-link') },
    });
    const failure = (await run.then(
      () => null,
      (error: unknown) => error,
    )) as { code?: number; stderr?: string } | null;
    expect(failure?.code).toBe(1);
    const lines = failure?.stderr?.split('\n') ?? [];
    expect(lines.filter((line) => line.includes('dead-ends.mdx:'))).toHaveLength(6);
    expect(failure?.stderr).toContain(`${file('broken-link', 'articles/dead-ends.mdx')}:13: link /faq: no such page`);
    expect(failure?.stderr).toContain('✗ 6 problems');
  });

  it('passes on the real content folder', async () => {
    const { problems } = await loadContent(path.resolve('content'));
    expect(problems.map(formatProblem)).toEqual([]);
  });
});
