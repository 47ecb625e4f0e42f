/** A mistake in a content file, reported to editors as `file:line: message`. */
export interface ContentProblem {
  /** Path relative to the project (or to the content folder's parent), e.g. content/articles/x.mdx */
  file: string;
  line?: number;
  message: string;
}

export function formatProblem(problem: ContentProblem): string {
  return problem.line ? `${problem.file}:${problem.line}: ${problem.message}` : `${problem.file}: ${problem.message}`;
}

/** Thrown when content cannot be published; carries every problem found, not just the first. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    const shown = problems.slice(0, 50).map(formatProblem);
    const more = problems.length > 50 ? `\n…and ${problems.length - 50} more` : '';
    super(
      `Content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${shown.join('\n')}${more}\n` +
        'Fix the files above (see content/README.md), then run `npm run content:check`.',
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
