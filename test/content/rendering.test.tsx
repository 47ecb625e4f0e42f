import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { findArticle, loadContent, type Content } from '@/lib/content';
import { MdxContent } from '@/components/mdx/MdxContent';
import { resolveSetting, settingNames } from '@/lib/provider/settings';
import { FIXTURE } from './helpers';

async function fixture(): Promise<Content> {
  const { content, problems } = await loadContent(FIXTURE);
  if (!content) throw new Error(problems.map((p) => p.message).join('\n'));
  return content;
}

function withProvider(content: Content, change: (p: Content['provider']) => void): Content['provider'] {
  const provider = structuredClone(content.provider);
  change(provider);
  return provider;
}

describe('settings in articles come from provider.yaml', () => {
  it('renders <Setting> and <ServerSettings> with the provider values', async () => {
    const content = await fixture();
    const article = findArticle(content, 'reading-mail');
    const html = renderToStaticMarkup(<MdxContent code={article!.code} provider={content.provider} />);
    expect(html).toContain('<code class="setting-value">imap.example.com</code>');
    expect(html).toContain('port <code class="setting-value">993</code> with <code class="setting-value">SSL/TLS</code>');
    expect(html).toContain('smtp.example.com'); // the outgoing half of the settings table
  });

  it('follows a change of provider without touching the article', async () => {
    const content = await fixture();
    const article = findArticle(content, 'reading-mail');
    const provider = withProvider(content, (p) => {
      p.imap.host = 'mail.acme.test';
      p.imap.port = 1993;
      p.imap.security = 'starttls';
    });
    const html = renderToStaticMarkup(<MdxContent code={article!.code} provider={provider} />);
    expect(html).toContain('mail.acme.test');
    expect(html).toContain('1993');
    expect(html).toContain('STARTTLS');
    expect(html).not.toContain('imap.example.com');
  });

  it('gives every h2 and h3 its id and a link to itself', async () => {
    const content = await fixture();
    const html = renderToStaticMarkup(<MdxContent code={findArticle(content, 'reading-mail')!.code} provider={content.provider} />);
    expect(html).toMatch(/<h2 id="incoming-server"[^>]*>Incoming server<a href="#incoming-server"/);
    expect(html).toMatch(/<h3 id="a-detail"/);
  });
});

describe('setup guides adapt to the protocol and the provider', () => {
  it('shows IMAP values and hides POP3-only text on the IMAP page', async () => {
    const content = await fixture();
    const guide = content.clients[0]!;
    const html = renderToStaticMarkup(<MdxContent code={guide.code} provider={content.provider} protocol="imap" />);
    expect(html).toContain('Set up IMAP.');
    expect(html).toContain('imap.example.com');
    expect(html).not.toContain('Keep a copy');
  });

  it('shows POP3 values and POP3-only text on the POP3 page', async () => {
    const content = await fixture();
    const guide = content.clients[0]!;
    const html = renderToStaticMarkup(<MdxContent code={guide.code} provider={content.provider} protocol="pop3" />);
    expect(html).toContain('Set up POP3.');
    expect(html).toContain('pop.example.com');
    expect(html).toContain('995');
    expect(html).toContain('Keep a copy');
  });

  it('changes its steps when the provider settings change', async () => {
    const content = await fixture();
    const guide = content.clients[0]!;
    const provider = withProvider(content, (p) => {
      p.pop3.host = 'pop.acme.test';
      p.pop3.port = 1995;
    });
    const html = renderToStaticMarkup(<MdxContent code={guide.code} provider={provider} protocol="pop3" />);
    expect(html).toContain('pop.acme.test');
    expect(html).toContain('1995');
  });

  it('renders headings one level down with prefixed ids when nested in the advisor result', async () => {
    const content = await fixture();
    const guide = content.clients[0]!;
    const html = renderToStaticMarkup(<MdxContent code={guide.code} provider={content.provider} protocol="imap" nested idPrefix="fixture-app" />);
    expect(html).toMatch(/<h4 id="fixture-app-add-your-account"/);
  });
});

describe('setting names', () => {
  it('resolve for every documented name of the default provider', async () => {
    const content = await fixture();
    for (const name of settingNames({ inGuide: true })) {
      const value = resolveSetting(content.provider, name, 'imap');
      expect(value, name).not.toBeNull();
    }
  });

  it('describe user names in words', async () => {
    const content = await fixture();
    expect(resolveSetting(content.provider, 'imap.username')?.text).toBe('your full email address (e.g. you@example.com)');
    const provider = withProvider(content, (p) => {
      p.imap.username = 'localpart';
    });
    expect(resolveSetting(provider, 'imap.username')?.text).toContain('before the @');
  });
});
