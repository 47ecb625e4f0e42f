// The advisor's state is its URL (DESIGN.md, rule 7 and the /advisor contract):
//   /advisor?devices=<n>&offline=<none|recent|all>&organize=<none|local|server>&clients=<id,id>
// Old links live in support tickets, so parsing never throws: anything unknown or
// malformed leaves that question blank and comes back as a customer-facing problem.
// Messages never echo raw input except a client id made only of [a-z0-9-], so no
// markup from a crafted link can reach the page through them.

import {
  isOfflineNeed,
  isOrganization,
  isValidDeviceCount,
  MAX_DEVICES,
  MIN_DEVICES,
  type Answers,
  type OfflineNeed,
  type Organization,
} from './types';

export type AdvisorParam = 'devices' | 'offline' | 'organize' | 'clients';

export interface Problem {
  param: AdvisorParam;
  /** Plain text for the customer; safe to render, never contains raw input markup. */
  message: string;
}

/** What Next.js hands a page as `searchParams` (once awaited), or a URLSearchParams. */
export type AdvisorSearchParams =
  | URLSearchParams
  | Readonly<Record<string, string | readonly string[] | undefined>>;

export type PartialAnswers = Partial<Answers> & { clients: string[] };

export type ParsedAdvisorParams =
  | { answers: Answers; complete: true; problems: Problem[] }
  | { answers: PartialAnswers; complete: false; problems: Problem[] };

/** Longer values are not read at all (and never echoed). */
export const MAX_PARAM_LENGTH = 200;
/** A client id named in a problem message is cut to this many characters. */
export const MAX_ECHOED_ID_LENGTH = 40;
/** Unknown client ids named one by one; the rest are counted. */
const MAX_NAMED_UNKNOWN_CLIENTS = 3;

const questionInWords: Record<AdvisorParam, string> = {
  devices: 'how many devices you use',
  offline: 'whether you need old mail without a connection',
  organize: 'how you organize your mail',
  clients: 'which mail apps you use',
};

function notUnderstood(param: AdvisorParam): Problem {
  return { param, message: `We could not read ${questionInWords[param]}, so that question is blank again.` };
}

function repeated(param: AdvisorParam): Problem {
  return {
    param,
    message: `The link gave more than one answer for ${questionInWords[param]}, so we used the first one.`,
  };
}

function isSearchParamsLike(params: AdvisorSearchParams): params is URLSearchParams {
  return typeof (params as { getAll?: unknown }).getAll === 'function';
}

