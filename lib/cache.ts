import fs from "node:fs";
import path from "node:path";
import { threadId } from "node:worker_threads";
import { isAlive } from "./process-alive";

/**
 * The one folder the build keeps between builds: the content store, the facts of each image, the drawn Open Graph
 * images and the image variants. It lives in Next's own cache folder, which hosting platforms and CI keep; tests
 * give their own with `CACHE_DIR`.
 */
export const cacheDir = process.env.CACHE_DIR
  ? path.resolve(/*turbopackIgnore: true*/ process.env.CACHE_DIR)
  : path.join(/*turbopackIgnore: true*/ process.cwd(), ".next", "cache", "column-site");

/** The content store: every author and post, read, checked and rendered (see lib/content/store.ts). */
export const contentStoreFile = path.join(cacheDir, "content.json");

/**
 * Returns the name this process (and thread) writes `file` under before renaming it into place, so that a reader
 * sees the old file or the new one. First removes what a process that has since died (a killed build or check) left
 * beside `file` under such a name.
 */
export function temporaryFor(file: string): string {
  const base = `${path.basename(file)}.`;
  let names: string[] = [];
  try {
    names = fs.readdirSync(path.dirname(file));
  } catch {
    // No folder yet: nothing left behind.
  }
  for (const name of names) {
    const pid = /^(\d+)(?:\.\d+)?\.tmp$/.exec(name.slice(base.length))?.[1];
    if (name.startsWith(base) && pid && !isAlive(Number(pid))) {
      fs.rmSync(path.join(path.dirname(file), name), { force: true });
    }
  }
  return `${file}.${process.pid}.${threadId}.tmp`;
}
