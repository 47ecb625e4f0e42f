/**
 * Synthetic help centers for the search benchmark (and the scale test): `count` articles of ~8
 * sections each, shaped like compiled content (lib/content sections with ⟦setting⟧ placeholders),
 * so buildSearchIndex runs exactly as it does on the real site.
 *
 * Realistic on purpose, because payload size and speed depend on it: titles combine ~40 mail apps
 * with ~40 problems and ~40 tasks; headings mix stock phrases ("Before you start") with topical
 * ones; body text comes from a word-pair (Markov) model of the real articles, with app names,
 * ports and host names sprinkled in. Deterministic for a given seed.
 */
import type { IndexSource } from '../lib/search/build';
import type { Section } from '../lib/content/structure';

const APPS = [
  'Thunderbird', 'Outlook', 'Outlook for Mac', 'New Outlook', 'Apple Mail', 'iPhone Mail', 'iPad Mail', 'Samsung Email',
  'Gmail app', 'eM Client', 'Mailbird', 'Spark', 'K-9 Mail', 'FairEmail', 'BlueMail', 'Postbox', 'Evolution', 'Claws Mail',
  'Windows Mail', 'Opera Mail', 'SeaMonkey', 'Nine', 'Aqua Mail', 'Edison Mail', 'Canary Mail', 'Airmail', 'Mutt', 'Alpine',
  'Roundcube', 'Geary', 'KMail', 'Sylpheed', 'The Bat!', 'Pegasus Mail', 'Mailspring', 'Newton Mail', 'Proton Bridge', 'Kontact',
  'Betterbird', 'Superhuman',
];
const PLATFORMS = ['Windows', 'Mac', 'Linux', 'iPhone', 'iPad', 'Android', 'Chromebook', 'the web'];
const PROBLEMS = [
  'cannot send email', 'stops receiving mail', 'keeps asking for the password', 'shows a certificate warning', 'downloads duplicate messages',
  'is missing folders', 'syncs slowly', 'times out when connecting', 'says connection refused', 'bounces messages back',
  'marks everything as spam', 'loses sent mail', 'shows an empty inbox', 'cannot find the server', 'rejects the app password',
  'deletes mail from the server', 'will not open attachments', 'freezes while checking mail', 'reports the mailbox is full',
  'shows old messages as new', 'cannot move messages', 'does not show new folders', 'sends mail twice', 'loses the signature',
  'changes the sender name', 'blocks large attachments', 'drops the connection on Wi-Fi', 'shows garbled characters',
  'cannot delete messages', 'fills up the disk', 'shows a security warning', 'logs out every day', 'stops syncing contacts',
  'shows the wrong time', 'loses read status', 'cannot search old mail', 'opens the wrong account', 'uses the wrong port',
  'refuses STARTTLS', 'warns about an expired certificate',
];
const TASKS = [
  'add a signature', 'set up an auto-reply', 'turn on the vacation responder', 'create a filter', 'forward mail to another address',
  'add an alias', 'export your mailbox', 'import old mail', 'archive old messages', 'empty the trash automatically',
  'change the sync interval', 'turn on push notifications', 'use an app password', 'turn on two-factor sign-in', 'block a sender',
  'whitelist a sender', 'change the display name', 'set a default account', 'move mail between accounts', 'share a folder',
  'subscribe to folders', 'limit offline storage', 'back up contacts', 'sync the calendar', 'change the reply address',
  'remove an account', 'reset the account settings', 'compact folders', 'repair the mail database', 'read receipts',
  'send large files', 'encrypt messages', 'sign messages with S/MIME', 'set up OpenPGP', 'print an email', 'save an email as PDF',
  'recover deleted mail', 'change the outgoing port', 'switch from POP3 to IMAP', 'keep a copy on the server',
];
const STOCK_HEADINGS = [
  'Before you start', 'What you need', 'Check your settings', 'If it still does not work', 'Related articles', 'Why this happens',
  'Settings at a glance', 'On a phone or tablet', 'On a computer', 'Contact support', 'Frequently asked questions',
  'What changes for you', 'Next steps', 'Good to know', 'Test the connection', 'Common error messages', 'Known issues',
  'After the update', 'Keep your mail safe', 'Undo the change',
];
/** Headings are mostly specific to their article, as on a real help center; stock ones are a minority. */
const TOPICAL_HEADINGS: Array<(app: string, platform: string, task: string, problem: string) => string> = [
  (a) => `Check the outgoing server in ${a}`,
  (a) => `Turn on authentication in ${a}`,
  (a) => `Update the password in ${a}`,
  (a) => `Where ${a} keeps its settings`,
  (a, p) => `Reset ${a} on ${p}`,
  (a) => `If ${a} was updated recently`,
  (a) => `Use IMAP in ${a}`,
  (a) => `Ports and encryption in ${a}`,
  (_, p, t) => `${capitalize(t)} on ${p}`,
  (a, _, t) => `How to ${t} in ${a}`,
  (_, __, t) => capitalize(t),
  (a, _, __, pr) => `If ${a} ${pr}`,
  (_, p, __, pr) => `When the app ${pr} on ${p}`,
  (_, __, t) => `Why you might want to ${t}`,
];

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const SETTINGS = ['⟦smtp.port⟧', '⟦smtp.alt.port⟧', '⟦imap.port⟧', '⟦pop3.port⟧', '⟦smtp.host⟧', '⟦imap.host⟧', '⟦pop3.host⟧', '⟦smtp.security⟧', '⟦support.email⟧', '⟦quota⟧'];
const TAGS = [
  'smtp', 'imap', 'pop3', 'sending', 'receiving', 'password', 'security', 'certificate', 'spam', 'folders', 'sync', 'quota', 'storage',
  'signature', 'filters', 'forwarding', 'aliases', 'mobile', 'desktop', 'webmail', 'dns', 'domain', 'backups', 'export', 'import',
  'calendar', 'contacts', 'two-factor', 'app-passwords', 'attachments', 'encryption', 'troubleshooting', 'setup', 'ports',
];

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tos', 'vel', 'dra', 'pin', 'sor', 'qua', 'nex', 'tri', 'bel', 'cor', 'dan', 'fen', 'gil', 'hox', 'jur', 'lum', 'mar', 'nor', 'pel', 'rix', 'sil', 'tam', 'ulv', 'vor', 'wen', 'zed'];

