// The build's search step (npm run build runs it before next build): writes the Pagefind index of every published
// column to public/pagefind/, where npm start serves it and the static export copies it from.
// npm run search-index [-- <content folder>]
import path from "node:path";
import { readContentOnce } from "../lib/content/snapshot";
import { isPublished } from "../lib/content/posts";
import { writeSearchIndex } from "../lib/outputs/search-index";
import { searchIndexDir } from "../lib/outputs/search";
import { site } from "../lib/site";

const contentDir = process.argv[2] ? path.resolve(process.argv[2]) : site.contentDir;
const started = performance.now();
// Drafts and scheduled posts are never indexed, not even in npm run dev.
const posts = readContentOnce(contentDir).posts.filter(isPublished);
const { columns, bytes } = await writeSearchIndex(posts, searchIndexDir);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `Search index: ${columns} ${columns === 1 ? "column" : "columns"}, ${(bytes / 1024).toFixed(0)} KB in ` +
    `${path.relative(process.cwd(), searchIndexDir)}/ (${seconds} s).`,
);
