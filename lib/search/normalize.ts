/**
 * One normalization for help-center vocabulary, used for the index and for every query, so that
 * "set up"/"setup", "won't"/"wont", "e-mail"/"email", "pop"/"pop3", "google mail"/"gmail",
 * "iphone"/"ios" and plurals meet in the same term whichever side wrote them.
 *
 * Pure and framework-free: the browser, the /search page, the index builder and the tests import it.
 */

import { MAX_QUERY_LENGTH } from './types';

export { MAX_QUERY_LENGTH };

/** At most this many distinct words of a query are searched; a pasted error message stays fast. */
export const MAX_QUERY_TERMS = 12;

/** Latin accents (é → e) only: marks in other scripts carry meaning and are kept. */
const COMBINING_ACCENTS = /[\u0300-\u036f]/g;
/** An apostrophe inside a word is dropped, so "won't" and "wont" are the same word. */
const INNER_APOSTROPHE = /(?<=[\p{L}\p{N}])['’ʼ`´](?=[\p{L}\p{N}])/gu;
/** A word: letters, marks and digits in any script. Everything else separates words. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** A word in the original text, inner apostrophes included ("won't"). */
const ANY_WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ`´][\p{L}\p{M}\p{N}]+)*/gu;
 
const ASCII = /^[\u0000-\u007f]*$/;
const ASCII_WORD = /[a-z0-9]+(?:['`][a-z0-9]+)*/g;

/**
 * Two-word spellings of one term. Matched on whole words after lower-casing, so "E-mail",
 * "e mail" and "Set-up" become "email" and "setup".
 */
const PHRASES: ReadonlyArray<readonly [string, string, string]> = [
  ['e', 'mail', 'email'],
  ['e', 'mails', 'email'],
  ['set', 'up', 'setup'],
  ['back', 'up', 'backup'],
  ['log', 'in', 'login'],
  ['log', 'on', 'login'],
  ['sign', 'in', 'login'],
  ['google', 'mail', 'gmail'],
  ['pop', '3', 'pop3'],
  ['imap', '4', 'imap'],
  ['two', 'factor', '2fa'],
  ['2', 'factor', '2fa'],
  ['wi', 'fi', 'wifi'],
  ['mac', 'os', 'macos'],
  ['os', 'x', 'macos'],
];
const PHRASE_FIRST = new Set(PHRASES.map(([first]) => first));
const PHRASE_SECOND = new Set(PHRASES.map(([, second]) => second));

/** One-word synonyms and spellings, mapped to the term the index uses. */
const SYNONYMS: Readonly<Record<string, string>> = {
  pop: 'pop3',
  imap4: 'imap',
  googlemail: 'gmail',
  iphone: 'ios',
  ipad: 'ios',
  ipados: 'ios',
  signin: 'login',
  logon: 'login',
  osx: 'macos',
  mac: 'macos',
  twofactor: '2fa',
  mfa: '2fa',
  // Every way of saying "does not" is one word, and a common one (see STOP_WORDS): "outlook won't
  // send" and "outlook cannot send" both search for "outlook send".
  wont: 'not',
  cant: 'not',
  cannot: 'not',
  dont: 'not',
  doesnt: 'not',
  didnt: 'not',
  isnt: 'not',
  arent: 'not',
  wasnt: 'not',
  couldnt: 'not',
  wouldnt: 'not',
  shouldnt: 'not',
  havent: 'not',
};

/** Words too common to tell pages apart; dropped from the index and from queries. */
const STOP_WORDS = new Set(
  (
    'a about after all also am an and any are as at be been before being but by can could did do does doing ' +
    'each for from get got had has have having he her here him his how i if in into is it its just me more ' +
    'most my no nor not now of off on once only or other our out over own same she should so some such than ' +
    'that the their them then there these they this those through to too under until up very was we were ' +
    'versus vs what when where which while who whom why will with would you your yours'
  ).split(' '),
);

/**
 * A light plural stemmer: "settings" → "setting", "mailboxes" → "mailbox", "replies" → "reply".
 * It only ever removes an ending, so a word cut short while typing stays a prefix of its stem.
 * Endings that are not plurals (status, analysis, ios, address) and words with digits stay.
 */