/** The i-th made-up word: product names, jargon, the long tail real help centers have. */
function pseudoWord(i: number): string {
  let word = '';
  let n = i + SYLLABLES.length * SYLLABLES.length;
  while (n > 0) {
    word += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return word;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-');
}

/** A word-pair model of real text: the next word is drawn from the words that followed this one. */
function trainMarkov(texts: string[]): Map<string, string[]> {
  const next = new Map<string, string[]>();
  for (const text of texts) {
    const words = text.replace(/⟦[^⟧]*⟧/g, ' ').split(/\s+/).filter(Boolean);
    for (let i = 0; i + 1 < words.length; i++) {
      const list = next.get(words[i]!) ?? [];
      list.push(words[i + 1]!);
      next.set(words[i]!, list);
    }
  }
  return next;
}

export function generateCorpus(base: IndexSource, count: number, seed = 42): IndexSource {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

  const training = [...base.articles, ...base.clients].flatMap((doc) => doc.sections.map((s) => s.chunks.map((c) => c.text).join(' ')));
  const model = trainMarkov(training);
  const starts = [...model.keys()].filter((w) => /^[A-Z][a-z]+$/.test(w));

  // Real vocabularies keep growing with the site (Heaps' law): rare words, product names and
  // error codes, drawn log-uniformly so a few are common and most are rare.
  const tailSize = 30 * count;
  const rareWord = (): string => {
    const index = Math.floor(Math.pow(tailSize, random())) - 1;
    return index % 7 === 0 ? `0x${(0x80000000 + index * 2654435761).toString(16).slice(-8).toUpperCase()}` : pseudoWord(index);
  };

  const sentence = (): string => {
    let word = pick(starts);
    const words = [word];
    const length = between(8, 22);
    while (words.length < length) {
      const options = model.get(word);
      word = options ? pick(options) : pick(starts);
      words.push(word);
      if (/[.?!]$/.test(word) && words.length > 6) break;
    }
    if (random() < 0.25) words.splice(between(1, words.length - 1), 0, pick(APPS));
    if (random() < 0.12) words.splice(between(1, words.length - 1), 0, `port ${pick(SETTINGS)}`);
    if (random() < 0.35) words.splice(between(1, words.length - 1), 0, rareWord());
    const text = words.join(' ');
    return /[.?!]$/.test(text) ? text : `${text}.`;
  };
  /** A few words of the model, for headings that are neither stock nor templated. */
  const phrase = (): string =>
    sentence()
      .split(' ')
      .slice(0, between(3, 7))
      .join(' ')
      .replace(/[.,;:?!()]+/g, '');
  const paragraph = (minWords: number, maxWords: number): string => {
    const target = between(minWords, maxWords);
    const parts: string[] = [];
    let words = 0;
    while (words < target) {
      const s = sentence();
      parts.push(s);
      words += s.split(' ').length;
    }
    return parts.join(' ');
  };

  const articles: IndexSource['articles'][number][] = [];
  const usedSlugs = new Set<string>();
  for (let i = 0; i < count; i++) {
    const app = pick(APPS);
    const roll = random();
    const title =
      roll < 0.4
        ? `${app} ${pick(PROBLEMS)}`
        : roll < 0.75
          ? `How to ${pick(TASKS)} in ${app}`
          : roll < 0.9
            ? `${app} on ${pick(PLATFORMS)}: ${pick(TASKS)}`
            : `Why your mail app ${pick(PROBLEMS)}`;
    const fullTitle = random() < 0.15 ? `${title} (${rareWord()})` : title;
    let slug = slugify(fullTitle).slice(0, 60).replace(/-+$/, '');
    while (usedSlugs.has(slug)) slug = `${slug.replace(/-\d+$/, '')}-${between(2, 99999)}`;
    usedSlugs.add(slug);

    const sections: Section[] = [{ id: '', heading: '', depth: 0, chunks: [{ text: paragraph(25, 60) }] }];
    const ids = new Set<string>();
    const sectionCount = between(6, 10);
    const headings = new Set<string>();
    for (let s = 0; s < sectionCount; s++) {
      const roll = random();
      const heading =
        roll < 0.2
          ? pick(STOCK_HEADINGS)
          : roll < 0.35
            ? `Step ${s + 1}: ${pick(TASKS)}`
            : roll < 0.5
              ? capitalize(phrase())
              : pick(TOPICAL_HEADINGS)(random() < 0.7 ? app : pick(APPS), pick(PLATFORMS), pick(TASKS), pick(PROBLEMS));
      if (headings.has(heading)) continue;
      headings.add(heading);
      let id = slugify(heading);
      for (let n = 1; ids.has(id); n++) id = `${slugify(heading)}-${n}`;
      ids.add(id);
      sections.push({ id, heading, depth: random() < 0.75 ? 2 : 3, chunks: [{ text: paragraph(40, 130) }] });
    }
    const tags = [...new Set(Array.from({ length: between(2, 5) }, () => pick(TAGS)))];
    articles.push({
      slug,
      meta: {
        title: fullTitle,
        description: sentence().slice(0, 200),
        category: pick(base.categories).id,
        tags,
      },
      sections,
    });
  }
  return { provider: base.provider, categories: base.categories, articles, clients: base.clients };
}

/** Fixed queries: what customers and support agents type, typos and half-typed words included. */
export const BENCH_QUERIES = [
  'thundrbird imap',
  'outlok',
  'port 587',
  'mailbox full',
  'iphone pop',
  'outlook wont send',
  'cannot receive email',
  'certificate warning',
  'change password',
  'set up forwarding',
  'signatur',
  'spam filtr',
  'duplicate messages',
  'smtp.example.com',
  'vacation auto reply',
  'calender sync',
  'two factor app password',
  'samsng email',
  'mx records',
  'how do i back up my e-mail',
  'o',
  'ou',
  'out',
  'thunderbird keeps asking for the password',
  'connection refused',
];
