import { describe, expect, it } from 'vitest';
import { csvCell, formatCsvReport, formatTextReport, parseSince, plainText } from '../../lib/feedback/report';
import type { PageReport } from '../../lib/feedback/store';

const pages: PageReport[] = [
  {
    page: '/articles/cannot-send-email',
    yes: 1,
    no: 3,
    total: 4,
    helpful: 0.25,
    lastVoteAt: '2026-11-20T14:03:09.000Z',
    commentCount: 4,
    latestComments: [
      { at: '2026-11-20T14:03:09.000Z', vote: 'no', text: 'Which port for SMTP?\nOutlook says 587 fails' },
      { at: '2026-11-19T08:00:00.000Z', vote: 'no', text: '=HYPERLINK("http://evil.example","click")' },
    ],
  },
  { page: '/articles/webmail', yes: 9, no: 1, total: 10, helpful: 0.9, lastVoteAt: '2026-11-18T10:00:00.000Z', commentCount: 0, latestComments: [] },
];

describe('parseSince', () => {
  it('reads a day as the start of that day in UTC', () => {
    expect(parseSince('2026-11-01')).toBe('2026-11-01T00:00:00.000Z');
  });
  it('reads an ISO instant with its offset', () => {
    expect(parseSince('2026-11-01T09:30:00+02:00')).toBe('2026-11-01T07:30:00.000Z');
    expect(parseSince('2026-11-01T09:30Z')).toBe('2026-11-01T09:30:00.000Z');
  });
  it.each(['yesterday', '2026-13-01', '2026-02-30', '01/11/2026', '2026-11-01T09:30', ''])('refuses %j', (text) => {
    expect(parseSince(text)).toBeNull();
  });
});

describe('text report', () => {
  const text = formatTextReport(pages, { since: '2026-11-01T00:00:00.000Z', database: '/srv/data/feedback.sqlite' });

  it('shows yes, no and helpful % per page, least helpful first', () => {
    expect(text).toContain('Feedback report since 2026-11-01 00:00 UTC: 2 pages, 14 votes');
    const lines = text.split('\n');
    const bad = lines.findIndex((line) => line.includes('/articles/cannot-send-email'));
    const good = lines.findIndex((line) => line.includes('/articles/webmail'));
    expect(bad).toBeGreaterThan(-1);
    expect(bad).toBeLessThan(good);
    expect(lines[bad]).toMatch(/^\s+25%\s+1\s+3\s+\/articles\/cannot-send-email$/);
    expect(lines[good]).toMatch(/^\s+90%\s+9\s+1\s+\/articles\/webmail$/);
  });

  it('lists the latest comments on one line each and says how many more there are', () => {
    expect(text).toContain('2026-11-20 14:03 no  “Which port for SMTP? ⏎ Outlook says 587 fails”');
    expect(text).toContain('…and 2 earlier comments');
  });

  it('says so when there are no votes', () => {
    expect(formatTextReport([], { database: 'x.sqlite' })).toContain('No votes.');
  });

  it('cannot be steered by control characters in a comment', () => {
    expect(plainText('red \u001b[31mALERT\u0007 \u202eevil')).toBe('red \ufffd[31mALERT\ufffd \ufffdevil');
  });
});

describe('CSV report', () => {
  const csv = formatCsvReport(pages);
  const [header, ...rows] = csv.trimEnd().split('\r\n');

  it('has a header and one row per page in the same order', () => {
    expect(header).toBe('page,yes,no,total,helpful_percent,comments,last_vote_at,latest_comments');
    expect(rows[0]).toMatch(/^\/articles\/cannot-send-email,1,3,4,25,4,2026-11-20T14:03:09.000Z,"/);
    expect(rows.at(-1)).toBe('/articles/webmail,9,1,10,90,0,2026-11-18T10:00:00.000Z,');
  });

  it('quotes cells with commas, quotes and line breaks', () => {
    expect(csvCell('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csv).toContain('Which port for SMTP?\nOutlook says 587 fails');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+33 1 23')).toBe("'+33 1 23");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-2)).toBe('-2');
  });
});
