/** One thing wrong in a content file, as an editor needs to hear it. */
export interface Problem {
  file: string;
  line?: number;
  field?: string;
  message: string;
}

/** Returns `content/posts/x.md:3: date: must be …`, the line and field left out when unknown. */
export function formatProblem({ file, line, field, message }: Problem): string {
  return `${file}${line ? `:${line}` : ""}: ${field ? `${field}: ` : ""}${message}`;
}

/** Thrown when content has problems: its message lists every one, one per line. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super(`Content has ${count}:\n${problems.map(formatProblem).join("\n")}`);
    this.name = "ContentError";
    this.problems = problems;
  }
}
