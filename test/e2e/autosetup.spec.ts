import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';

/**
 * Automatic setup against the built server: the documents mail apps fetch, checked against
 * content/provider.yaml (the same file the server reads), and the pages people see.
 */
interface Server {
  host: string;
  port: number;
  security: 'ssl' | 'starttls';
  username: 'email' | 'localpart';
}
const provider = parseYaml(readFileSync(path.join(process.cwd(), 'content/provider.yaml'), 'utf8')) as {
  name: string;
  domains: string[];
  imap: Server;
  pop3: Server;
  smtp: Server;
};
const domain = provider.domains[0]!.toLowerCase();
const login = (server: Server, local: string) => (server.username === 'email' ? `${local}@${domain}` : local);

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, isArray: (name) => ['incomingServer', 'Protocol', 'domain'].includes(name) });

const outlookRequest = (address: string) => `<?xml version="1.0" encoding="utf-8"?>
<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006">
  <Request>
    <EMailAddress>${address}</EMailAddress>
    <AcceptableResponseSchema>http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a</AcceptableResponseSchema>
  </Request>
</Autodiscover>`;

test('Thunderbird gets the clientConfig at both autoconfig addresses, for any capitalization of a provider domain', async ({ request }) => {
  for (const url of [
    `/mail/config-v1.1.xml?emailaddress=${encodeURIComponent(`Someone@${domain.toUpperCase()}`)}`,
    `/.well-known/autoconfig/mail/config-v1.1.xml?emailaddress=${encodeURIComponent(`someone@${domain}`)}`,
    '/mail/config-v1.1.xml',
  ]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-type']).toBe('text/xml; charset=utf-8');
    const config = xml.parse(await response.text()).clientConfig;
    expect(config['@_version']).toBe('1.1');
    expect(config.emailProvider.domain).toEqual(provider.domains.map((d) => d.toLowerCase()));
    const [first] = config.emailProvider.incomingServer;
    expect(first['@_type']).toBe('imap');
    expect([first.hostname, first.port]).toEqual([provider.imap.host, String(provider.imap.port)]);
    expect(config.emailProvider.incomingServer.some((s: { '@_type': string }) => s['@_type'] === 'pop3')).toBe(true);
  }
});

