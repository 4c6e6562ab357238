// npm run check [-- <content folder>] [--follow]: checks every content file the way the build does, without building,
// and leaves the content store for the build that follows; with --follow it stays, and checks again whenever a page
// of npm run dev asks (scripts/dev.ts runs it so).
import path from "node:path";
import { loadProjectEnv } from "../lib/reactions/environment";

// The folder is configuration (lib/site.ts), read when that module loads: set it first, from the argument or, as the
// build does, from the project's .env files.
const follow = process.argv.includes("--follow");
const folder = process.argv.slice(2).find((argument) => argument !== "--follow");
if (folder) process.env.CONTENT_DIR = path.resolve(folder);
loadProjectEnv();
const { checkContent, followContent } = await import("./content-check");
if (follow) followContent();
else if (!(await checkContent())) process.exitCode = 1;
