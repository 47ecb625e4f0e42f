import { describe, it, expect } from 'vitest';
import {
  parseAdvisorParams,
  serializeAdvisorParams,
  MAX_PARAM_LENGTH,
  type AdvisorSearchParams,
  type ParsedAdvisorParams,
} from '../../lib/advisor';
import { allAnswers, knownClientIds, subsets } from './fixtures';

const parse = (query: string): ParsedAdvisorParams => parseAdvisorParams(new URLSearchParams(query), knownClientIds);
const parseRecord = (record: AdvisorSearchParams): ParsedAdvisorParams => parseAdvisorParams(record, knownClientIds);
const messages = (r: ParsedAdvisorParams): string[] => r.problems.map((p) => p.message);

const DEVICES_BLANK = 'We could not read how many devices you use, so that question is blank again.';
const OFFLINE_BLANK =
  'We could not read whether you need old mail without a connection, so that question is blank again.';
const ORGANIZE_BLANK = 'We could not read how you organize your mail, so that question is blank again.';

describe('serializeAdvisorParams', () => {
  it('writes answers in the canonical order with the commas between apps unescaped', () => {
    expect(
      serializeAdvisorParams({
        clients: ['ios-mail', 'thunderbird'],
        organize: 'server',
        offline: 'all',
        devices: 3,
      }),
    ).toBe('devices=3&offline=all&organize=server&clients=ios-mail,thunderbird');
  });

  it('leaves out missing answers and an empty app list', () => {
    expect(serializeAdvisorParams({})).toBe('');
    expect(serializeAdvisorParams({ clients: [] })).toBe('');
    expect(serializeAdvisorParams({ offline: 'recent' })).toBe('offline=recent');
    expect(serializeAdvisorParams({ devices: 1, organize: 'local', clients: [] })).toBe('devices=1&organize=local');
  });

  it('keeps device counts above five as given', () => {
    expect(serializeAdvisorParams({ devices: 12 })).toBe('devices=12');
  });

  it('writes each app once, in the order given', () => {
    expect(serializeAdvisorParams({ clients: ['thunderbird', 'apple-mail', 'thunderbird'] })).toBe(
      'clients=thunderbird,apple-mail',
    );
  });

  it('leaves out values the parser would refuse, so its output always reads back cleanly', () => {
    expect(serializeAdvisorParams({ devices: 0 })).toBe('');
    expect(serializeAdvisorParams({ devices: 2.5 })).toBe('');
    expect(serializeAdvisorParams({ devices: 100 })).toBe('');
    expect(serializeAdvisorParams({ clients: ['', 'a,b', ' x'] })).toBe('');
  });

  it('escapes anything in an app id that is not safe in a query', () => {
    expect(serializeAdvisorParams({ clients: ['a&b=c'] })).toBe('clients=a%26b%3Dc');
  });
});

describe('parseAdvisorParams: round trips', () => {
  const clientSubsets = subsets(knownClientIds);
  const combos = [...allAnswers(6), ...allAnswers(99).filter((a) => a.devices === 99)];

  it('reads back every valid combination of answers and apps exactly as serialized', () => {
    let checked = 0;
    for (const base of combos) {
      for (const clients of [...clientSubsets, [...knownClientIds].reverse()]) {
        const answers = { ...base, clients };
        const query = serializeAdvisorParams(answers);
        const parsed = parse(query);
        expect(parsed.problems, query).toEqual([]);
        expect(parsed.complete, query).toBe(true);
        expect(parsed.answers, query).toEqual(answers);
        expect(serializeAdvisorParams(parsed.answers)).toBe(query);
        checked++;
      }
    }
    expect(checked).toBe(63 * 17);
  });

  it('reads back partial answers as incomplete, without problems', () => {
    for (const partial of [{ devices: 2 }, { offline: 'all' as const }, { devices: 1, organize: 'server' as const }]) {
      const parsed = parse(serializeAdvisorParams(partial));
      expect(parsed.complete).toBe(false);
      expect(parsed.problems).toEqual([]);
      expect(parsed.answers).toEqual({ ...partial, clients: [] });
    }
  });

  it('reads the object form Next.js hands a page the same way as URLSearchParams', () => {
    const parsed = parseRecord({ devices: '3', offline: 'recent', organize: 'local', clients: 'thunderbird,ios-mail' });
    expect(parsed).toEqual(parse('devices=3&offline=recent&organize=local&clients=thunderbird,ios-mail'));
    expect(parsed.complete).toBe(true);
  });
});

