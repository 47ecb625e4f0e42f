// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { AutoSetup, type AutoSetupProps } from '../../components/autosetup/AutoSetup';
import { AutoSetupDnsRecords } from '../../components/mdx/AutoSetupDnsRecords';
import { fixtureProvider } from './fixtures';

function render(element: React.ReactElement): Document {
  return new DOMParser().parseFromString(`<body>${renderToStaticMarkup(element)}</body>`, 'text/html');
}

const base: AutoSetupProps = {
  clientId: 'iphone',
  clientName: 'iPhone and iPad Mail',
  platforms: ['ios'],
  protocol: 'imap',
  kind: 'mobileconfig',
  provider: fixtureProvider,
};

describe('AutoSetup ("Set up automatically")', () => {
  it('offers iPhone users a GET form that downloads the profile for this guide', () => {
    const doc = render(<AutoSetup {...base} />);
    const section = doc.querySelector('section[data-testid="auto-setup"]');
    expect(section?.getAttribute('data-kind')).toBe('mobileconfig');
    expect(doc.querySelector('h2')?.textContent).toBe('Set up automatically');
    expect(section?.getAttribute('aria-labelledby')).toBe(doc.querySelector('h2')?.id);
    const form = doc.querySelector('form');
    expect(form?.getAttribute('method')).toBe('get');
    expect(form?.getAttribute('action')).toBe('/setup/iphone/imap/profile.mobileconfig');
    const input = form?.querySelector('input[name="email"]');
    expect(input?.getAttribute('type')).toBe('email');
    expect(input?.hasAttribute('required')).toBe(true);
    expect(input?.getAttribute('autocomplete')).toBe('email');
    // The visible label belongs to the field, and the hint names the provider's domains.
    const label = doc.querySelector(`label[for="${input?.id}"]`);
    expect(label?.textContent).toBe('Your email address');
    expect(doc.getElementById(input?.getAttribute('aria-describedby') ?? '')?.textContent).toContain('fixture.test or fixture-alt.example');
    expect(section?.textContent).toContain('Profile Downloaded');
    expect(section?.textContent).toContain('never your password');
  });

  it('gives Mac users the Mac install steps and a POP3 form when the guide shows POP3', () => {
    const doc = render(<AutoSetup {...base} clientId="apple-mail" clientName="Apple Mail (Mac)" platforms={['macos']} protocol="pop3" />);
    expect(doc.querySelector('form')?.getAttribute('action')).toBe('/setup/apple-mail/pop3/profile.mobileconfig');
    expect(doc.body.textContent).toContain('System Settings');
    expect(doc.body.textContent).not.toContain('Profile Downloaded');
  });

  it('explains autoconfig for Thunderbird without a form, naming the autoconfig host', () => {
    const doc = render(<AutoSetup {...base} clientId="thunderbird" clientName="Thunderbird" platforms={['windows', 'macos', 'linux']} kind="autoconfig" />);
    expect(doc.querySelector('form')).toBeNull();
    expect(doc.body.textContent).toContain('autoconfig.fixture.test');
    expect(doc.body.textContent).toContain('Thunderbird can find these settings by itself');
    expect(doc.querySelector('a')?.getAttribute('href')).toBe('/articles/automatic-setup-dns');
    expect(doc.body.textContent).not.toContain('suggests IMAP first');
  });

  it('explains Autodiscover for Outlook, and how to get POP3 instead of IMAP', () => {
    const doc = render(
      <AutoSetup {...base} clientId="outlook-windows" clientName="Outlook" platforms={['windows']} kind="autodiscover" protocol="pop3" headingLevel={3} />,
    );
    expect(doc.querySelector('h3')?.textContent).toBe('Set up automatically');
    expect(doc.body.textContent).toContain('autodiscover.fixture.test');
    expect(doc.body.textContent).toContain('Autodiscover');
    expect(doc.body.textContent).toContain('suggests IMAP first');
  });

  it.each(['provider-list', 'none', undefined] as const)('renders nothing for autoSetup %s', (kind) => {
    expect(renderToStaticMarkup(<AutoSetup {...base} kind={kind} />)).toBe('');
  });
});

describe('AutoSetupDnsRecords (MDX)', () => {
  it('shows host names and SRV records for every provider domain', () => {
    const doc = render(<AutoSetupDnsRecords provider={fixtureProvider} siteUrl="https://help.fixture.test" />);
    const hosts = doc.querySelector('[data-testid="autosetup-hosts-fixture.test"]');
    expect(hosts?.querySelector('caption')?.textContent).toBe('Host names for fixture.test');
    const rows = [...(hosts?.querySelectorAll('tbody tr') ?? [])].map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows[0]?.slice(0, 3)).toEqual(['autoconfig.fixture.test', 'CNAME', 'help.fixture.test']);
    expect(doc.querySelector('[data-testid="autosetup-services-fixture-alt.example"]')?.textContent).toContain('_imaps._tcp.fixture-alt.example');
    expect(doc.querySelector('[role="note"]')).toBeNull();
  });

  it('shows one group when asked, and marks services that are not offered', () => {
    const hostsOnly = render(<AutoSetupDnsRecords provider={fixtureProvider} siteUrl="https://help.fixture.test" records="hosts" />);
    expect(hostsOnly.querySelector('[data-testid^="autosetup-services"]')).toBeNull();
    const services = render(<AutoSetupDnsRecords provider={fixtureProvider} siteUrl="https://help.fixture.test" records="services" />);
    expect(services.querySelector('[data-testid^="autosetup-hosts"]')).toBeNull();
    const pop3 = [...services.querySelectorAll('tbody tr')].find((row) => row.textContent?.startsWith('_pop3._tcp.fixture.test'));
    expect(pop3?.textContent).toContain('not offered');
  });

  it('warns when the help center runs at a local address, where the names would mislead', () => {
    const doc = render(<AutoSetupDnsRecords provider={fixtureProvider} siteUrl="http://localhost:3000" />);
    expect(doc.querySelector('[role="note"]')?.textContent).toContain('SITE_URL');
  });
});