export function stem(word: string): string {
  const n = word.length;
  if (n <= 3 || word.charCodeAt(n - 1) !== 115 /* s */ || /\d/.test(word)) return word;
  const before = word.charCodeAt(n - 2);
  // ss, us, is, os
  if (before === 115 || before === 117 || before === 105 || before === 111) return word;
  if (word.endsWith('ies') && n > 4) return `${word.slice(0, -3)}y`;
  // boxes, addresses, pushes, matches, buzzes (but caches and sizes lose only the s)
  if (word.endsWith('xes') || word.endsWith('sses') || word.endsWith('shes') || word.endsWith('zzes')) return word.slice(0, -2);
  if (word.endsWith('ches') && !'aeiou'.includes(word.charAt(n - 5))) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** Folded word → term. Words repeat a lot (index building normalizes every heading); bounded for long-running servers. */
const canonicalMemo = new Map<string, string>();

function canonical(word: string): string {
  let term = canonicalMemo.get(word);
  if (term === undefined) {
    // A stop word is checked before and after stemming: "does" must not survive as "doe".
    if (STOP_WORDS.has(word)) return '';
    const mapped = SYNONYMS[word] ?? word;
    const stemmed = stem(mapped);
    term = SYNONYMS[stemmed] ?? stemmed;
    if (STOP_WORDS.has(term)) term = '';
    if (canonicalMemo.size >= 50_000) canonicalMemo.clear();
    canonicalMemo.set(word, term);
  }
  return term;
}

/** Lower-case, strip accents and inner apostrophes: the form words are split from. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_ACCENTS, '').toLowerCase().replace(INNER_APOSTROPHE, '');
}

/** A word as it appears in a text, with its position, for highlighting. */
export interface WordSpan {
  start: number;
  end: number;
  /** The normalized term, or '' for a stop word. */
  term: string;
}

/** Called for each word of a text: its position in the original text and its folded form. */
type WordVisitor = (start: number, end: number, folded: string) => void;

function scanWords(text: string, visit: WordVisitor): void {
  if (ASCII.test(text)) {
    // Fast path for the common case: lower-casing ASCII keeps every position.
    const lower = text.toLowerCase();
    ASCII_WORD.lastIndex = 0;
    for (let match = ASCII_WORD.exec(lower); match; match = ASCII_WORD.exec(lower)) {
      const word = match[0];
      visit(match.index, match.index + word.length, word.includes("'") || word.includes('`') ? word.replace(/['`]/g, '') : word);
    }
    return;
  }
  for (const match of text.matchAll(ANY_WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    for (const part of foldText(match[0]).match(WORD) ?? []) visit(start, end, part);
  }
}

/**
 * Words of a text as terms, in order: two-word phrases ("set up") become one term spanning both
 * words; stop words come through as ''. Positions refer to the original text.
 */
function scanTerms(text: string, emit: (start: number, end: number, term: string) => void): void {
  // One word of look-behind, to join phrases.
  let pendingStart = -1;
  let pendingEnd = -1;
  let pendingWord = '';
  scanWords(text, (start, end, folded) => {
    if (pendingStart >= 0) {
      if (PHRASE_SECOND.has(folded)) {
        const phrase = PHRASES.find(([first, second]) => first === pendingWord && second === folded);
        if (phrase) {
          emit(pendingStart, end, phrase[2]);
          pendingStart = -1;
          return;
        }
      }
      emit(pendingStart, pendingEnd, canonical(pendingWord));
      pendingStart = -1;
    }
    if (PHRASE_FIRST.has(folded)) {
      pendingStart = start;
      pendingEnd = end;
      pendingWord = folded;
    } else emit(start, end, canonical(folded));
  });
  if (pendingStart >= 0) emit(pendingStart, pendingEnd, canonical(pendingWord));
}

/**
 * Words of a text with their positions and normalized terms, for highlighting. Two-word phrases
 * ("set up") become one span covering both words. Positions refer to the original text.
 */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  scanTerms(text, (start, end, term) => spans.push({ start, end, term }));
  return spans;
}

/** The normalized terms of a text, stop words removed, in order (duplicates kept). */
export function normalizeTerms(text: string): string[] {
  const terms: string[] = [];
  scanTerms(text, (_, __, term) => {
    if (term) terms.push(term);
  });
  return terms;
}

/** The normalized form of a text as one string: what the index stores and Fuse reads. */
export function normalizeText(text: string): string {
  return normalizeTerms(text).join(' ');
}

/** Why a query has nothing to search for, so the page can answer in plain words. */
export type QueryProblem = 'empty' | 'no-words' | 'only-common-words';

export interface PreparedQuery {
  /** The query as searched: trimmed, spaces collapsed, control characters removed, cut to MAX_QUERY_LENGTH. */
  text: string;
  /** True when the reader's query was longer than MAX_QUERY_LENGTH and was cut. */
  truncated: boolean;
  /** Distinct normalized terms, at most MAX_QUERY_TERMS. */
  terms: string[];
  /** True when the text ends in a word (no trailing space): the last of `terms` may be half typed. */
  lastIsPartial: boolean;
  problem: QueryProblem | null;
}

/** Clean a raw query (from a URL or a text field) and normalize it the same way as the index. */
export function prepareQuery(raw: unknown): PreparedQuery {
  const input = typeof raw === 'string' ? raw : '';
   
  const cleaned = input.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').replace(/\s+/g, ' ');
  const trimmed = cleaned.trim();
  const truncated = trimmed.length > MAX_QUERY_LENGTH;
  // Cut on a character boundary: never split a surrogate pair.
  const text = truncated ? Array.from(trimmed).slice(0, MAX_QUERY_LENGTH).join('').trim() : trimmed;
  if (!text) return { text, truncated, terms: [], lastIsPartial: false, problem: 'empty' };
  const spans = wordSpans(text);
  if (spans.length === 0) return { text, truncated, terms: [], lastIsPartial: false, problem: 'no-words' };
  let terms = [...new Set(spans.map((s) => s.term).filter(Boolean))].slice(0, MAX_QUERY_TERMS);
  // The reader may still be typing the last word ("thund"): it is searched as a prefix too.
  const lastTerm = spans[spans.length - 1]?.term ?? '';
  const lastIsPartial = lastTerm !== '' && !truncated && /[\p{L}\p{M}\p{N}]$/u.test(cleaned) && terms.includes(lastTerm);
  if (lastIsPartial) terms = [...terms.filter((t) => t !== lastTerm), lastTerm];
  return { text, truncated, terms, lastIsPartial, problem: terms.length === 0 ? 'only-common-words' : null };
}