describe('parseAdvisorParams: a fresh questionnaire', () => {
  it('shows a blank questionnaire without any note for /advisor with no query', () => {
    expect(parse('')).toEqual({ answers: { clients: [] }, complete: false, problems: [] });
    expect(parseRecord({})).toEqual({ answers: { clients: [] }, complete: false, problems: [] });
  });

  it('treats undefined values in the object form as unanswered', () => {
    expect(parseRecord({ devices: undefined, offline: undefined, clients: undefined })).toEqual({
      answers: { clients: [] },
      complete: false,
      problems: [],
    });
  });

  it('is complete once devices, offline and organize are valid, with or without apps', () => {
    expect(parse('devices=1&offline=none&organize=none').complete).toBe(true);
    expect(parse('devices=1&offline=none').complete).toBe(false);
    expect(parse('devices=1&organize=none&clients=thunderbird').complete).toBe(false);
    expect(parse('offline=none&organize=none').complete).toBe(false);
  });

  it('ignores parameters it does not know, such as tracking tags', () => {
    const parsed = parse('utm_source=ticket&devices=2&q=imap&offline=none&organize=none&Devices=9');
    expect(parsed.problems).toEqual([]);
    expect(parsed.answers).toEqual({ devices: 2, offline: 'none', organize: 'none', clients: [] });
  });

  it('ignores answers inherited through the prototype of the object form', () => {
    const inherited = Object.create({ devices: '3' }) as Record<string, string>;
    expect(parseRecord(inherited).answers).toEqual({ clients: [] });
  });
});

describe('parseAdvisorParams: devices', () => {
  it.each(['1', '2', '5', '6', '12', '99'])('accepts devices=%s and keeps it as given', (value) => {
    const parsed = parse(`devices=${value}`);
    expect(parsed.answers.devices).toBe(Number(value));
    expect(parsed.problems).toEqual([]);
  });

  it.each([
    ['-1', 'a negative number'],
    ['abc', 'letters'],
    ['1e99', 'scientific notation'],
    ['2.5', 'a fraction'],
    ['', 'an empty value'],
    ['0', 'zero'],
    ['100', 'a number above 99'],
    ['0003', 'an over-long number'],
    ['99999999999999999999', 'a huge number'],
    ['+3', 'a plus sign (read as a space)'],
    ['%203', 'a leading space'],
    ['3 ', 'a trailing space'],
    ['0x10', 'hexadecimal'],
    ['\uFF13', 'a full-width digit'],
    ['Infinity', 'Infinity'],
  ])('leaves devices blank and says so for devices=%s (%s)', (value) => {
    const parsed = parse(`devices=${value}&offline=none&organize=none`);
    expect(parsed.answers.devices).toBeUndefined();
    expect(parsed.complete).toBe(false);
    expect(parsed.problems).toEqual([{ param: 'devices', message: DEVICES_BLANK }]);
  });
});

describe('parseAdvisorParams: offline and organize', () => {
  it.each(['none', 'recent', 'all'])('accepts offline=%s', (value) => {
    expect(parse(`offline=${value}`).answers.offline).toBe(value);
  });

  it.each(['none', 'local', 'server'])('accepts organize=%s', (value) => {
    expect(parse(`organize=${value}`).answers.organize).toBe(value);
  });

  it.each(['', 'ALL', 'sometimes', ' all', 'all,recent', 'constructor', '__proto__'])(
    'leaves offline and organize blank and says so for the value "%s"',
    (value) => {
      const v = encodeURIComponent(value);
      const parsed = parse(`devices=1&offline=${v}&organize=${v}`);
      expect(parsed.answers.offline).toBeUndefined();
      expect(parsed.answers.organize).toBeUndefined();
      expect(parsed.complete).toBe(false);
      expect(parsed.problems).toEqual([
        { param: 'offline', message: OFFLINE_BLANK },
        { param: 'organize', message: ORGANIZE_BLANK },
      ]);
    },
  );
});

