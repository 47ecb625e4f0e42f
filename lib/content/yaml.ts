import { LineCounter, parseDocument, type Node } from 'yaml';
import { z } from 'zod';
import type { ContentProblem } from './errors';

/** YAML parsed with enough position information to point an editor at the right line. */
export interface LocatedYaml {
  data: unknown;
  /** 1-based line in the file of the value at `path` (or of its nearest existing parent). */
  lineOf(path: readonly PropertyKey[]): number;
}

/**
 * Parse YAML text that starts at `firstLine` of `file`. Returns problems instead of throwing,
 * so that every mistake in a file can be reported in one run.
 */
export function parseLocatedYaml(
  text: string,
  file: string,
  firstLine = 1,
): { ok: true; yaml: LocatedYaml } | { ok: false; problems: ContentProblem[] } {
  const lineCounter = new LineCounter();
  // YAML 1.2 core schema: dates stay strings (we validate them ourselves), `no` stays a string.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, version: '1.2' });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => ({
        file,
        line: firstLine - 1 + errorLine(text, error.pos[0], error.message, lineCounter),
        message: /end with a \]/.test(error.message)
          ? 'the settings at the top of the file are not valid YAML: a list that starts with [ must end with ] on the same line, e.g. tags: [smtp, sending]'
          : `the settings at the top of the file are not valid YAML: ${firstSentence(error.message)}`,
      })),
    };
  }
  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as Node | undefined;
      const offset = node?.range?.[0];
      if (typeof offset === 'number') {
        // A value starts on its key's line (block lists and maps on the next one): close enough for editors.
        return firstLine - 1 + lineCounter.linePos(offset).line;
      }
    }
    return firstLine;
  };
  return { ok: true, yaml: { data: doc.toJS({ maxAliasCount: 50 }) ?? {}, lineOf } };
}

/**
 * The line to show for a YAML error. The parser notices an unclosed [list] or {map} only where
 * it ends up (often the next field); the editor's mistake is on the line that opened it.
 */
function errorLine(text: string, offset: number, message: string, lineCounter: LineCounter): number {
  const line = lineCounter.linePos(offset).line;
  const bracket = /end with a ([\]}])/.exec(message)?.[1];
  if (!bracket) return line;
  const open = bracket === ']' ? '[' : '{';
  const lines = text.split('\n');
  for (let index = Math.min(line, lines.length) - 1; index >= 0; index--) {
    const content = lines[index] ?? '';
    if (content.split(open).length > content.split(bracket).length) return index + 1;
  }
  return line;
}

function firstSentence(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '');
}

/** Turn zod issues into editor-friendly problems: `"category": expected one of …; got "x"`. */
export function zodProblems(error: z.ZodError, file: string, yaml: LocatedYaml): ContentProblem[] {
  return error.issues.map((issue) => {
    // For an unknown key, point at the key itself rather than at its parent.
    const path = issue.code === 'unrecognized_keys' && issue.keys[0] ? [...issue.path, issue.keys[0]] : issue.path;
    const field = issue.path.length > 0 ? `"${issue.path.map(String).join('.')}"` : 'frontmatter';
    return { file, line: yaml.lineOf(path), message: `${field}: ${describeIssue(issue, yaml, path)}` };
  });
}

function describeIssue(issue: z.core.$ZodIssue, yaml: LocatedYaml, path: readonly PropertyKey[]): string {
  const input = valueAt(yaml.data, path);
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return `is missing (expected ${issue.expected === 'array' ? 'a list' : issue.expected === 'string' ? 'text' : issue.expected})`;
      return `expected ${issue.expected === 'array' ? 'a list' : issue.expected === 'string' ? 'text' : issue.expected}, got ${describeValue(input)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join(', ')}; got ${describeValue(input)}`;
    case 'too_big':
      return typeof input === 'string'
        ? `must be at most ${String(issue.maximum)} characters (it has ${input.length})`
        : `must be at most ${String(issue.maximum)}${Array.isArray(input) ? ' items' : ''}`;
    case 'too_small':
      if (typeof input === 'string') return input.length === 0 ? 'must not be empty' : `must be at least ${String(issue.minimum)} characters`;
      return Array.isArray(input) ? `needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}` : `must be at least ${String(issue.minimum)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling; see content/README.md)`;
    default:
      return issue.message;
  }
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function describeValue(value: unknown): string {
  if (value === null) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  return String(value);
}
