import fs from "node:fs";
import path from "node:path";
import type { SplitFile } from "./front-matter";
import type { Problem } from "./problems";
import { slugPattern, suggestField } from "./schema";
import { slugify } from "../slug";

/** A Markdown file in a content folder, read once. */
export interface ContentFile {
  /** The path an editor recognises, like `content/posts/x.md`. */
  file: string;
  slug: string;
  raw: string;
}

const markdownExtension = /\.(md|markdown)$/;

/** Returns the Markdown files in `<contentDir>/<folder>` in name order; a missing folder has none. Bad names and duplicate slugs go to `problems`. */
export function listMarkdownFiles(contentDir: string, folder: string, problems: Problem[]): ContentFile[] {
  const dir = path.join(contentDir, folder);
  if (!fs.existsSync(dir)) return [];
  const files: ContentFile[] = [];
  const firstFileBySlug = new Map<string, string>();
  for (const name of fs.readdirSync(dir).sort()) {
    if (name.startsWith(".")) continue;
    const file = displayPath(path.join(dir, name));
    if (!markdownExtension.test(name)) {
      problems.push({ file, message: `only Markdown files ending in .md belong in ${folder}/; images go in public/` });
      continue;
    }
    const stem = name.replace(markdownExtension, "");
    const slug = slugPattern.test(stem) ? stem : slugify(stem);
    if (slug !== stem) {
      const message = `must be lowercase letters, digits and single hyphens: rename the file to ${slug || "a-title"}.md`;
      problems.push({ file, field: "file name", message });
    }
    const other = firstFileBySlug.get(slug);
    if (other) {
      problems.push({ file, field: "file name", message: `gives the slug "${slug}", which ${other} already has` });
      continue;
    }
    firstFileBySlug.set(slug, file);
    files.push({ file, slug, raw: fs.readFileSync(path.join(dir, name), "utf8") });
  }
  return files;
}

interface SchemaIssue {
  code?: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
}

/** Returns one problem per schema issue, each with its field, its line and, for an unknown field, a likely meant one. */
export function schemaProblems(
  file: string,
  split: SplitFile,
  issues: readonly SchemaIssue[],
  known: string[],
): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    if (issue.code === "unrecognized_keys" && issue.keys) {
      return issue.keys.map((key) => {
        const suggestion = suggestField(key, known);
        const hint = suggestion ? `did you mean "${suggestion}"?` : `the fields are ${known.join(", ")}`;
        return { file, line: split.fieldLines[key], field: key, message: `unknown field: ${hint}` };
      });
    }
    const field = issue.path.map(String).join(".");
    const top = String(issue.path[0] ?? "");
    return [{ file, line: split.fieldLines[top] ?? 2, field, message: issue.message }];
  });
}

function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative.startsWith("..") ? absolute : relative;
}
