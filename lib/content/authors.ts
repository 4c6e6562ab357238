import { splitFile } from "./front-matter";
import { parseMarkdown, renderHtml, treeDepth } from "../markdown";
import { markdownLimitProblem, maxTreeDepth } from "../markdown-limits";
import type { Problem } from "./problems";
import { authorSchema } from "./schema";
import { listMarkdownFiles, schemaProblems } from "./files";

/** An author as pages show them. */
export interface Author {
  slug: string;
  name: string;
  /** Sanitized HTML of the bio, when the file has a body. */
  bioHtml?: string;
}

/** Returns every author in `<contentDir>/authors`, by slug, and the problems found on the way. */
export function readAuthors(contentDir: string): { authors: Map<string, Author>; problems: Problem[] } {
  const authors = new Map<string, Author>();
  const problems: Problem[] = [];
  for (const { file, slug, raw } of listMarkdownFiles(contentDir, "authors", problems)) {
    const split = splitFile(file, raw);
    if (Array.isArray(split)) {
      problems.push(...split);
      continue;
    }
    const parsed = authorSchema.safeParse(split.data);
    if (!parsed.success) {
      problems.push(...schemaProblems(file, split, parsed.error.issues, Object.keys(authorSchema.shape)));
      continue;
    }
    const limit = markdownLimitProblem(split.body);
    const text = split.body.trim();
    const bio = limit || !text ? undefined : parseMarkdown(text);
    if (limit || (bio && treeDepth(bio) > maxTreeDepth)) {
      const message = limit?.message ?? `nests more than ${maxTreeDepth} levels deep`;
      problems.push({ file, line: split.bodyLine + (limit?.line ?? 1) - 1, field: "bio", message });
      continue;
    }
    authors.set(slug, { slug, name: parsed.data.name, bioHtml: bio && renderHtml(bio) });
  }
  return { authors, problems };
}
