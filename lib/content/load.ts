import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { cache } from "react";
import { contentCheckWantedFile, contentProblemsFile, contentStoreFile } from "../cache";
import { isAlive } from "../process-alive";
import { ContentError } from "./problems";
import type { Content } from "./read";
import {
  configuredSources,
  readOptions,
  readProblems,
  readStore,
  readStoreByPost,
  storedContent,
  storeKey,
  writeStore,
  type StoreSources,
} from "./store";

// Inside Next (the build, the server, npm run dev) the content store is the content: the commands write it (npm run
// check, the first step of npm run build, and the check beside next dev, which the pages ask after an edit). Next
// sets NEXT_RUNTIME as it compiles and leaves this import out of its bundles: the Markdown reader (remark, the
// schema, the checks) is a third of the server's bundles and of next dev's first compile. The commands and the tests
// read the files themselves when the store was not made from them, except in production, where the build has.
const reader = process.env.NEXT_RUNTIME || process.env.NODE_ENV === "production" ? undefined : await import("./read");

// npm run dev: an editor changes files while the server runs, so every request checks whether any file has changed
// (by name, size and time). A build or a server reads the store once.
const followEdits = process.env.NODE_ENV === "development";

// The pages of npm run dev, which leave the files to the check beside next dev: what it writes is current when made
// from the files as they are now, whichever lib/ it runs (it reads lib/ as it starts; next dev reloads lib/ itself).
const askTheCheck = followEdits && !reader;

/** The content, or its problems, as the files were: the key, lib/ and day they were checked with. */
interface Checked {
  key: string;
  libHash: string;
  today: string;
  publicPaths: string[];
  content: Content | ContentError;
  /** The two files the check writes as they were when this was read (see writtenStamp), and when that was. */
  written: string;
  at: number;
}

let remembered: Checked | undefined;

// What a request found: a page asks a dozen times while it renders, and at 1,000 posts a look at the files reads
// the size and time of every one. React's cache lasts one request; outside one (the commands, the tests) it keeps
// nothing, and every call looks.
const foundThisRequest = cache((): { found?: Checked } => ({}));

/**
 * Returns the configured site's content (lib/site.ts): from memory, else from the content store when it was made
 * from the same files, else, in npm run dev, once the check beside next dev has stored them (or found problems), and
 * outside Next read from the files, reusing the store's unchanged posts, and stored. Throws a ContentError listing
 * every problem.
 */
export function getContent(): Content {
  // Outside npm run dev, the answer in memory stands without asking the clock or the files (asking the day took
  // 90 ms of each prerender worker's 15 s at 1,000 posts).
  const found = remembered && !followEdits ? remembered : foundForThisRequest();
  if (found.content instanceof ContentError) throw found.content;
  return found.content;
}

function foundForThisRequest(): Checked {
  const request = foundThisRequest();
  if (!request.found) {
    const sources = configuredSources();
    if (!remembered || !isCurrent(remembered, sources)) remembered = look(sources);
    request.found = remembered;
  }
  return request.found;
}

function look(sources: StoreSources): Checked {
  if (askTheCheck) return askCheck(sources);
  const store = stored(sources);
  if (store) return store;
  if (reader) return readAndStore(sources, reader);
  throw new Error(`${contentStoreFile} was not made from the files in ${sources.contentDir}: run npm run build.`);
}

// Problems are kept this long, however the files stand: the one that fixes them may be one the key does not cover
// (an image added to public/), so they are looked for again after it.
const problemsKeptFor = 1000;
const expired = (found: Checked) => found.content instanceof ContentError && Date.now() - found.at > problemsKeptFor;

// Whether what was checked still holds for the files as they are now. In npm run dev, not once the check has
// written since: its answer may be of another lib/ (the first page after a start may come before its first check).
function isCurrent(memory: Checked, sources: StoreSources): boolean {
  if (expired(memory)) return false;
  if (askTheCheck && memory.written !== writtenStamp()) return false;
  return holds(memory, sources);
}