function readAll(params: AdvisorSearchParams, name: AdvisorParam): string[] {
  if (isSearchParamsLike(params)) return params.getAll(name);
  if (!Object.prototype.hasOwnProperty.call(params, name)) return [];
  const value = params[name];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/** devices: 1..99 written with ASCII digits only, so '-1', '1e99', '2.5', ' 3' and '' are refused. */
function parseDevices(raw: string): number | undefined {
  if (!/^[0-9]{1,2}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= MIN_DEVICES && n <= MAX_DEVICES ? n : undefined;
}

function parseSingle<T>(
  params: AdvisorSearchParams,
  name: AdvisorParam,
  read: (raw: string) => T | undefined,
  problems: Problem[],
): T | undefined {
  const values = readAll(params, name);
  const first = values[0];
  if (first === undefined) return undefined; // not answered yet: no problem
  if (values.length > 1) problems.push(repeated(name));
  const value = first.length > MAX_PARAM_LENGTH ? undefined : read(first);
  if (value === undefined) problems.push(notUnderstood(name));
  return value;
}

/** How a dropped client id is named to the customer: only when it is plainly harmless. */
function describeUnknownClient(id: string): string | undefined {
  if (!/^[a-z0-9-]+$/.test(id)) return undefined;
  return id.length > MAX_ECHOED_ID_LENGTH ? `${id.slice(0, MAX_ECHOED_ID_LENGTH)}…` : id;
}

function parseClients(
  params: AdvisorSearchParams,
  knownClientIds: readonly string[],
  problems: Problem[],
): string[] {
  const known = new Set(knownClientIds);
  const clients: string[] = [];
  const seen = new Set<string>();
  const unknown = new Set<string>();
  let tooLong = false;

  // Both clients=a,b and clients=a&clients=b (what a GET form with checkboxes sends).
  for (const value of readAll(params, 'clients')) {
    if (value.length > MAX_PARAM_LENGTH) {
      tooLong = true;
      continue;
    }
    for (const part of value.split(',')) {
      const id = part.trim();
      if (id === '') continue;
      if (!known.has(id)) unknown.add(id);
      else if (!seen.has(id)) {
        seen.add(id);
        clients.push(id);
      }
    }
  }

  if (tooLong) {
    problems.push({
      param: 'clients',
      message: 'We could not read part of the list of mail apps you use, so we left that part out.',
    });
  }

  // Name a few harmless ids one by one; count the rest (including any that are not harmless).
  const named = [...unknown]
    .map(describeUnknownClient)
    .filter((shown): shown is string => shown !== undefined)
    .slice(0, MAX_NAMED_UNKNOWN_CLIENTS);
  const messages = new Set<string>();
  for (const shown of named) messages.add(`We do not know a mail app called "${shown}", so we left it out.`);
  const rest = unknown.size - named.length;
  const names = (n: number): string => (n === 1 ? 'name' : 'names');
  if (rest > 0 && named.length === 0) {
    messages.add(
      rest === 1
        ? 'We left out an unknown app name from the list of mail apps you use.'
        : `We left out ${rest} unknown app names from the list of mail apps you use.`,
    );
  } else if (rest > 0) {
    messages.add(`We also left out ${rest} more unknown app ${names(rest)} from the list of mail apps you use.`);
  }
  for (const message of messages) problems.push({ param: 'clients', message });

  return clients;
}

/**
 * Read the advisor's answers from a URL's query. Never throws. Unknown params are
 * ignored; every other oddity blanks that question and adds a problem to show the reader.
 * `complete` is true when devices, offline and organize are all valid; `answers` is then
 * a full `Answers` ready for `recommend`.
 */
export function parseAdvisorParams(
  params: AdvisorSearchParams,
  knownClientIds: readonly string[],
): ParsedAdvisorParams {
  const problems: Problem[] = [];
  const devices = parseSingle(params, 'devices', parseDevices, problems);
  const offline = parseSingle<OfflineNeed>(params, 'offline', (raw) => (isOfflineNeed(raw) ? raw : undefined), problems);
  const organize = parseSingle<Organization>(
    params,
    'organize',
    (raw) => (isOrganization(raw) ? raw : undefined),
    problems,
  );
  const clients = parseClients(params, knownClientIds, problems);

  if (devices !== undefined && offline !== undefined && organize !== undefined) {
    return { answers: { devices, offline, organize, clients }, complete: true, problems };
  }
  const answers: PartialAnswers = { clients };
  if (devices !== undefined) answers.devices = devices;
  if (offline !== undefined) answers.offline = offline;
  if (organize !== undefined) answers.organize = organize;
  return { answers, complete: false, problems };
}

/**
 * The canonical query for a set of answers, without the leading '?':
 * `devices=3&offline=all&organize=server&clients=a,b`. Missing answers and an empty
 * client list are left out; the commas between client ids stay unescaped. Values that
 * `parseAdvisorParams` would refuse (devices 0, an id with a comma, …) are left out too,
 * so the result always reads back without problems (given the same known client ids).
 */
export function serializeAdvisorParams(answers: Partial<Answers>): string {
  const parts: string[] = [];
  if (isValidDeviceCount(answers.devices)) parts.push(`devices=${answers.devices}`);
  if (isOfflineNeed(answers.offline)) parts.push(`offline=${answers.offline}`);
  if (isOrganization(answers.organize)) parts.push(`organize=${answers.organize}`);
  const clients = [...new Set(answers.clients ?? [])].filter(
    (id) => id !== '' && id === id.trim() && !id.includes(','),
  );
  if (clients.length > 0) parts.push(`clients=${clients.map(encodeURIComponent).join(',')}`);
  return parts.join('&');
}
