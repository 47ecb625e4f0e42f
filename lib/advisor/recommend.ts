// The advisor engine: answers in, recommendation out. Pure and deterministic:
// no I/O, no clock, no environment. The wording follows how Mozilla, Fastmail,
// Google and Microsoft support frame the choice (summarised with sources in
// shared/reference/mail-facts.md), in our own plain words.
//
// The rules, in order:
//   1. two or more devices                      -> IMAP (POP3 scatters mail across devices)
//   2. folders/read state the same everywhere  -> IMAP (only IMAP keeps them on the server)
//   3. one device and the whole archive offline -> POP3, keeping a copy on the server for a while
//   4. anything else                             -> IMAP, the default most sources recommend
// Because POP3 is only reached with exactly one device and organize !== 'server', adding
// devices or switching organize to 'server' can never turn IMAP into POP3.

import {
  isOfflineNeed,
  isOrganization,
  isValidDeviceCount,
  MAX_DEVICES,
  MIN_DEVICES,
  type Answers,
  type Reason,
  type Recommendation,
} from './types';
import type { Protocol } from '../protocol';

/** How long we suggest a POP3 app leaves a copy on the server, as a safety net. */
export const KEEP_COPY_DAYS = 14;

/**
 * Which protocol the answers call for. Exported so the UI can, for example,
 * preview a choice, but `recommend` is what pages should render.
 */
export function chooseProtocol(answers: Pick<Answers, 'devices' | 'offline' | 'organize'>): Protocol {
  if (answers.devices >= 2) return 'imap';
  if (answers.organize === 'server') return 'imap';
  if (answers.offline === 'all') return 'pop3';
  return 'imap';
}

/**
 * Recommend IMAP or POP3 for a set of answers.
 *
 * Throws a TypeError when an answer is outside its type (for example devices 0 or 2.5):
 * that is a bug in the caller, since `parseAdvisorParams` only hands out valid answers.
 * `clients` does not change the protocol; it only selects which setup guides to show.
 */
export function recommend(answers: Answers): Recommendation {
  assertAnswers(answers);
  return chooseProtocol(answers) === 'pop3' ? recommendPop3(answers) : recommendImap(answers);
}

function assertAnswers(answers: Answers): void {
  if (!isValidDeviceCount(answers.devices)) {
    throw new TypeError(
      `recommend: "devices" must be an integer from ${MIN_DEVICES} to ${MAX_DEVICES}, got ${String(answers.devices)}`,
    );
  }
  if (!isOfflineNeed(answers.offline)) {
    throw new TypeError(`recommend: "offline" must be none, recent or all, got ${String(answers.offline)}`);
  }
  if (!isOrganization(answers.organize)) {
    throw new TypeError(`recommend: "organize" must be none, local or server, got ${String(answers.organize)}`);
  }
}

function allDevices(devices: number): string {
  return devices === 2 ? 'both your devices' : `all ${devices} devices`;
}

