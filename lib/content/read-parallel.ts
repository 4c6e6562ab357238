import os from "node:os";
import path from "node:path";
import type { Author } from "./authors";
import type { ContentFile } from "./files";
import { finishReading, readPosts, relink, startReading, type Content, type Read, type ReadOptions } from "./read";
import { openSnapshot } from "./snapshot";
import { dealInto, runInWorker } from "../workers";

// Only the commands use this module (npm run check, npm run build): never Next's bundle, which needs no workers.
const readModule = path.join("lib", "content", "read-parallel.ts");

/** Returns the content in `contentDir` as readContentOnce does, reading changed posts on a worker thread per core. */
export async function readContentOnceInParallel(contentDir: string): Promise<Content> {
  const snapshot = openSnapshot(contentDir);
  if (snapshot.stored) return snapshot.stored;
  const content = await readContentInParallel(contentDir, snapshot.readOptions());
  snapshot.store(content);
  return content;
}

/** Returns the same as readContent, reading the changed posts on a worker thread per core when there are many. */
export async function readContentInParallel(contentDir: string, options: ReadOptions = {}): Promise<Content> {
  const reading = startReading(contentDir, options);
  const threads = reading.toRead.length < 500 ? 0 : os.availableParallelism();
  if (threads < 2) {
    return finishReading(reading, readPosts(reading.toRead, reading.authors, reading.today, reading.publicDir));
  }
  const authors = [...reading.authors.values()];
  const batches = dealInto(reading.toRead, threads).map((files) => ({
    files,
    authors,
    today: reading.today,
    publicDir: reading.publicDir,
  }));
  const read = await Promise.all(batches.map((batch) => runInWorker<Read[]>(readModule, "readPostBatch", batch)));
  // A worker sends back copies of the authors: each post gets this thread's own again.
  const relinked = read.flat().map((post) => (Array.isArray(post) ? post : relink(post, reading.authors)));
  return finishReading(reading, relinked);
}

interface Batch {
  files: ContentFile[];
  authors: Author[];
  today: string;
  publicDir: string;
}

/** Reads a batch of post files; what a worker thread of readContentInParallel runs. */
export function readPostBatch({ files, authors, today, publicDir }: Batch) {
  return readPosts(files, new Map(authors.map((author) => [author.slug, author])), today, publicDir);
}
