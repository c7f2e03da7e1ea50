/** A problem in one content file, located precisely enough to fix it. */
export interface ContentProblem {
  /** Path relative to the project, e.g. `content/articles/foo.md`. */
  file: string;
  /** 1-based line of the offending front-matter key, when known. */
  line?: number;
  /** Front-matter key or registry field, e.g. `date`, `image.alt`. */
  field?: string;
  message: string;
}

/** `content/articles/foo.md:4: date: « 2025-13-45 » n’est pas une date valide` */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return problem.field ? `${where}: ${problem.field}: ${problem.message}` : `${where}: ${problem.message}`;
}

export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const count = problems.length;
    super(
      `${count} problème${count > 1 ? "s" : ""} dans le contenu :\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join("\n"),
    );
    this.name = "ContentError";
    this.problems = problems;
  }
}
