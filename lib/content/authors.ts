import { splitFile } from "./front-matter";
import { parseMarkdown, renderHtml } from "../markdown";
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
    const bio = split.body.trim();
    authors.set(slug, { slug, name: parsed.data.name, bioHtml: bio ? renderHtml(parseMarkdown(bio)) : undefined });
  }
  return { authors, problems };
}
