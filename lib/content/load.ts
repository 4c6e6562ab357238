import { cache } from "react";
import { contentStoreFile } from "../cache";
import { ContentError } from "./problems";
import type { Content } from "./read";
import {
  configuredSources,
  contentPublicPaths,
  readOptions,
  readStore,
  storedContent,
  storeKey,
  writeStore,
} from "./store";

// In production the content store that `npm run build` writes before `next build` is the content, so the Markdown
// reader is not loaded there: Next replaces process.env.NODE_ENV as it compiles and leaves this import out of the
// server's bundles (a third of their size, and of the compile).
const reader = process.env.NODE_ENV === "production" ? undefined : await import("./read");

// npm run dev: an editor changes files while the server runs, so every call checks whether any file has changed
// (by name, size and time) and reads only the changed posts again. A build or a server reads the store once.
const followEdits = process.env.NODE_ENV === "development";

let remembered:
  | { key: string; today: string; publicPaths: string[]; content: Content | ContentError; at: number }
  | undefined;

function contentOrThrow(content: Content | ContentError): Content {
  if (content instanceof ContentError) throw content;
  return content;
}

// Problems are kept this long, however the files stand: the one that fixes them may be an image added to public/,
// which the key of content that failed does not cover.
const problemsKeptFor = 1000;

/**
 * Returns the configured site's content (lib/site.ts): from memory, else from the content store when it was made
 * from the same files, else (outside production) read from the files, reusing the store's unchanged posts, and
 * stored. Throws a ContentError listing every problem.
 */
export function getContent(): Content {
  // A page asks a dozen times while it renders: outside npm run dev, the answer in memory stands without asking the
  // clock or the files (asking the day took 90 ms of each prerender worker's 15 s at 1,000 posts).
  if (remembered && !followEdits) return contentOrThrow(remembered.content);
  const sources = configuredSources();
  if (remembered && isCurrent(remembered, sources)) return contentOrThrow(remembered.content);
  // After an edit in npm run dev, the posts in memory are the earlier ones: the store on disk holds the same.
  const inMemory = remembered && !(remembered.content instanceof ContentError) ? remembered.content : undefined;
  const store = inMemory ? undefined : readStore();
  // The store keeps the day it was checked on (a server serves its build as it was made); a preview follows the day.
  if (store && store.key === storeKey(sources, store.publicPaths) && (!followEdits || store.today === sources.today)) {
    const stored = storedContent(store);
    remembered = { key: store.key, today: store.today, publicPaths: store.publicPaths, content: stored, at: Date.now() };
    return stored;
  }
  if (!reader) {
    throw new Error(`${contentStoreFile} was not made from the files in ${sources.contentDir}: run npm run build.`);
  }
  let content: Content;
  try {
    const options = inMemory
      ? { ...readOptions(sources, undefined), earlier: new Map(inMemory.posts.map((post) => [post.file, post])) }
      : readOptions(sources, store);
    content = reader.readContent(sources.contentDir, options);
  } catch (error) {
    // Until a file changes, every lookup gets the same problems without reading everything again.
    if (error instanceof ContentError) {
      remembered = { key: storeKey(sources, []), today: sources.today, publicPaths: [], content: error, at: Date.now() };
    }
    throw error;
  }
  const publicPaths = contentPublicPaths(content);
  remembered = { key: storeKey(sources, publicPaths), today: sources.today, publicPaths, content, at: Date.now() };
  // For the other processes, and Next's other module graphs, which read the store on their first call. Not after an
  // edit in npm run dev: writing it would stall the page being answered (a timer fires mid-render), and whoever
  // reads it next re-reads the changed files and writes it then (next dev does, at every request of a column, in
  // the fresh process where it runs generateStaticParams).
  if (!inMemory) writeStore(sources, content);
  return content;
}

// The files are checked once a request: a page asks for its content a dozen times while it renders, and at 1,000
// posts each check reads the size and time of every file. React's cache lasts one request; outside one (the
// commands, the tests) it keeps nothing, and every call checks.
const checksThisRequest = cache(() => new Map<string, boolean>());

function isCurrent(memory: NonNullable<typeof remembered>, sources: ReturnType<typeof configuredSources>): boolean {
  if (memory.content instanceof ContentError && Date.now() - memory.at > problemsKeptFor) return false;
  if (memory.today !== sources.today) return false; // past midnight, a scheduled post may be due
  const checks = checksThisRequest();
  let current = checks.get(memory.key);
  if (current === undefined) {
    current = storeKey(sources, memory.publicPaths) === memory.key;
    checks.set(memory.key, current);
  }
  return current;
}
