import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, MAX_QUERY_TERMS, normalizeTerms, normalizeText, prepareQuery, stem, wordSpans } from '../../lib/search/normalize';
import { highlightParts } from '../../lib/search/highlight';

describe('normalization: help-center vocabulary meets in one term', () => {
  const sameTerms: Array<[string, string[]]> = [
    ['setup', ['set up', 'set-up', 'Set Up', 'setups']],
    ['backup', ['back up', 'back-up', 'backups']],
    ['login', ['log in', 'log-in', 'logins', 'sign in', 'sign-in', 'signin']],
    ['email', ['e-mail', 'E-Mail', 'e mail', 'emails', 'e-mails']],
    ['pop3', ['pop', 'POP', 'POP3', 'pop 3']],
    ['gmail', ['google mail', 'Google Mail', 'googlemail', 'Gmail']],
    ['ios', ['iphone', 'iPhone', 'iPhones', 'ipad', 'iOS']],
    ['2fa', ['two-factor', 'two factor', '2FA']],
    ['macos', ['mac', 'Mac', 'macOS', 'mac os', 'OS X']],
  ];
  it.each(sameTerms)('maps every spelling of "%s" to the same term', (term, spellings) => {
    expect(normalizeText(term)).toBe(term);
    for (const spelling of spellings) expect(normalizeText(spelling), spelling).toBe(term);
  });

  it('treats "won\'t", "won’t" and "wont" alike, so "outlook won\'t send" searches outlook + send', () => {
    expect(normalizeTerms("outlook won't send")).toEqual(['outlook', 'send']);
    expect(normalizeTerms('outlook won’t send')).toEqual(['outlook', 'send']);
    expect(normalizeTerms('outlook wont send')).toEqual(['outlook', 'send']);
    expect(normalizeTerms('Outlook cannot send')).toEqual(['outlook', 'send']);
  });

  it('reduces plurals to the singular', () => {
    const pairs: Array<[string, string]> = [
      ['settings', 'setting'],
      ['mailboxes', 'mailbox'],
      ['addresses', 'address'],
      ['replies', 'reply'],
      ['passwords', 'password'],
      ['matches', 'match'],
      ['caches', 'cache'],
      ['ports', 'port'],
    ];
    for (const [plural, singular] of pairs) expect(stem(plural), plural).toBe(singular);
  });

  it('leaves words that only look plural alone', () => {
    for (const word of ['status', 'ios', 'address', 'dns', 'analysis', 'access', 'pop3s', 'imaps']) {
      expect(normalizeText(word), word).toBe(word === 'imaps' ? 'imap' : word);
    }
  });

  it('folds case and Latin accents but keeps other scripts', () => {
    expect(normalizeText('Café RÉSUMÉ')).toBe('cafe resume');
    expect(normalizeTerms('почта')).toEqual(['почта']);
    expect(normalizeTerms('メール 設定')).toEqual(['メール', '設定']);
  });

  it('drops common words, and keeps numbers and host names searchable', () => {
    expect(normalizeTerms('How do I change the port to 587?')).toEqual(['change', 'port', '587']);
    expect(normalizeTerms('smtp.example.com')).toEqual(['smtp', 'example', 'com']);
  });

  it('is idempotent, so normalized terms stored in the index survive being normalized again', () => {
    const texts = ['Set up Thunderbird with IMAP', 'My mailbox is full', 'E-mail won’t send from iPhones', 'Boxes, caches and replies'];
    for (const text of texts) expect(normalizeText(normalizeText(text)), text).toBe(normalizeText(text));
  });

  it('gives word positions in the original text, joining two-word phrases', () => {
    const text = 'Set up your iPhone';
    const spans = wordSpans(text).filter((s) => s.term);
    expect(spans.map((s) => [text.slice(s.start, s.end), s.term])).toEqual([
      ['Set up', 'setup'],
      ['iPhone', 'ios'],
    ]);
  });
});

describe('prepareQuery: every input gets a calm answer', () => {
  it('reports empty and whitespace-only queries', () => {
    for (const raw of ['', '   ', '\n\t', undefined, null, 42, ['a']]) expect(prepareQuery(raw).problem, String(raw)).toBe('empty');
  });

  it('reports punctuation-only queries', () => {
    for (const raw of ['???', '!!! ...', '—', '<>']) {
      const query = prepareQuery(raw);
      expect(query.problem, raw).toBe('no-words');
      expect(query.terms).toEqual([]);
    }
  });

  it('reports queries made only of common words', () => {
    expect(prepareQuery('how do i').problem).toBe('only-common-words');
  });

  it('searches non-Latin words as they are', () => {
    const query = prepareQuery('почта не работает');
    expect(query.problem).toBeNull();
    expect(query.terms).toEqual(['почта', 'не', 'работает']);
  });

  it(`cuts long queries at ${MAX_QUERY_LENGTH} characters without splitting a character`, () => {
    const long = `${'a'.repeat(MAX_QUERY_LENGTH - 1)}😀😀 more`;
    const query = prepareQuery(long);
    expect(query.truncated).toBe(true);
    expect(Array.from(query.text)).toHaveLength(MAX_QUERY_LENGTH);
    expect(query.text.endsWith('😀')).toBe(true);
    expect(prepareQuery('short').truncated).toBe(false);
  });

  it(`searches at most ${MAX_QUERY_TERMS} distinct words`, () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    expect(prepareQuery(words).terms).toHaveLength(MAX_QUERY_TERMS);
    expect(prepareQuery('imap imap imap').terms).toEqual(['imap']);
  });

  it('removes control characters and collapses spaces', () => {
    expect(prepareQuery('  mailbox\u0000\u0007   full \r\n').text).toBe('mailbox full');
  });

  it('marks the last word as half typed only while the reader is still typing it', () => {
    expect(prepareQuery('thunderbird im').lastIsPartial).toBe(true);
    expect(prepareQuery('thunderbird im').terms.at(-1)).toBe('im');
    expect(prepareQuery('thunderbird im ').lastIsPartial).toBe(false);
    expect(prepareQuery('imap thunderbird imap').terms).toEqual(['thunderbird', 'imap']);
  });
});

describe('highlightParts', () => {
  it('marks whole words whose term matched, including phrases and synonyms', () => {
    const parts = highlightParts('Set up your iPhone for IMAP', new Set(['setup', 'ios']));
    expect(parts).toEqual([
      { text: 'Set up', hit: true },
      { text: ' your ', hit: false },
      { text: 'iPhone', hit: true },
      { text: ' for IMAP', hit: false },
    ]);
  });

  it('returns the text untouched when nothing matched, and keeps markup-like text as text', () => {
    expect(highlightParts('<b>port</b> 587', new Set(['587']))).toEqual([
      { text: '<b>port</b> ', hit: false },
      { text: '587', hit: true },
    ]);
    expect(highlightParts('Nothing here', new Set())).toEqual([{ text: 'Nothing here', hit: false }]);
  });
});
