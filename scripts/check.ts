// npm run check [-- <content folder>] [--watch]: checks every content file the way the build does, without building,
// and leaves the content store for the build that follows; with --watch, again at every saved change (npm run dev).
import path from "node:path";
import { loadProjectEnv } from "../lib/reactions/environment";

// The folder is configuration (lib/site.ts), read when that module loads: set it first, from the argument or, as the
// build does, from the project's .env files.
const watch = process.argv.includes("--watch");
const folder = process.argv.slice(2).find((argument) => argument !== "--watch");
if (folder) process.env.CONTENT_DIR = path.resolve(folder);
loadProjectEnv();
const { checkContent, followContent } = await import("./content-check");
if (watch) followContent();
else if (!(await checkContent())) process.exitCode = 1;
