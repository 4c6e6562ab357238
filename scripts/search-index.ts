// npm run search-index [-- <content folder>]: writes the Pagefind index of every published column to
// public/pagefind/, where npm start serves it and the static export copies it from. npm run build does this too.
import path from "node:path";

// The folder is configuration (lib/site.ts), read when that module loads: set it first.
if (process.argv[2]) process.env.CONTENT_DIR = path.resolve(process.argv[2]);
const { getContent } = await import("../lib/content/load");
const { isPublished } = await import("../lib/content/posts");
const { writeSearchIndex } = await import("../lib/outputs/search-index");
const { searchIndexDir } = await import("../lib/outputs/search");

const started = performance.now();
// Drafts and scheduled posts are never indexed, not even in npm run dev.
const { columns, bytes } = await writeSearchIndex(getContent().posts.filter(isPublished), searchIndexDir);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `Search index: ${columns} ${columns === 1 ? "column" : "columns"}, ${(bytes / 1024).toFixed(0)} KB in ` +
    `${path.relative(process.cwd(), searchIndexDir)}/ (${seconds} s).`,
);
