// npm run check [-- <content folder>]: checks every content file the way the build does, without building, and
// leaves the content store for the build that follows.
import path from "node:path";
import { loadProjectEnv } from "../lib/reactions/environment";

// The folder is configuration (lib/site.ts), read when that module loads: set it first, from the argument or, as the
// build does, from the project's .env files.
if (process.argv[2]) process.env.CONTENT_DIR = path.resolve(process.argv[2]);
loadProjectEnv();
const { checkContent } = await import("./content-check");
if (!(await checkContent())) process.exitCode = 1;
