// npm run search-index [-- <content folder>]: writes the Pagefind index of every published column (never a draft or
// a scheduled post, not even in npm run dev) to public/pagefind/, where npm start serves it and the static export
// copies it from. npm run build does this too, with the same function.
import path from "node:path";

// The folder is configuration (lib/site.ts), read when that module loads: set it first.
if (process.argv[2]) process.env.CONTENT_DIR = path.resolve(process.argv[2]);
const { writeSearchIndexFromStore } = await import("./generated-files");
await writeSearchIndexFromStore();
