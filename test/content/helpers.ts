import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadContent } from '@/lib/content';
import { formatProblem } from '@/lib/content/errors';

export const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/content-basic');

/** A private copy of the fixture content that a test may break in one place. */
export function fixtureCopy(): { dir: string; edit: (file: string, change: (text: string) => string) => void; write: (file: string, text: string) => void; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'mailguide-content-'));
  cpSync(FIXTURE, dir, { recursive: true });
  return {
    dir,
    edit: (file, change) => writeFileSync(path.join(dir, file), change(readFileSync(path.join(dir, file), 'utf8'))),
    write: (file, text) => writeFileSync(path.join(dir, file), text),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Load a content folder and return its problems as the lines editors see, with the folder prefix removed. */
export async function problemLines(dir: string): Promise<string[]> {
  const { problems } = await loadContent(dir);
  return problems.map((p) => formatProblem({ ...p, file: path.relative(dir, path.resolve(p.file)) }));
}
