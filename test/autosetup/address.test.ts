import { describe, expect, it } from 'vitest';
import { describeDomains, isProviderDomain, parseEmailAddress } from '../../lib/autosetup/address';
import { fixtureProvider, HOSTILE_ADDRESSES } from './fixtures';

describe('parseEmailAddress', () => {
  it('accepts an ordinary address and lower-cases only the domain', () => {
    expect(parseEmailAddress('Jane.Doe@Fixture.TEST')).toEqual({
      ok: true,
      value: { local: 'Jane.Doe', domain: 'fixture.test', address: 'Jane.Doe@fixture.test' },
    });
  });

  it('trims the spaces people paste around an address', () => {
    const result = parseEmailAddress('  jane@fixture.test\n');
    expect(result.ok && result.value.address).toBe('jane@fixture.test');
  });

  it.each(['jane+news@fixture.test', "o'neil@fixture.test", 'a&b@fixture.test', 'x_y-z@sub.fixture.test', 'josé@fixture.test', '用户@fixture.test'])(
    'accepts %s, which RFC 5321/6532 allow',
    (input) => {
      expect(parseEmailAddress(input).ok).toBe(true);
    },
  );

  it.each(HOSTILE_ADDRESSES)('accepts the quoted or symbol-rich address %s unchanged', (input) => {
    const result = parseEmailAddress(input);
    expect(result.ok && result.value.address).toBe(input);
  });

  it('splits at the last @, because a quoted local part may contain one', () => {
    const result = parseEmailAddress('"a@b"@fixture.test');
    expect(result.ok && result.value.local).toBe('"a@b"');
  });

  it.each([
    ['', 'missing'],
    ['   ', 'missing'],
    [null, 'missing'],
    [undefined, 'missing'],
  ] as const)('reports %j as missing', (input, problem) => {
    expect(parseEmailAddress(input)).toEqual({ ok: false, problem });
  });

  it.each([
    'jane',
    '@fixture.test',
    'jane@',
    'jane@@fixture.test',
    'ja ne@fixture.test',
    '.jane@fixture.test',
    'jane.@fixture.test',
    'ja..ne@fixture.test',
    'jane@fixture',
    'jane@-fixture.test',
    'jane@fixture..test',
    'jane@[192.0.2.1]',
    'jane@fixture.test\r\nBcc: x@y.test',
    'ja\u0000ne@fixture.test',
    'jane\u0085@fixture.test',
    '"unterminated@fixture.test',
    '""@fixture.test',
    '"bad\\\u00e9"@fixture.test',
    'jane@fïxture.test',
    '<jane@fixture.test>',
    'Jane <jane@fixture.test>',
  ])('refuses %j as invalid', (input) => {
    expect(parseEmailAddress(input)).toEqual({ ok: false, problem: 'invalid' });
  });

  it('refuses a local part over 64 octets and an address over 254', () => {
    expect(parseEmailAddress(`${'a'.repeat(65)}@fixture.test`)).toEqual({ ok: false, problem: 'too-long' });
    expect(parseEmailAddress(`${'é'.repeat(33)}@fixture.test`)).toEqual({ ok: false, problem: 'too-long' }); // 66 octets in UTF-8
    expect(parseEmailAddress(`a@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.${'e'.repeat(63)}.test`)).toEqual({ ok: false, problem: 'too-long' });
    expect(parseEmailAddress('a'.repeat(1_000_000))).toEqual({ ok: false, problem: 'too-long' });
  });

  it('accepts exactly 64 octets before the @', () => {
    expect(parseEmailAddress(`${'a'.repeat(64)}@fixture.test`).ok).toBe(true);
  });
});

describe('isProviderDomain', () => {
  it('matches the provider domains without regard to case', () => {
    expect(isProviderDomain(fixtureProvider, 'fixture.test')).toBe(true);
    expect(isProviderDomain(fixtureProvider, 'FIXTURE-ALT.EXAMPLE')).toBe(true);
  });

  it('does not match subdomains, parent domains or look-alikes', () => {
    for (const domain of ['mail.fixture.test', 'test', 'fixture.test.evil.example', 'fixturetest', 'xfixture.test']) {
      expect(isProviderDomain(fixtureProvider, domain), domain).toBe(false);
    }
  });
});

describe('describeDomains', () => {
  it('lists the domains in lower case for messages', () => {
    expect(describeDomains(fixtureProvider)).toBe('fixture.test or fixture-alt.example');
  });
});
