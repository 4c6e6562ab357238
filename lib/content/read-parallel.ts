import os from "node:os";
import path from "node:path";
import type { Author } from "./authors";
import type { ContentFile } from "./files";
import { ContentError } from "./problems";
import type { PostReading } from "./read-post";
import type { Content, ReadOptions } from "./read";
import type { Post } from "./posts";
import {
  configuredSources,
  contentPublicPaths,
  isCurrentStore,
  readOptions,
  readStore,
  readStoreByPost,
  storedContent,
  storeKey,
  writeProblems,
  writeStore,
} from "./store";
import { dealInto, runInWorker } from "../workers";

// Only the commands use this module (npm run check, npm run build): never Next's bundle, which needs no workers.
const readModule = path.join("lib", "content", "read-parallel.ts");

// The Markdown reader (remark and the checks, half a second to load) is loaded only when there are files to read: a
// step that finds the store current, such as the search index after next build, starts without it.
const loadReader = () => import("./read");

/**
 * Returns the configured site's content as of today, reading the changed posts on a worker thread per core, and
 * leaves the content store written for every process that follows (a store of another day is written again: a check
 * or a build publishes the scheduled posts that have come due). Throws a ContentError listing every problem, after
 * writing them beside the store for npm run dev's pages.
 */
export async function buildContent(): Promise<Content> {
  const sources = configuredSources();
  const store = readStore();
  if (store && isCurrentStore(store, sources) && store.today === sources.today) return storedContent(store);
  let options = readOptions(sources, store);
  for (;;) {
    const files = storeKey(sources, []);
    let content: Content | ContentError;
    try {
      content = await readContentInParallel(sources.contentDir, options);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      content = error;
    }
    // The key of the files as they were read, taken before they are looked at again: a file saved from here on makes
    // what is stored out of date, and npm run dev's next page asks again. One saved while the others were read may
    // have been read before the save: then read again (the unchanged posts are reused).
    const key = content instanceof ContentError ? files : storeKey(sources, contentPublicPaths(content));
    if (storeKey(sources, []) !== files) {
      // What this round read is reused where its files are still the same, as the store's posts are.
      if (!(content instanceof ContentError)) options = { ...options, earlier: postsByFile(content) };
      continue;
    }
    if (content instanceof ContentError) {
      writeProblems(sources, content.problems, key);
      throw content;
    }
    writeStore(sources, content, key);
    return content;
  }
}

const postsByFile = (content: Content) => new Map(content.posts.map((post) => [post.file, post]));

/**
 * Returns the configured site's posts for a step that takes each once and lets it go (the search index): from a
 * current content store a post at a time, each parsed when it is reached; else as buildContent reads and stores them,
 * each let go here once taken. Either way the step never holds them all. Throws buildContent's ContentError.
 */
export async function postsOneByOne(): Promise<Iterable<Post>> {
  const reading = readStoreByPost();
  if (reading && isCurrentStore(reading)) return reading.posts;
  return handOver((await buildContent()).posts);
}

/** Yields each of `items` and lets go of it there: what is handed over is freed once its taker is done with it. */
export function* handOver<T>(items: (T | undefined)[]): Generator<T> {
  for (let at = 0; at < items.length; at++) {
    const item = items[at] as T;
    items[at] = undefined;
    yield item;
  }
}

/**
 * Returns the same as readContent, reading the changed posts on `threads` worker threads: by default one per core
 * when there are 500 or more to read (a worker takes about a second to start), else none.
 */
export async function readContentInParallel(
  contentDir: string,
  options: ReadOptions = {},
  threads?: number,
): Promise<Content> {
  const { finishReading, readPosts, relink, startReading } = await loadReader();
  const reading = startReading(contentDir, options);
  threads ??= reading.toRead.length < 500 ? 0 : os.availableParallelism();
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
  const read = await Promise.all(batches.map((batch) => runInWorker<PostReading[]>(readModule, "readPostBatch", batch)));
  // A worker sends back copies of the authors: each post gets this thread's own again.
  const relinked = read.flat().map((one) => (one.post ? { ...one, post: relink(one.post, reading.authors) } : one));
  return finishReading(reading, relinked);
}

interface Batch {
  files: ContentFile[];
  authors: Author[];
  today: string;
  publicDir: string;
}

/** Reads a batch of post files; what a worker thread of readContentInParallel runs. */
export async function readPostBatch({ files, authors, today, publicDir }: Batch): Promise<PostReading[]> {
  const { readPosts } = await loadReader();
  return readPosts(files, new Map(authors.map((author) => [author.slug, author])), today, publicDir);
}