test('autoconfig answers 404 for another domain and 400 for a malformed address', async ({ request }) => {
  expect((await request.get('/mail/config-v1.1.xml?emailaddress=someone%40other-provider.example')).status()).toBe(404);
  const bad = await request.get('/mail/config-v1.1.xml?emailaddress=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  expect(bad.status()).toBe(400);
  expect(await bad.text()).not.toContain('<script>');
});

test('Outlook gets IMAP, POP3 and SMTP settings by POST, at either capitalization of the Autodiscover path', async ({ request }) => {
  for (const url of ['/autodiscover/autodiscover.xml', '/Autodiscover/Autodiscover.xml', '/AutoDiscover/AutoDiscover.xml']) {
    const response = await request.post(url, { data: outlookRequest(`jane@${domain}`), headers: { 'content-type': 'text/xml' } });
    expect(response.status(), url).toBe(200);
    const account = xml.parse(await response.text()).Autodiscover.Response.Account;
    expect(account.AccountType).toBe('email');
    const protocols = account.Protocol as Array<Record<string, string>>;
    expect(protocols.map((p) => p.Type)).toEqual(['IMAP', 'POP3', 'SMTP']);
    for (const [index, server] of [provider.imap, provider.pop3, provider.smtp].entries()) {
      expect(protocols[index]).toMatchObject({ Server: server.host, Port: String(server.port), LoginName: login(server, 'jane'), SPA: 'off', SSL: 'on' });
    }
  }
});

test('hostile Autodiscover requests get a 4xx Autodiscover error document', async ({ request }) => {
  const cases: Array<[string, string, number]> = [
    ['external entity', `<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>${outlookRequest('&x;')}`, 400],
    ['not XML', 'hello', 400],
    ['another domain', outlookRequest('jane@other-provider.example'), 404],
    ['too large', outlookRequest(`jane@${domain}`).replace('<Request>', `<Request><!--${'x'.repeat(20_000)}-->`), 413],
  ];
  for (const [name, data, status] of cases) {
    const response = await request.post('/autodiscover/autodiscover.xml', { data, headers: { 'content-type': 'text/xml' } });
    expect(response.status(), name).toBe(status);
    const body = await response.text();
    expect(xml.parse(body).Autodiscover.Response.Error.ErrorCode, name).toBe('600');
    expect(body).not.toContain('root:');
  }
  const get = await request.get('/autodiscover/autodiscover.xml');
  expect(get.status()).toBe(405);
});

test('the iPhone profile downloads as a configuration profile named for the address', async ({ request }) => {
  const response = await request.get(`/setup/iphone/imap/profile.mobileconfig?email=${encodeURIComponent(`jane@${domain}`)}`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/x-apple-aspen-config');
  expect(response.headers()['content-disposition']).toBe(`attachment; filename="jane@${domain}-imap.mobileconfig"`);
  // plist is an ES module only; Playwright loads specs as CommonJS, so import it when needed.
  const { parse: parsePlist } = await import('plist');
  const profile = parsePlist(await response.text()) as { PayloadType: string; PayloadContent: Array<Record<string, unknown>> };
  expect(profile.PayloadType).toBe('Configuration');
  expect(profile.PayloadContent[0]).toMatchObject({
    PayloadType: 'com.apple.mail.managed',
    EmailAccountType: 'EmailTypeIMAP',
    EmailAddress: `jane@${domain}`,
    IncomingMailServerHostName: provider.imap.host,
    IncomingMailServerPortNumber: provider.imap.port,
    OutgoingMailServerHostName: provider.smtp.host,
    OutgoingMailServerPortNumber: provider.smtp.port,
  });
  expect((await request.get(`/setup/thunderbird/imap/profile.mobileconfig?email=jane%40${domain}`)).status()).toBe(404);
});

test('a wrong address gets a 400 page that explains without repeating it, and its form downloads the profile', async ({ page }) => {
  const response = await page.goto('/setup/apple-mail/pop3/profile.mobileconfig?email=%3Cb%3Eoops');
  expect(response?.status()).toBe(400);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not make your setup profile');
  await expect(page.getByRole('main')).not.toContainText('oops');
  const accessibility = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(accessibility.violations).toEqual([]);
  await page.getByLabel('Your email address').fill(`jane@${domain}`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download profile' }).click()]);
  expect(download.suggestedFilename()).toBe(`jane@${domain}-pop3.mobileconfig`);
});

test('the 400 page fits a 375 px phone in dark mode', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/setup/iphone/imap/profile.mobileconfig');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const accessibility = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(accessibility.violations).toEqual([]);
});

test('the admin article lists the DNS records generated from the provider settings', async ({ page }) => {
  await page.goto('/articles/automatic-setup-dns');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('DNS records for automatic mail-app setup');
  const hosts = page.getByTestId(`autosetup-hosts-${domain}`);
  await expect(hosts.getByRole('rowheader', { name: `autoconfig.${domain}` })).toBeVisible();
  await expect(hosts.getByRole('rowheader', { name: `autodiscover.${domain}` })).toBeVisible();
  const services = page.getByTestId(`autosetup-services-${domain}`);
  const imaps = services.getByRole('row').filter({ hasText: `_imaps._tcp.${domain}` });
  await expect(imaps).toContainText(provider.imap.host);
  await expect(imaps).toContainText(String(provider.imap.port));
  await expect(services.getByRole('row').filter({ hasText: `_submission._tcp.${domain}` })).toBeVisible();
  const accessibility = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(accessibility.violations).toEqual([]);
  await page.setViewportSize({ width: 375, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