describe('parseAdvisorParams: repeated answers', () => {
  it('uses the first devices answer and says the link had more than one', () => {
    const parsed = parse('devices=1&devices=2&offline=all&organize=none');
    expect(parsed.answers.devices).toBe(1);
    expect(parsed.complete).toBe(true);
    expect(parsed.problems).toEqual([
      {
        param: 'devices',
        message: 'The link gave more than one answer for how many devices you use, so we used the first one.',
      },
    ]);
  });

  it('uses the first answer for offline and organize too, in both input forms', () => {
    for (const parsed of [
      parse('offline=all&offline=none&organize=local&organize=server'),
      parseRecord({ offline: ['all', 'none'], organize: ['local', 'server'] }),
    ]) {
      expect(parsed.answers).toEqual({ offline: 'all', organize: 'local', clients: [] });
      expect(parsed.problems.map((p) => p.param)).toEqual(['offline', 'organize']);
      expect(messages(parsed).every((m) => m.includes('more than one answer'))).toBe(true);
    }
  });

  it('does not fall back to a later answer when the first one is unreadable', () => {
    const parsed = parse('devices=abc&devices=2');
    expect(parsed.answers.devices).toBeUndefined();
    expect(messages(parsed)).toEqual([
      'The link gave more than one answer for how many devices you use, so we used the first one.',
      DEVICES_BLANK,
    ]);
  });

  it('treats an empty list in the object form as unanswered', () => {
    expect(parseRecord({ devices: [], clients: [] })).toEqual({ answers: { clients: [] }, complete: false, problems: [] });
  });
});

describe('parseAdvisorParams: mail apps', () => {
  it('keeps known apps in the order given', () => {
    expect(parse('clients=ios-mail,thunderbird').answers.clients).toEqual(['ios-mail', 'thunderbird']);
  });

  it('accepts repeated clients= parameters, as a form with checkboxes sends them', () => {
    const parsed = parse('clients=thunderbird&clients=apple-mail,ios-mail&clients=thunderbird');
    expect(parsed.answers.clients).toEqual(['thunderbird', 'apple-mail', 'ios-mail']);
    expect(parsed.problems).toEqual([]);
    expect(parseRecord({ clients: ['thunderbird', 'apple-mail'] }).answers.clients).toEqual([
      'thunderbird',
      'apple-mail',
    ]);
  });

  it('removes duplicate apps quietly and keeps the first position', () => {
    const parsed = parse('clients=apple-mail,thunderbird,apple-mail,thunderbird');
    expect(parsed.answers.clients).toEqual(['apple-mail', 'thunderbird']);
    expect(parsed.problems).toEqual([]);
  });

  it('tolerates spaces and stray commas around app ids', () => {
    const parsed = parse('clients=,thunderbird,%20ios-mail,,');
    expect(parsed.answers.clients).toEqual(['thunderbird', 'ios-mail']);
    expect(parsed.problems).toEqual([]);
  });

  it('treats an empty app list as no apps chosen', () => {
    expect(parse('clients=')).toEqual({ answers: { clients: [] }, complete: false, problems: [] });
  });

  it('drops an unknown app and names it', () => {
    const parsed = parse('clients=nope');
    expect(parsed.answers.clients).toEqual([]);
    expect(parsed.problems).toEqual([
      { param: 'clients', message: 'We do not know a mail app called "nope", so we left it out.' },
    ]);
  });

  it('keeps the known apps when an unknown one sits among them', () => {
    const parsed = parse('clients=thunderbird,nope,ios-mail,nope');
    expect(parsed.answers.clients).toEqual(['thunderbird', 'ios-mail']);
    expect(messages(parsed)).toEqual(['We do not know a mail app called "nope", so we left it out.']);
  });

  it('matches app ids exactly, so a capitalised id is unknown', () => {
    const parsed = parse('clients=Thunderbird');
    expect(parsed.answers.clients).toEqual([]);
    expect(messages(parsed)).toEqual(['We left out an unknown app name from the list of mail apps you use.']);
  });

  it('cuts an unknown app id to 40 characters when naming it', () => {
    const long = 'x'.repeat(60);
    const [problem] = parse(`clients=${long}`).problems;
    expect(problem?.message).toBe(`We do not know a mail app called "${'x'.repeat(40)}…", so we left it out.`);
  });

  it('does not name an unknown app id that holds anything but a-z, 0-9 and dashes', () => {
    for (const id of ['my_app', 'app.exe', 'émail', '"quoted"', 'a b', 'javascript:alert(1)']) {
      const parsed = parse(`clients=${encodeURIComponent(id)}`);
      expect(messages(parsed)).toEqual(['We left out an unknown app name from the list of mail apps you use.']);
    }
  });

  it('names at most three unknown apps and counts the rest', () => {
    const parsed = parse('clients=a1,a2,a3,a4,a5,Bad');
    expect(messages(parsed)).toEqual([
      'We do not know a mail app called "a1", so we left it out.',
      'We do not know a mail app called "a2", so we left it out.',
      'We do not know a mail app called "a3", so we left it out.',
      'We also left out 3 more unknown app names from the list of mail apps you use.',
    ]);
    expect(messages(parse('clients=Bad1,Bad2'))).toEqual([
      'We left out 2 unknown app names from the list of mail apps you use.',
    ]);
    expect(messages(parse('clients=a1,Bad'))).toEqual([
      'We do not know a mail app called "a1", so we left it out.',
      'We also left out 1 more unknown app name from the list of mail apps you use.',
    ]);
  });

  it('reads an app list of exactly 200 characters', () => {
    // 20 ids of 9 characters and 19 commas make 199; one more letter makes 200.
    const value = `${Array.from({ length: 20 }, (_, i) => `app-${String(i).padStart(5, '0')}`).join(',')}x`;
    expect(value).toHaveLength(MAX_PARAM_LENGTH);
    const known = value.split(',');
    const parsed = parseAdvisorParams(new URLSearchParams({ clients: value }), known);
    expect(parsed.answers.clients).toEqual(known);
    expect(parsed.problems).toEqual([]);
  });

  it('does not read an app list longer than 200 characters, even one of known apps', () => {
    const value = Array.from({ length: 20 }, () => 'thunderbird').join(',');
    expect(value.length).toBeGreaterThan(MAX_PARAM_LENGTH);
    const parsed = parse(`clients=${value}&clients=ios-mail`);
    expect(parsed.answers.clients).toEqual(['ios-mail']);
    expect(parsed.problems).toEqual([
      {
        param: 'clients',
        message: 'We could not read part of the list of mail apps you use, so we left that part out.',
      },
    ]);
  });
});

