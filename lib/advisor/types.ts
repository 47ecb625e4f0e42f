// Types for the protocol advisor. The value lists are constants so that the
// questions, the URL parser and the tests all draw from one source.

import type { Protocol } from '../protocol';

/** Must old mail be readable with no connection? See /work/shared/DESIGN.md, "Answer meanings". */
export const offlineNeeds = ['none', 'recent', 'all'] as const;
export type OfflineNeed = (typeof offlineNeeds)[number];

/** Folders and read/flag state: none, only on this computer, or the same everywhere. */
export const organizations = ['none', 'local', 'server'] as const;
export type Organization = (typeof organizations)[number];

/** Inclusive bounds for the device count. Above 5 the form shows "5 or more", but a link may carry more. */
export const MIN_DEVICES = 1;
export const MAX_DEVICES = 99;

export interface Answers {
  /** How many devices read this mailbox (webmail counts as one). Integer, 1..99. */
  devices: number;
  offline: OfflineNeed;
  organize: Organization;
  /** Ids from the client registry (lib/clients). Optional; does not change the protocol. */
  clients: string[];
}

/** The answers that decide the protocol; `clients` only selects setup guides. */
export type DecidingAnswer = 'devices' | 'offline' | 'organize';
export const decidingAnswers = ['devices', 'offline', 'organize'] as const satisfies readonly DecidingAnswer[];

export interface Reason {
  /** Which answer this reason follows from, so the UI can tie it to the question. */
  answer: DecidingAnswer;
  text: string;
}

export interface KeepCopyAdvice {
  recommended: boolean;
  /** How long the app should leave a copy on the server; null means "until you delete it". */
  days: number | null;
  text: string;
}

export interface Recommendation {
  protocol: Protocol;
  /** One line, e.g. "Use IMAP: your mail stays in sync on all 3 devices." */
  verdict: string;
  reasons: Reason[];
  /** Honest sentences on why the other protocol was not chosen. */
  whyNotOther: string[];
  caveats: string[];
  /** Advice on POP3's "leave a copy on the server" setting: null for IMAP, set for POP3. */
  keepCopyOnServer: null | KeepCopyAdvice;
}

export type QuestionId = keyof Answers;

export interface QuestionOption {
  /** The value as it appears in the URL. */
  value: string;
  label: string;
  hint?: string;
}

export interface Question {
  id: QuestionId;
  legend: string;
  hint?: string;
  /**
   * 'single': pick one of `options`. 'clients': pick any number of mail apps; the
   * options come from the client registry at runtime, so `options` is empty here.
   */
  kind: 'single' | 'clients';
  /** Whether the recommendation needs this answer. */
  required: boolean;
  options: readonly QuestionOption[];
}

export function isOfflineNeed(value: unknown): value is OfflineNeed {
  return typeof value === 'string' && (offlineNeeds as readonly string[]).includes(value);
}

export function isOrganization(value: unknown): value is Organization {
  return typeof value === 'string' && (organizations as readonly string[]).includes(value);
}

export function isValidDeviceCount(value: unknown): value is number {
  return (
    typeof value === 'number' && Number.isInteger(value) && value >= MIN_DEVICES && value <= MAX_DEVICES
  );
}
