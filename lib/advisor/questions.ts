// The advisor's questions, as data. The UI renders these; the engine never reads
// the wording, only the values. Option values are exactly what the URL carries
// (see /work/shared/DESIGN.md, "/advisor?devices=…&offline=…&organize=…&clients=…").

import type { OfflineNeed, Organization, Question, QuestionOption } from './types';

/** The highest device count the form offers; its option reads "5 or more". */
export const DEVICES_OPTION_MAX = 5;

const deviceOptions: readonly QuestionOption[] = [
  { value: '1', label: '1' },
  { value: '2', label: '2' },
  { value: '3', label: '3' },
  { value: '4', label: '4' },
  { value: '5', label: '5 or more' },
];

const offlineOptions: readonly (QuestionOption & { value: OfflineNeed })[] = [
  {
    value: 'none',
    label: 'No, I read mail when I am online',
    hint: 'Old mail can wait until you have a connection again.',
  },
  {
    value: 'recent',
    label: 'Recent mail is enough',
    hint: 'For a trip or a patchy connection, the latest messages will do.',
  },
  {
    value: 'all',
    label: 'Yes, the whole archive, always',
    hint: 'Every message, even years old, must open with no connection at all.',
  },
];

const organizeOptions: readonly (QuestionOption & { value: Organization })[] = [
  { value: 'none', label: 'I keep everything in the inbox' },
  { value: 'local', label: 'In folders on this computer only' },
  {
    value: 'server',
    label: 'In folders and with read/flag state that must match everywhere, webmail included',
  },
];

export const questions: readonly Question[] = [
  {
    id: 'devices',
    legend: 'How many devices read this mailbox?',
    hint: 'Count phones, tablets and computers. Webmail counts as one.',
    kind: 'single',
    required: true,
    options: deviceOptions,
  },
  {
    id: 'offline',
    legend: 'Must old mail be readable without a connection?',
    kind: 'single',
    required: true,
    options: offlineOptions,
  },
  {
    id: 'organize',
    legend: 'How do you organize your mail?',
    kind: 'single',
    required: true,
    options: organizeOptions,
  },
  {
    id: 'clients',
    legend: 'Which mail apps do you use?',
    hint: 'Optional. Pick every app you use and we will link its setup steps.',
    kind: 'clients',
    required: false,
    // Filled from the client registry (lib/clients) by the UI.
    options: [],
  },
];

/**
 * The devices option to mark as chosen for a device count: a link may carry
 * devices=7, which the form shows as "5 or more".
 */
export function devicesOptionValue(devices: number): string {
  if (!Number.isFinite(devices)) return '1';
  return String(Math.min(Math.max(Math.trunc(devices), 1), DEVICES_OPTION_MAX));
}
