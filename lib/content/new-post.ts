import type { CalendarDate } from "../dates";
import { slugify } from "../slug";

/** The body of a new post; `npm run check` refuses it until the editor has replaced it. */
export const bodyPlaceholder =
  "Schrijf hier je column. (Vervang deze zin: zolang hij er staat, keurt npm run check de column af.)";

/** Returns the file name and text of a new draft post with this title, dated `today`, by `author`. */
export function newPostFile(title: string, today: CalendarDate, author: string): { fileName: string; text: string } {
  const slug = slugify(title);
  if (!slug) throw new Error(`"${title}" has no letters or digits to make a file name from: give the column a title`);
  // A JSON string is a valid double-quoted YAML string, whatever quotes or colons the title holds.
  const frontMatter = [`title: ${JSON.stringify(title)}`, `date: ${today}`, `author: ${author}`, "draft: true"];
  return { fileName: `${slug}.md`, text: `---\n${frontMatter.join("\n")}\n---\n\n${bodyPlaceholder}\n` };
}
