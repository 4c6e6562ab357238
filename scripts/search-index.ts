// npm run search-index [-- <content folder>]: writes the Pagefind index of every published column (never a draft or
// a scheduled post, not even in npm run dev) to public/_generated/site/pagefind/, which npm start serves at
// /pagefind/ and the static export copies. npm run build does this too, with the same function.
import path from "node:path";
import { loadProjectEnv } from "../lib/reactions/environment";

// The folder is configuration (lib/site.ts), read when that module loads: set it first, from the argument or, as the
// build does, from the project's .env files.
if (process.argv[2]) process.env.CONTENT_DIR = path.resolve(process.argv[2]);
loadProjectEnv();
const { writeSearchIndexFromStore } = await import("./generated-files");
await writeSearchIndexFromStore();
