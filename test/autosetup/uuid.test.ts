import { describe, expect, it } from 'vitest';
import { uuidV5 } from '../../lib/autosetup/uuid';

describe('uuidV5', () => {
  it('matches the well-known test vector for www.example.com in the DNS namespace', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ED6657D-E927-568B-95E1-2665A8AEA6A2');
  });

  it('is stable for the same name and different for another', () => {
    expect(uuidV5('imap:jane@fixture.test')).toBe(uuidV5('imap:jane@fixture.test'));
    expect(uuidV5('imap:jane@fixture.test')).not.toBe(uuidV5('pop3:jane@fixture.test'));
  });

  it('sets the version 5 and RFC variant bits', () => {
    for (const name of ['a', 'b', 'c', 'jane@fixture.test']) {
      expect(uuidV5(name)).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
    }
  });
});
