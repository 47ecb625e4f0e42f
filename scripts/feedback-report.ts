/**
 * `npm run feedback:report [-- --since <date>] [--csv [file]] [--comments <n>]`
 *
 * For staff: per page yes, no and helpful %, least helpful first, with the newest comments.
 * Reads the database named by FEEDBACK_DB (default ./data/feedback.sqlite) read-only, so it can
 * run beside the live server. There is deliberately no web page for this: it would need sign-in.
 */
import { writeFileSync } from 'node:fs';
import { feedbackDbPath } from '../lib/config';
import { formatCsvReport, formatTextReport, parseSince } from '../lib/feedback/report';
import { openFeedbackStore } from '../lib/feedback/store';

const USAGE = `usage: npm run feedback:report -- [--since <YYYY-MM-DD | ISO time>] [--csv [file]] [--comments <n>]
  --since     only votes at or after this day (UTC) or instant
  --csv       write CSV instead of the table: to the file when given, else to standard output
  --comments  newest comments listed per page (default 3; 0 for none)
  The database is FEEDBACK_DB (default ./data/feedback.sqlite).`;

interface Args {
  since: string | null;
  csv: { to: string | null } | null;
  comments: number;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Args {
  const args: Args = { since: null, csv: null, comments: 3 };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = argv[i + 1];
    const hasValue = value !== undefined && !value.startsWith('--');
    switch (flag) {
      case '--since': {
        if (!hasValue) throw new UsageError('--since needs a date, e.g. --since 2026-11-01');
        const since = parseSince(value);
        if (!since) throw new UsageError(`--since: expected a date as YYYY-MM-DD (e.g. 2026-11-01) or an ISO time (2026-11-01T09:00:00Z); got "${value}"`);
        args.since = since;
        i += 1;
        break;
      }
      case '--csv':
        args.csv = { to: hasValue ? value : null };
        if (hasValue) i += 1;
        break;
      case '--comments': {
        const n = Number(value);
        if (!hasValue || !Number.isInteger(n) || n < 0) throw new UsageError('--comments needs a whole number, e.g. --comments 5');
        args.comments = n;
        i += 1;
        break;
      }
      case '--help':
      case '-h':
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        throw new UsageError(`unknown option "${flag}"`);
    }
  }
  return args;
}

function main() {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`feedback:report: ${error.message}\n\n${USAGE}`);
      process.exit(2);
    }
    throw error;
  }
  const database = feedbackDbPath();
  const store = openFeedbackStore(database, { readonly: true });
  try {
    const pages = store.report({ since: args.since ?? undefined, commentsPerPage: args.comments });
    if (args.csv) {
      const csv = formatCsvReport(pages);
      if (args.csv.to) {
        writeFileSync(args.csv.to, csv);
        console.error(`wrote ${pages.length} page${pages.length === 1 ? '' : 's'} to ${args.csv.to}`);
      } else process.stdout.write(csv);
    } else process.stdout.write(formatTextReport(pages, { since: args.since, database }));
  } finally {
    store.close();
  }
}

try {
  main();
} catch (error) {
  console.error(`feedback:report: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
