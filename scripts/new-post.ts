// npm run new-post -- "Titel van de column": writes content/posts/<slug>.md as a draft, never over an existing file.
import fs from "node:fs";
import path from "node:path";
import { todayInAmsterdam } from "../lib/dates";
import { newPostFile } from "../lib/content/new-post";
import { site } from "../lib/site";

const title = process.argv.slice(2).join(" ").trim();
if (!title) {
  console.error('Give the title: npm run new-post -- "Titel van de column"');
  process.exit(1);
}

const { fileName, text } = newPostFile(title, todayInAmsterdam(), site.defaultAuthor);
const file = path.join(site.contentDir, "posts", fileName);
const shown = path.relative(process.cwd(), file);
fs.mkdirSync(path.dirname(file), { recursive: true });
try {
  // "wx" fails when the file exists: an editor's column is never overwritten.
  fs.writeFileSync(file, text, { flag: "wx" });
} catch (error) {
  if (error instanceof Error && "code" in error && error.code === "EEXIST") {
    console.error(`${shown} already exists: choose another title, or edit that file.`);
    process.exit(1);
  }
  throw error;
}
console.log(`Created ${shown} as a draft. Write the column in it, then run npm run check.`);
