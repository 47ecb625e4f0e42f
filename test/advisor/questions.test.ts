import { describe, it, expect } from 'vitest';
import {
  questions,
  devicesOptionValue,
  offlineNeeds,
  organizations,
  parseAdvisorParams,
  recommend,
} from '../../lib/advisor';
import { knownClientIds } from './fixtures';

const byId = (id: string) => {
  const question = questions.find((q) => q.id === id);
  if (!question) throw new Error(`no question ${id}`);
  return question;
};

describe('questions', () => {
  it('asks about devices, offline reading, organizing and mail apps, in that order', () => {
    expect(questions.map((q) => q.id)).toEqual(['devices', 'offline', 'organize', 'clients']);
  });

  it('words each question for customers', () => {
    expect(byId('devices').legend).toBe('How many devices read this mailbox?');
    expect(byId('devices').hint).toBe('Count phones, tablets and computers. Webmail counts as one.');
    expect(byId('offline').legend).toBe('Must old mail be readable without a connection?');
    expect(byId('organize').legend).toBe('How do you organize your mail?');
    expect(byId('clients').legend).toBe('Which mail apps do you use?');
  });

  it('offers 1 to 4 devices and "5 or more"', () => {
    expect(byId('devices').options).toEqual([
      { value: '1', label: '1' },
      { value: '2', label: '2' },
      { value: '3', label: '3' },
      { value: '4', label: '4' },
      { value: '5', label: '5 or more' },
    ]);
  });

  it('offers exactly the offline needs and ways to organize that the URL and engine understand', () => {
    expect(byId('offline').options.map((o) => o.value)).toEqual([...offlineNeeds]);
    expect(byId('organize').options.map((o) => o.value)).toEqual([...organizations]);
  });

  it('gives every offline option a label and a short hint', () => {
    for (const option of byId('offline').options) {
      expect(option.label.length).toBeGreaterThan(0);
      expect(option.hint?.length ?? 0).toBeGreaterThan(0);
      expect(option.hint?.length ?? 0).toBeLessThan(100);
    }
  });

  it('labels the ways to organize in plain words', () => {
    expect(byId('organize').options.map((o) => o.label)).toEqual([
      'I keep everything in the inbox',
      'In folders on this computer only',
      'In folders and with read/flag state that must match everywhere, webmail included',
    ]);
  });

  it('leaves the mail app options to the client registry and makes the question optional', () => {
    const clients = byId('clients');
    expect(clients.kind).toBe('clients');
    expect(clients.options).toEqual([]);
    expect(clients.required).toBe(false);
    for (const q of questions.filter((q) => q.id !== 'clients')) {
      expect(q.kind).toBe('single');
      expect(q.required).toBe(true);
    }
  });

  it('gives unique option values within each question', () => {
    for (const q of questions) {
      expect(new Set(q.options.map((o) => o.value)).size).toBe(q.options.length);
    }
  });

  it('lets every way of filling in the form produce a URL the advisor understands and can answer', () => {
    let forms = 0;
    for (const devices of byId('devices').options) {
      for (const offline of byId('offline').options) {
        for (const organize of byId('organize').options) {
          // What a GET form submits: one field per question, checkboxes as repeated fields.
          const query = new URLSearchParams([
            ['devices', devices.value],
            ['offline', offline.value],
            ['organize', organize.value],
            ...knownClientIds.map((id) => ['clients', id] as [string, string]),
          ]);
          const parsed = parseAdvisorParams(query, knownClientIds);
          expect(parsed.problems).toEqual([]);
          expect(parsed.complete).toBe(true);
          if (parsed.complete) expect(recommend(parsed.answers).verdict).toMatch(/^Use /);
          forms++;
        }
      }
    }
    expect(forms).toBe(45);
  });
});

describe('devicesOptionValue', () => {
  it('marks the matching option for one to four devices', () => {
    expect([1, 2, 3, 4].map(devicesOptionValue)).toEqual(['1', '2', '3', '4']);
  });

  it('marks "5 or more" for five devices or more, as a link may carry', () => {
    expect([5, 6, 12, 99].map(devicesOptionValue)).toEqual(['5', '5', '5', '5']);
  });

  it('falls back to the first option for a count that is not a number', () => {
    expect(devicesOptionValue(Number.NaN)).toBe('1');
    expect(devicesOptionValue(0)).toBe('1');
  });
});