describe('parseAdvisorParams: hostile links', () => {
  const script = '<script>alert(1)</script>';
  const huge = 'A'.repeat(10 * 1024);

  it('never echoes markup from any parameter', () => {
    const q = encodeURIComponent(script);
    for (const parsed of [
      parse(`devices=${q}&offline=${q}&organize=${q}&clients=${q}`),
      parse(`clients=thunderbird,${q},<b>,"><img src=x onerror=alert(1)>`),
      parseRecord({ devices: script, offline: [script, script], organize: script, clients: [script, 'nope'] }),
    ]) {
      expect(parsed.problems.length).toBeGreaterThan(0);
      for (const message of messages(parsed)) {
        expect(message).not.toContain('<');
        expect(message).not.toContain('>');
        expect(message).not.toMatch(/script|alert|onerror/);
      }
    }
  });

  it('blanks every question with a markup value and reports each one', () => {
    const q = encodeURIComponent(script);
    const parsed = parse(`devices=${q}&offline=${q}&organize=${q}&clients=${q}`);
    expect(parsed.answers).toEqual({ clients: [] });
    expect(parsed.problems.map((p) => p.param)).toEqual(['devices', 'offline', 'organize', 'clients']);
  });

  it('treats a 10 KB value in any parameter as not understood, without repeating it', () => {
    const parsed = parse(`devices=${huge}&offline=${huge}&organize=${huge}&clients=${huge}`);
    expect(parsed.answers).toEqual({ clients: [] });
    expect(parsed.problems.map((p) => p.param)).toEqual(['devices', 'offline', 'organize', 'clients']);
    for (const message of messages(parsed)) {
      expect(message).not.toContain('AAAA');
      expect(message.length).toBeLessThan(120);
    }
  });

  it('does not read an over-long value even when it starts with a valid answer', () => {
    const padded = `all${' '.repeat(MAX_PARAM_LENGTH)}`;
    const parsed = parseRecord({ offline: padded, devices: `1${'0'.repeat(300)}` });
    expect(parsed.answers).toEqual({ clients: [] });
    expect(messages(parsed)).toEqual([DEVICES_BLANK, OFFLINE_BLANK]);
  });

  it('keeps every problem tied to one of the four questions, in question order', () => {
    const order = ['devices', 'offline', 'organize', 'clients'];
    const parsed = parse('clients=nope&organize=x&offline=y&devices=z&devices=1');
    const params = parsed.problems.map((p) => p.param);
    expect(params).toEqual([...params].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(new Set(params)).toEqual(new Set(order));
  });

  it('never throws, whatever the query holds', () => {
    const nasty = ['%', '%E0%A4%A', '&&&', '=', 'devices', 'clients=,,,', 'devices[]=1', '__proto__=1', `x=${huge}`];
    for (const query of nasty) expect(() => parse(query)).not.toThrow();
    expect(() =>
      parseRecord({ devices: 7 as unknown as string, clients: [1, null] as unknown as string[] }),
    ).not.toThrow();
  });
});