function recommendImap(answers: Answers): Recommendation {
  const { devices, offline, organize } = answers;
  const manyDevices = devices >= 2;
  const serverFolders = organize === 'server';

  const verdict = manyDevices
    ? `Use IMAP: your mail stays in sync on ${allDevices(devices)}.`
    : serverFolders
      ? 'Use IMAP: your folders and read/flag state stay the same everywhere, webmail included.'
      : 'Use IMAP: your mail stays safe on the server and ready for any device you add later.';

  // The answers that decided come first, then the ones that merely fit.
  const reasons: Reason[] = [];
  if (manyDevices) {
    reasons.push({
      answer: 'devices',
      text:
        `You read this mailbox on ${devices} devices. With IMAP your mail stays on the server, so every ` +
        'device shows the same messages, the same sent mail and the same folders.',
    });
  }
  if (serverFolders) {
    reasons.push({
      answer: 'organize',
      text:
        'You want folders and read/flag state to match everywhere. IMAP keeps them on the server, so a ' +
        'message you file, read or flag in one app looks the same in every other app and in webmail.',
    });
  }
  if (!manyDevices) {
    reasons.push({
      answer: 'devices',
      text:
        'You use one device today. IMAP works just as well on one device, and if you add a phone or ' +
        'open webmail later, all your mail is already there.',
    });
  }
  if (offline === 'none') {
    reasons.push({
      answer: 'offline',
      text: 'You do not need old mail without a connection, so keeping it on the server costs you nothing.',
    });
  } else if (offline === 'recent') {
    reasons.push({
      answer: 'offline',
      text:
        'Recent mail offline is covered: your mail app keeps a copy of the mail it has synced, so you can ' +
        'read it without a connection.',
    });
  }
  if (organize === 'none') {
    reasons.push({
      answer: 'organize',
      text:
        'You keep everything in the inbox. With IMAP that inbox stays on the server, so it survives if a ' +
        'device is lost or replaced.',
    });
  } else if (organize === 'local') {
    reasons.push({
      answer: 'organize',
      text:
        'Folders work with IMAP too. The folders you make in your app are kept on the server, so they ' +
        'survive if this computer is replaced.',
    });
  }

  const whyNotOther: string[] = [];
  if (manyDevices) {
    whyNotOther.push(
      'POP3 moves each message to whichever device checks first, so your mail would be scattered across ' +
        'your devices or downloaded several times, and sent mail would stay on the device that sent it.',
    );
  }
  if (serverFolders) {
    whyNotOther.push(
      'POP3 cannot keep folders or read/flag state on the server: it only downloads the inbox, and what ' +
        'you change in your app never reaches webmail or your other devices.',
    );
  }
  if (offline === 'all') {
    whyNotOther.push(
      manyDevices
        ? 'POP3 would keep your whole archive readable offline, but only on the one device that downloads ' +
            'it; your other devices would not have it.'
        : 'POP3 would keep your whole archive readable offline, but your folders and read/flag state would ' +
            'then live on this device only and no longer match in webmail.',
    );
  }
  if (whyNotOther.length === 0) {
    whyNotOther.push(
      'POP3 would move your mail off the server onto this one device. You would have to back it up ' +
        'yourself, and adding a phone or using webmail later would be awkward. Since you do not need your ' +
        'whole archive offline, that trade is not worth it.',
    );
  }

  const caveats: string[] = [
    'All your mail stays on the server and counts against your mailbox quota. Empty the trash and clear ' +
      'out large old messages now and then so the mailbox does not fill up.',
    offline === 'all'
      ? 'You asked for your whole archive offline. With IMAP, offline reading works from your app\'s cache: ' +
        'many apps can be set to keep a full copy on the device (look in its offline or sync settings), but ' +
        'anything the app has not synced yet needs a connection.'
      : 'Offline reading works from your app\'s cache: recent mail, or whatever your app has synced, opens ' +
        'without a connection; older messages need one.',
    'Deleting a message on one device deletes it everywhere, webmail included, because every device shows ' +
      'the same mailbox.',
  ];

  return { protocol: 'imap', verdict, reasons, whyNotOther, caveats, keepCopyOnServer: null };
}

function recommendPop3(answers: Answers): Recommendation {
  const days = KEEP_COPY_DAYS;

  const reasons: Reason[] = [
    {
      answer: 'devices',
      text:
        'Only one device reads this mailbox, so there is nothing to keep in sync. That device can hold the ' +
        'whole archive itself, which also frees space on the server.',
    },
    {
      answer: 'offline',
      text:
        'You need your whole archive readable without a connection. POP3 downloads every message to this ' +
        'device, so all of it opens with no connection at all.',
    },
    answers.organize === 'local'
      ? {
          answer: 'organize',
          text:
            'You sort mail into folders on this computer only. That works with POP3: your app files the ' +
            'downloaded mail into its own folders.',
        }
      : {
          answer: 'organize',
          text: 'You keep everything in the inbox, and the inbox is exactly what POP3 downloads.',
        },
  ];

  const whyNotOther = [
    'IMAP would also work, but it keeps all your mail on the server, where it counts against your quota, ' +
      'and offline reading would depend on how much your app has synced. With one device and the whole ' +
      'archive needed offline, POP3 is the simpler fit.',
  ];

  const caveats = [
    'Your mail will live on this one device. Back it up regularly: if the device is lost, broken or ' +
      'replaced without a backup, that mail is gone.',
    'Sent mail and folders stay on this device; they are not copied back to the server.',
    'Webmail will not show messages that were downloaded and then removed from the server.',
    'POP3 downloads only your inbox. Mail that a server-side filter sorts into another folder is not ' +
      'downloaded.',
    `If you leave a copy on the server for ${days} days, those messages count against your mailbox quota ` +
      'until they are removed, and any other app that also collects this mailbox with POP3 downloads them ' +
      'again, so you get duplicates.',
    'If you add a second device or start using webmail, switch to IMAP: with POP3 each device would get ' +
      'only part of your mail.',
  ];

  return {
    protocol: 'pop3',
    verdict: 'Use POP3: your whole archive lives on this one device and opens without a connection.',
    reasons,
    whyNotOther,
    caveats,
    keepCopyOnServer: {
      recommended: true,
      days,
      text:
        `Turn on your app's "Leave a copy of messages on the server" setting and have it remove them after ` +
        `${days} days. That gives you a ${days}-day safety net: if this device fails before your next ` +
        'backup, recent mail can still be downloaded again. The trade-off: until they are removed, those ' +
        'copies count against your mailbox quota, and if another app also collects this mailbox with POP3 ' +
        'it will download them too, so you get duplicates.',
    },
  };
}
