import fs from "node:fs";
import { cache } from "react";
import { contentProblemsFile, contentStoreFile } from "../cache";
import { isAlive } from "../process-alive";
import { ContentError } from "./problems";
import type { Content } from "./read";
import {
  configuredSources,
  currentProblems,
  libFingerprint,
  readOptions,
  readStore,
  storedContent,
  storeKey,
  writeStore,
  type StoreSources,
} from "./store";

// Inside Next (the build, the server, npm run dev) the content store is the content: the commands write it (npm run
// check, the first step of npm run build, and the check beside next dev, which follows every saved file). Next sets
// NEXT_RUNTIME as it compiles and leaves this import out of its bundles: the Markdown reader (remark, the schema, the
// checks) is a third of the server's bundles and of next dev's first compile. The commands and the tests read the
// files themselves when the store was not made from them.
const reader = process.env.NEXT_RUNTIME ? undefined : await import("./read");

// npm run dev: an editor changes files while the server runs, so every request checks whether any file has changed
// (by name, size and time), and the check beside next dev stores them again. A build or a server reads the store once.
const followEdits = process.env.NODE_ENV === "development";

/** The content, or its problems, as the files were: the key and day they were checked with, and when they were read. */
interface Checked {
  key: string;
  today: string;
  publicPaths: string[];
  content: Content | ContentError;
  /** The size and time of the store and the problems file when they were read. */
  written: string;
}

let remembered: Checked | undefined;

/**
 * Returns the configured site's content (lib/site.ts): from memory, else from the content store when it was made
 * from the same files, else, in npm run dev, once the check beside next dev has stored them (or found problems), and
 * outside Next read from the files, reusing the store's unchanged posts, and stored. Throws a ContentError listing
 * every problem.
 */
export function getContent(): Content {
  // A page asks a dozen times while it renders: outside npm run dev, the answer in memory stands without asking the
  // clock or the files (asking the day took 90 ms of each prerender worker's 15 s at 1,000 posts).
  if (!remembered || (followEdits && !isCurrent(remembered, configuredSources()))) {
    const sources = configuredSources();
    remembered = stored(sources) ?? (reader ? readAndStore(sources, reader) : awaitCheck(sources));
  }
  if (remembered.content instanceof ContentError) throw remembered.content;
  return remembered.content;
}

// The store, or in npm run dev the problems, found for the files as they are now; undefined when neither is on disk.
function stored(sources: StoreSources): Checked | undefined {
  const written = writtenStamp();
  const store = readStore();
  // The store keeps the day it was checked on (a server serves its build as it was made); a preview follows the day.
  if (store && store.key === storeKey(sources, store.publicPaths) && (!followEdits || store.today === sources.today)) {
    const { key, today, publicPaths } = store;
    return { key, today, publicPaths, content: storedContent(store), written };
  }
  const found = followEdits ? currentProblems(sources) : undefined;
  if (found) return { key: found.key, today: found.today, publicPaths: [], content: new ContentError(found.problems), written };
  return undefined;
}

function readAndStore(sources: StoreSources, { readContent }: NonNullable<typeof reader>): Checked {
  try {
    const content = readContent(sources.contentDir, readOptions(sources, readStore()));
    const { key, today, publicPaths } = writeStore(sources, content);
    return { key, today, publicPaths, content, written: writtenStamp() };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return { key: storeKey(sources, []), today: sources.today, publicPaths: [], content: error, written: "" };
  }
}

// A saved file is stored again within a few hundredths of a second, a thousand posts within seconds (scripts/dev.ts).
const checkPatience = 5 * 60_000;

// Waits, a few hundredths of a second at a time, until the check beside next dev has stored the files as they are now,
// or found their problems. Only a render waits so, after a save: it holds next dev's process, as reading the files here
// would, for as long as that takes.
function awaitCheck(sources: StoreSources): Checked {
  const checker = Number(process.env.CONTENT_CHECK_PID);
  if (!followEdits || !isAlive(checker)) {
    throw new Error(
      followEdits
        ? `${sources.contentDir} changed and nothing checks it: start the preview with npm run dev, which checks every saved file.`
        : `${contentStoreFile} was not made from the files in ${sources.contentDir}: run npm run build.`,
    );
  }
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const until = Date.now() + checkPatience;
  for (let seen = writtenStamp(); Date.now() < until && isAlive(checker); ) {
    Atomics.wait(pause, 0, 0, 20);
    if (writtenStamp() === seen) continue;
    seen = writtenStamp();
    // lib/ may have changed meanwhile, and with it what the check stamps on what it stores.
    const found = stored({ ...sources, libHash: libFingerprint(true) });
    if (found) return found;
  }
  throw new Error(`The check of ${sources.contentDir} stopped without an answer: stop npm run dev and start it again.`);
}

// The size and time of the two files the check writes: when they stay the same, so does what they hold.
function writtenStamp(): string {
  return [contentStoreFile, contentProblemsFile]
    .map((file) => fs.statSync(file, { throwIfNoEntry: false }))
    .map((stat) => (stat ? `${stat.size}:${stat.mtimeMs}` : "none"))
    .join(" ");
}

// The files are checked once a request: a page asks for its content a dozen times while it renders, and at 1,000
// posts each check reads the size and time of every file. React's cache lasts one request; outside one (the
// commands, the tests) it keeps nothing, and every call checks.
const checksThisRequest = cache(() => new Map<string, boolean>());

function isCurrent(memory: Checked, sources: StoreSources): boolean {
  if (memory.today !== sources.today) return false; // past midnight, a scheduled post may be due
  const checks = checksThisRequest();
  let current = checks.get(memory.key);
  if (current === undefined) {
    // Problems fixed by a file the key does not cover (an image added to public/) are stored again all the same.
    current = storeKey(sources, memory.publicPaths) === memory.key && writtenStamp() === memory.written;
    checks.set(memory.key, current);
  }
  return current;
}
