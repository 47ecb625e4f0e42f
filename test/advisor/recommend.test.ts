import { describe, it, expect } from 'vitest';
import {
  recommend,
  chooseProtocol,
  questions,
  decidingAnswers,
  offlineNeeds,
  organizations,
  KEEP_COPY_DAYS,
  type Answers,
} from '../../lib/advisor';
import type { Protocol } from '@/lib/protocol';
import { allAnswers, describeAnswers } from './fixtures';

const combos = allAnswers(6);

/** The rules from the brief, written independently of the implementation. */
function expectedProtocol(a: Answers): Protocol {
  return a.devices === 1 && a.offline === 'all' && a.organize !== 'server' ? 'pop3' : 'imap';
}

describe('recommend: the rules, over every combination of answers', () => {
  it('covers 6 device counts × 3 offline needs × 3 ways to organize', () => {
    expect(combos).toHaveLength(54);
  });

  it.each(combos.map((a) => [describeAnswers(a), a] as const))('chooses the expected protocol for %s', (_, a) => {
    expect(recommend(a).protocol).toBe(expectedProtocol(a));
    expect(chooseProtocol(a)).toBe(expectedProtocol(a));
  });

  it('recommends IMAP as soon as a second device appears', () => {
    for (const a of combos.filter((c) => c.devices >= 2)) {
      const r = recommend(a);
      expect(r.protocol, describeAnswers(a)).toBe('imap');
      expect(r.reasons[0], describeAnswers(a)).toMatchObject({ answer: 'devices' });
      expect(r.reasons[0]?.text).toContain(`${a.devices} devices`);
    }
  });

  it('recommends IMAP whenever folders and read/flag state must match everywhere', () => {
    for (const a of combos.filter((c) => c.organize === 'server')) {
      const r = recommend(a);
      expect(r.protocol, describeAnswers(a)).toBe('imap');
      expect(r.reasons.some((reason) => reason.answer === 'organize' && /webmail/.test(reason.text))).toBe(true);
    }
  });

  it('leads with the folders reason when one device needs server-side folders', () => {
    for (const offline of offlineNeeds) {
      const r = recommend({ devices: 1, offline, organize: 'server', clients: [] });
      expect(r.reasons[0]?.answer).toBe('organize');
      expect(r.verdict).toMatch(/^Use IMAP: your folders and read\/flag state stay the same everywhere/);
    }
  });

  it('recommends POP3 only for one device that needs the whole archive offline', () => {
    const pop3 = combos.filter((a) => recommend(a).protocol === 'pop3');
    expect(pop3.map(describeAnswers)).toEqual([
      'devices=1 offline=all organize=none',
      'devices=1 offline=all organize=local',
    ]);
    for (const a of pop3) {
      const answered = recommend(a).reasons.map((r) => r.answer);
      expect(answered).toContain('devices');
      expect(answered).toContain('offline');
    }
  });

  it('falls back to IMAP for one device that does not need the whole archive offline', () => {
    for (const offline of ['none', 'recent'] as const) {
      for (const organize of ['none', 'local'] as const) {
        const r = recommend({ devices: 1, offline, organize, clients: [] });
        expect(r.protocol).toBe('imap');
        expect(r.verdict).toBe('Use IMAP: your mail stays safe on the server and ready for any device you add later.');
        expect(r.reasons.map((reason) => reason.answer)).toEqual(['devices', 'offline', 'organize']);
      }
    }
  });

  it("explains that recent mail offline is covered by the app's cache", () => {
    const r = recommend({ devices: 1, offline: 'recent', organize: 'none', clients: [] });
    const offlineReason = r.reasons.find((reason) => reason.answer === 'offline');
    expect(offlineReason?.text).toMatch(/synced/);
    expect(offlineReason?.text).toMatch(/without a connection/);
  });

  it('explains that folders on this computer still work with IMAP', () => {
    const r = recommend({ devices: 1, offline: 'none', organize: 'local', clients: [] });
    expect(r.reasons.find((reason) => reason.answer === 'organize')?.text).toMatch(/^Folders work with IMAP too/);
  });

  it('tells several-device users with a full offline archive how IMAP covers it, and why POP3 does not fit', () => {
    const r = recommend({ devices: 3, offline: 'all', organize: 'none', clients: [] });
    expect(r.protocol).toBe('imap');
    expect(r.caveats.some((c) => /whole archive offline/.test(c) && /cache/.test(c))).toBe(true);
    expect(r.whyNotOther.some((w) => /whole archive/.test(w))).toBe(true);
  });
});