// Whether a store (or problems) was made from the files as they are now. The store keeps the day it was checked on
// (a server serves its build as it was made); a preview follows the day: past midnight, a scheduled post may be due.
function holds(found: Pick<Checked, "key" | "libHash" | "today" | "publicPaths">, sources: StoreSources): boolean {
  if (followEdits && found.today !== sources.today) return false;
  return found.key === storeKey(askTheCheck ? { ...sources, libHash: found.libHash } : sources, found.publicPaths);
}

// The store, when it was made from the files as they are now; `written` is writtenStamp() from before it was read.
// Its first line says what it was made from: a store that no longer holds (npm run dev, after a save) is not parsed.
function stored(sources: StoreSources, written = writtenStamp()): Checked | undefined {
  const fields = readStoreByPost();
  if (fields && !holds(fields, sources)) return undefined;
  const store = readStore();
  if (!store || !holds(store, sources)) return undefined;
  const { key, libHash, today, publicPaths } = store;
  return { key, libHash, today, publicPaths, content: storedContent(store), written, at: Date.now() };
}

function readAndStore(sources: StoreSources, { readContent }: NonNullable<typeof reader>): Checked {
  const { libHash, today } = sources;
  try {
    const content = readContent(sources.contentDir, readOptions(sources, readStore()));
    const { key, publicPaths } = writeStore(sources, content);
    return { key, libHash, today, publicPaths, content, written: writtenStamp(), at: Date.now() };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    const key = storeKey(sources, []);
    return { key, libHash, today, publicPaths: [], content: error, written: "", at: Date.now() };
  }
}

// A check of one saved file takes a fraction of a second; of a thousand posts from nothing, seconds.
const checkPatience = 5 * 60_000;

// Asks the check beside next dev to look at the files (it writes what it finds: the store, or the problems, removed
// once fixed), and waits, a few hundredths of a second at a time, until it has stored the files as they are now or
// found their problems. The render waits so: it holds next dev's process, as reading the files here would.
function askCheck(sources: StoreSources): Checked {
  let seen = writtenStamp(); // before the store is read: a write after this is one to look at
  // Problems written less than a second ago (the other process of next dev may have just asked) stand.
  const current = stored(sources, seen) ?? storedProblems(sources, seen);
  if (current && !expired(current)) return current;
  const checker = Number(process.env.CONTENT_CHECK_PID);
  if (!isAlive(checker)) {
    throw new Error(
      `${sources.contentDir} changed and nothing checks it: start the preview with npm run dev, which checks every saved file.`,
    );
  }
  ask();
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let asked = Date.now(), until = asked + checkPatience; Date.now() < until && isAlive(checker); ) {
    Atomics.wait(pause, 0, 0, 20);
    const now = writtenStamp();
    if (now !== seen) {
      seen = now;
      // The day may have turned while the check ran.
      const found = stored(configuredSources(), now) ?? storedProblems(configuredSources(), now);
      if (found) return found;
    } else if (Date.now() - asked < 1000) continue;
    // An answer to a question asked before these files were saved, or none for a second (a check that failed to
    // write): ask again.
    ask();
    asked = Date.now();
  }
  throw new Error(
    `The check of ${sources.contentDir} gave no answer: see its messages in the terminal, stop npm run dev and start it again.`,
  );
}

function ask() {
  fs.mkdirSync(path.dirname(contentCheckWantedFile), { recursive: true });
  fs.writeFileSync(contentCheckWantedFile, `${process.pid} ${crypto.randomBytes(4).toString("hex")}`);
}

// The problems on disk when they hold for the files as they are now, kept from when they were written.
function storedProblems(sources: StoreSources, written: string): Checked | undefined {
  const found = readProblems();
  if (!found || !holds({ ...found, publicPaths: [] }, sources)) return undefined;
  const { key, libHash, today, problems } = found;
  const at = fs.statSync(contentProblemsFile, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
  return { key, libHash, today, publicPaths: [], content: new ContentError(problems), written, at };
}

// The inode, size and time of the two files the check writes (each written whole under another name and renamed):
// while they stay the same, so does what they hold.
function writtenStamp(): string {
  return [contentStoreFile, contentProblemsFile]
    .map((file) => fs.statSync(file, { throwIfNoEntry: false }))
    .map((stat) => (stat ? `${stat.ino}:${stat.size}:${stat.mtimeMs}` : "none"))
    .join(" ");
}
