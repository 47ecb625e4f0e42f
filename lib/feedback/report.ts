import type { PageReport } from './store';

/**
 * The staff report (`npm run feedback:report`) as text for a terminal or as CSV for a spreadsheet.
 * Comments are reader input: shown as inert text, never interpreted — control characters cannot
 * drive the terminal and a leading "=" cannot become a spreadsheet formula.
 */

/** `--since 2026-11-01` (start of that day, UTC) or a full ISO 8601 instant → ISO string; null if unreadable. */
export function parseSince(text: string): string | null {
  const trimmed = text.trim();
  const dayOnly = /^(\d{4})-(\d{2})-(\d{2})$/.test(trimmed);
  if (!dayOnly && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(trimmed)) return null;
  const date = new Date(dayOnly ? `${trimmed}T00:00:00Z` : trimmed);
  if (Number.isNaN(date.getTime())) return null;
  // Reject days that do not exist (2026-02-30 would silently roll over into March).
  if (dayOnly && date.toISOString().slice(0, 10) !== trimmed) return null;
  return date.toISOString();
}

/** One line of inert text: line breaks shown as ⏎, other control characters (ESC, BEL, …) as �. */
export function plainText(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ⏎ ')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '\ufffd')
    .replace(/\t/g, ' ');
}

export function percent(helpful: number): string {
  return `${Math.round(helpful * 100)}%`;
}

/** "2026-11-20 14:03 UTC" */
function shortTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

export interface TextReportOptions {
  since?: string | null;
  database: string;
}

export function formatTextReport(pages: readonly PageReport[], options: TextReportOptions): string {
  const votes = pages.reduce((sum, page) => sum + page.total, 0);
  const scope = options.since ? ` since ${shortTime(options.since)} UTC` : '';
  const lines = [
    `Feedback report${scope}: ${pages.length} page${pages.length === 1 ? '' : 's'}, ${votes} vote${votes === 1 ? '' : 's'}`,
    `Database: ${options.database}`,
  ];
  if (pages.length === 0) {
    lines.push('', `No votes${scope}.`);
    return `${lines.join('\n')}\n`;
  }
  lines.push('Least helpful first. Times are UTC.', '', `${'helpful'.padStart(7)} ${'yes'.padStart(6)} ${'no'.padStart(6)}  page`);
  const indent = ' '.repeat(7 + 1 + 6 + 1 + 6 + 2);
  for (const page of pages) {
    lines.push(`${percent(page.helpful).padStart(7)} ${String(page.yes).padStart(6)} ${String(page.no).padStart(6)}  ${plainText(page.page)}`);
    for (const comment of page.latestComments) {
      lines.push(`${indent}${shortTime(comment.at)} ${comment.vote.padEnd(3)} “${plainText(comment.text)}”`);
    }
    const more = page.commentCount - page.latestComments.length;
    if (more > 0) lines.push(`${indent}…and ${more} earlier comment${more === 1 ? '' : 's'}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A CSV cell (RFC 4180 quoting). Cells a spreadsheet would read as a formula get a leading
 * apostrophe (https://owasp.org/www-community/attacks/CSV_Injection).
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_COLUMNS = ['page', 'yes', 'no', 'total', 'helpful_percent', 'comments', 'last_vote_at', 'latest_comments'] as const;

export function formatCsvReport(pages: readonly PageReport[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const page of pages) {
    const comments = page.latestComments.map((c) => `${c.at} (${c.vote}): ${c.text}`).join('\n');
    rows.push(
      [page.page, page.yes, page.no, page.total, Math.round(page.helpful * 100), page.commentCount, page.lastVoteAt, comments].map(csvCell).join(','),
    );
  }
  return `${rows.join('\r\n')}\r\n`;
}