describe('recommend: the verdict', () => {
  it('says how many devices stay in sync', () => {
    expect(recommend({ devices: 2, offline: 'none', organize: 'none', clients: [] }).verdict).toBe(
      'Use IMAP: your mail stays in sync on both your devices.',
    );
    expect(recommend({ devices: 3, offline: 'all', organize: 'local', clients: [] }).verdict).toBe(
      'Use IMAP: your mail stays in sync on all 3 devices.',
    );
    expect(recommend({ devices: 42, offline: 'recent', organize: 'server', clients: [] }).verdict).toBe(
      'Use IMAP: your mail stays in sync on all 42 devices.',
    );
  });

  it('is one line that names the chosen protocol', () => {
    for (const a of combos) {
      const r = recommend(a);
      expect(r.verdict).toMatch(r.protocol === 'imap' ? /^Use IMAP: / : /^Use POP3: /);
      expect(r.verdict).not.toMatch(/\n/);
      expect(r.verdict).toMatch(/\.$/);
    }
  });
});

describe('recommend: reasons, caveats and the other protocol', () => {
  const questionIds = new Set<string>(questions.map((q) => q.id));

  it("ties every reason to an answer the customer actually gave", () => {
    for (const a of combos) {
      for (const reason of recommend(a).reasons) {
        expect(decidingAnswers).toContain(reason.answer);
        expect(questionIds.has(reason.answer)).toBe(true);
        expect(a[reason.answer], describeAnswers(a)).toBeDefined();
      }
    }
  });

  it('always gives at least one reason, one caveat and one sentence about the other protocol', () => {
    for (const a of combos) {
      const r = recommend(a);
      expect(r.reasons.length, describeAnswers(a)).toBeGreaterThan(0);
      expect(r.caveats.length).toBeGreaterThan(0);
      expect(r.whyNotOther.length).toBeGreaterThan(0);
    }
  });

  it('writes every text as a finished sentence with no leftover placeholders', () => {
    for (const a of allAnswers(12)) {
      const r = recommend(a);
      const texts = [
        r.verdict,
        ...r.reasons.map((reason) => reason.text),
        ...r.whyNotOther,
        ...r.caveats,
        ...(r.keepCopyOnServer ? [r.keepCopyOnServer.text] : []),
      ];
      for (const text of texts) {
        expect(text.trim()).toBe(text);
        expect(text).toMatch(/^[A-Z]/);
        expect(text).toMatch(/[.!]$/);
        expect(text).not.toMatch(/undefined|NaN|null|\$\{/);
      }
    }
  });

  it('explains why not POP3 by naming POP3, and why not IMAP by naming IMAP', () => {
    for (const a of combos) {
      const r = recommend(a);
      const other = r.protocol === 'imap' ? 'POP3' : 'IMAP';
      for (const sentence of r.whyNotOther) expect(sentence).toContain(other);
    }
  });

  it('warns that POP3 scatters mail when several devices read the mailbox', () => {
    const r = recommend({ devices: 2, offline: 'none', organize: 'none', clients: [] });
    expect(r.whyNotOther.join(' ')).toMatch(/scattered/);
  });

  it('gives every POP3 result the keep-a-copy advice and the backup caveat', () => {
    for (const a of combos.filter((c) => recommend(c).protocol === 'pop3')) {
      const r = recommend(a);
      expect(r.keepCopyOnServer).toEqual({ recommended: true, days: KEEP_COPY_DAYS, text: expect.any(String) });
      expect(r.keepCopyOnServer?.text).toContain(`${KEEP_COPY_DAYS} days`);
      expect(r.keepCopyOnServer?.text).toMatch(/quota/);
      expect(r.keepCopyOnServer?.text).toMatch(/duplicates/);
      expect(r.caveats.some((c) => /back it up/i.test(c))).toBe(true);
      expect(r.caveats.some((c) => /^Sent mail and folders stay on this device/.test(c))).toBe(true);
      expect(r.caveats.some((c) => /^Webmail will not show/.test(c))).toBe(true);
      expect(r.caveats.some((c) => c.includes(`${KEEP_COPY_DAYS} days`) && /duplicates/.test(c))).toBe(true);
    }
  });

  it('suggests keeping a copy on the server for about two weeks', () => {
    expect(KEEP_COPY_DAYS).toBe(14);
  });

  it('gives IMAP results no keep-a-copy advice, and the quota, cache and delete-everywhere caveats', () => {
    for (const a of combos.filter((c) => recommend(c).protocol === 'imap')) {
      const r = recommend(a);
      expect(r.keepCopyOnServer).toBeNull();
      expect(r.caveats.some((c) => /quota/.test(c))).toBe(true);
      expect(r.caveats.some((c) => /cache/.test(c))).toBe(true);
      expect(r.caveats.some((c) => /deletes it everywhere/.test(c))).toBe(true);
    }
  });
});

describe('recommend: properties over every combination', () => {
  const wide = allAnswers(99);

  it('never moves from IMAP to POP3 when devices increase', () => {
    for (const offline of offlineNeeds) {
      for (const organize of organizations) {
        const protocols = Array.from(
          { length: 99 },
          (_, i) => recommend({ devices: i + 1, offline, organize, clients: [] }).protocol,
        );
        const firstImap = protocols.indexOf('imap');
        expect(firstImap).toBeGreaterThanOrEqual(0);
        expect(protocols.slice(firstImap).every((p) => p === 'imap'), `${offline}/${organize}`).toBe(true);
      }
    }
  });

  it('never moves from IMAP to POP3 when organize changes to server', () => {
    for (const a of wide) {
      const after = recommend({ ...a, organize: 'server' });
      expect(after.protocol, describeAnswers(a)).toBe('imap');
      if (recommend(a).protocol === 'imap') expect(after.protocol).toBe('imap');
    }
  });

  it('returns deep-equal results for the same answers', () => {
    for (const a of wide) {
      expect(recommend(structuredClone(a))).toEqual(recommend(a));
    }
  });

  it('returns fresh objects, so a caller editing one result cannot change the next', () => {
    const a: Answers = { devices: 1, offline: 'all', organize: 'none', clients: [] };
    const first = recommend(a);
    first.caveats.push('edited');
    first.reasons.length = 0;
    expect(recommend(a).caveats).not.toContain('edited');
    expect(recommend(a).reasons.length).toBeGreaterThan(0);
  });

  it('does not modify the answers it is given', () => {
    const a: Answers = { devices: 2, offline: 'recent', organize: 'local', clients: ['thunderbird'] };
    const copy = structuredClone(a);
    recommend(a);
    expect(a).toEqual(copy);
  });

  it('ignores the chosen mail apps when choosing the protocol', () => {
    for (const a of combos) {
      expect(recommend({ ...a, clients: ['thunderbird', 'ios-mail'] })).toEqual(recommend(a));
    }
  });
});

describe('recommend: answers outside their types', () => {
  it.each([0, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY, 100])('refuses devices=%s instead of guessing', (devices) => {
    expect(() => recommend({ devices, offline: 'none', organize: 'none', clients: [] })).toThrow(TypeError);
  });

  it('refuses an offline or organize value it does not know', () => {
    const bad = { devices: 1, offline: 'sometimes', organize: 'none', clients: [] } as unknown as Answers;
    expect(() => recommend(bad)).toThrow(/offline/);
    const bad2 = { devices: 1, offline: 'none', organize: 'cloud', clients: [] } as unknown as Answers;
    expect(() => recommend(bad2)).toThrow(/organize/);
  });
});
