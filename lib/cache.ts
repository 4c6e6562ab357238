import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { threadId } from "node:worker_threads";

/**
 * The one folder the build keeps between builds: the content store, the facts of each image, the drawn Open Graph
 * images and the image variants. It lives in Next's own cache folder, which hosting platforms and CI keep. `CACHE_DIR`
 * gives another: npm run dev its own (scripts/dev.ts), and tests theirs.
 */
export const cacheDir = process.env.CACHE_DIR
  ? path.resolve(/*turbopackIgnore: true*/ process.env.CACHE_DIR)
  : path.join(/*turbopackIgnore: true*/ process.cwd(), ".next", "cache", "column-site");

/** The content store: every author and post, read, checked and rendered (see lib/content/store.ts). */
export const contentStoreFile = path.join(cacheDir, "content.json");

/** What the last check of content with problems found: every problem, for the files as they were then. */
export const contentProblemsFile = path.join(cacheDir, "content-problems.json");

/** Where a page of npm run dev asks the check beside next dev to look at the files again (lib/content/load.ts). */
export const contentCheckWantedFile = path.join(cacheDir, "content-check-wanted");

/** A temporary file left this long unwritten was left by a process that stopped (writing one takes seconds). */
const abandonedAfterMs = 10 * 60_000;

/**
 * Returns a name for this process (and thread) to write `file` under before renaming it into place, so that a reader
 * sees the old file or the new one. First removes what a stopped process (a killed build or check) left beside
 * `file` under such a name: by age, not process id, since another container may be writing the same cache.
 */
export function temporaryFor(file: string, now = Date.now()): string {
  const dir = path.dirname(file);
  const base = `${path.basename(file)}.`;
  // <pid>.<thread>.<random>.tmp, or <pid>.tmp as builds before that named them.
  const isTemporary = (name: string) =>
    name.startsWith(base) && /^\d+(\.\d+\.[0-9a-f]+)?\.tmp$/.test(name.slice(base.length));
  let names: string[] = [];
  try {
    names = fs.readdirSync(dir).filter(isTemporary);
  } catch {
    // No folder yet: nothing left behind.
  }
  for (const name of names) {
    try {
      const left = path.join(dir, name);
      if (now - fs.statSync(left).mtimeMs > abandonedAfterMs) fs.rmSync(left, { force: true });
    } catch {
      // Gone already, or not ours to remove: it costs only disk space.
    }
  }
  // Random too: a process in another container may have the same id, and write the same file at the same moment.
  return `${file}.${process.pid}.${threadId}.${crypto.randomBytes(4).toString("hex")}.tmp`;
}
