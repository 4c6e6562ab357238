import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Author } from "./authors";
import type { Post } from "./posts";
import type { Problem } from "./problems";
import type { Content, ReadOptions } from "./read";
import { contentProblemsFile, contentStoreFile, temporaryFor } from "../cache";
import { readLines } from "../lines";
import { contentToday, site } from "../site";

// The content store: one JSON file that the build writes once and every other process reads (Next's build workers,
// the server, the Open Graph step, the search index, the feeds). It says what it was made from, so a reader never
// takes a store made from other files or another lib/. Its day is the day of the check that wrote it, as a build's
// day is the build's (DESIGN.md: a post dated after the build date is scheduled): a server started on a later day
// serves the last build as it was made, and the next check or build publishes what has come due.

type StoredPost = Omit<Post, "author"> & { author: string };

/** The shape of `.next/cache/column-site/content.json`. */
export interface ContentStore {
  /** Made from these files and this lib/ (see storeKey): a reader uses the store only while they hold. */
  key: string;
  contentDir: string;
  /** A hash of the source of lib/, whose rules shape every post: posts are reused only with the same. */
  libHash: string;
  /** The day scheduled posts were measured against: the day of the check that wrote the store. */
  today: string;
  /** The site paths the posts point to (images, files in public/): their state is part of the key. */
  publicPaths: string[];
  authors: Author[];
  /** Newest first, each naming its author by slug. */
  posts: StoredPost[];
}

/** What a store is made from: the configured folders and the lib/ that reads them; a store written now has today. */
export interface StoreSources {
  contentDir: string;
  publicDir: string;
  today: string;
  libHash: string;
}

/** Returns the sources of the configured site: `site.contentDir`, `site.publicDir`, contentToday() and lib/. */
export function configuredSources(): StoreSources {
  return { contentDir: site.contentDir, publicDir: site.publicDir, today: contentToday(), libHash: libFingerprint() };
}

/**
 * Returns a key for everything content is made from: the folders, lib/, and the name, size and time of each content
 * file and of each public file at `publicPaths`. Not the day: see the top of this file.
 */
export function storeKey(sources: StoreSources, publicPaths: readonly string[]): string {
  const { contentDir, publicDir, libHash } = sources;
  const hash = crypto.createHash("sha256").update(`${contentDir}\n${publicDir}\n${libHash}\n`);
  for (const folder of ["authors", "posts"]) {
    // The content folder is configuration: Next's tracing must not take it for a path into the project.
    const dir = path.join(/*turbopackIgnore: true*/ contentDir, folder);
    // Not an editor's hidden files (vim's .x.md.swp), which the reader skips too (files.ts).
    const names = fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => !name.startsWith(".")).sort() : [];
    for (const name of names) hash.update(`${folder}/${name}\0${stamp(path.join(/*turbopackIgnore: true*/ dir, name))}\n`);
  }
  for (const sitePath of publicPaths) hash.update(`${sitePath}\0${stamp(path.join(/*turbopackIgnore: true*/ publicDir, sitePath))}\n`);
  return hash.digest("hex").slice(0, 32);
}

function stamp(file: string): string {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return stat?.isFile() ? `${stat.size}:${stat.mtimeMs}` : stat ? "folder" : "none";
}

/** Returns the store on disk, or undefined when there is none or it cannot be read. */
export function readStore(file = contentStoreFile): ContentStore | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined; // None yet: the content is read from its files.
  }
}

/** The problems a check found in the files (`key`, made with no public paths), with the lib/ it ran, on `today`. */
export interface StoredProblems {
  key: string;
  libHash: string;
  today: string;
  problems: Problem[];
}

/**
 * Writes the problems a check found for the files of `sources` (as `key` says they were when read) beside the store,
 * which keeps the last content that had none (its posts are reused once the problems are fixed). npm run dev shows
 * them in the browser.
 */
export function writeProblems(sources: StoreSources, problems: readonly Problem[], key = storeKey(sources, [])) {
  const { libHash, today } = sources;
  const found: StoredProblems = { key, libHash, today, problems: [...problems] };
  fs.mkdirSync(path.dirname(contentProblemsFile), { recursive: true });
  const temporary = temporaryFor(contentProblemsFile);
  fs.writeFileSync(temporary, JSON.stringify(found));
  fs.renameSync(temporary, contentProblemsFile);
}

/** Returns the problems the last check wrote, or undefined when it found none. */
export function readProblems(file = contentProblemsFile): StoredProblems | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined; // None: the last check found none, or there was none.
  }
}

/** Removes the problems an earlier check wrote, once a check found none: the store is the content again. */
export function removeProblems() {
  fs.rmSync(contentProblemsFile, { force: true });
}

/** Returns the stored content, each post linked to its author; throws when a post names an author not stored. */
export function storedContent(store: ContentStore): Content {
  const authors = authorsBySlug(store.authors);
  return { authors, posts: store.posts.map((post) => linkAuthor(post, authors, contentStoreFile)) };
}

/** Whether a store (or its fields) was made from `sources` as they are now: then its content is current. */
export function isCurrentStore(store: Pick<ContentStore, "key" | "publicPaths">, sources = configuredSources()) {
  return store.key === storeKey(sources, store.publicPaths);
}

const authorsBySlug = (authors: Author[]) => new Map(authors.map((author) => [author.slug, author]));

function linkAuthor(post: StoredPost, authors: Map<string, Author>, file: string): Post {
  const author = authors.get(post.author);
  if (!author) throw new Error(`${file} names an unknown author "${post.author}": delete it and build again`);
  return { ...post, author };
}

/** A store on disk read a post at a time: its other fields at once, each post only when `posts` gets to it. */
export interface StoreReading extends Omit<ContentStore, "posts"> {
  posts: Generator<Post>;
}

/**
 * Returns the store on disk with its posts to be read one by one (each linked to its author), for a step that takes
 * each post once and can let it go (the search index: at 10,000 posts the whole store is 400 MB of objects); or
 * undefined when there is no store, or one not written by writeStore. The file is open while `posts` is read.
 * Reading `posts` throws when the file changed since its fields were read, ends early, or holds a line that is not
 * a post.
 */
export function readStoreByPost(file = contentStoreFile): StoreReading | undefined {
  let first: string | undefined;
  let fields: Omit<ContentStore, "posts">;
  try {
    const lines = readLines(file);
    first = lines.next().value;
    lines.return(undefined);
    if (!first?.endsWith(postsOpen)) return undefined;
    fields = JSON.parse(`${first}${postsClose}`);
  } catch {
    return undefined;
  }
  const authors = authorsBySlug(fields.authors);
  function* posts(): Generator<Post> {
    const lines = readLines(file);
    // A build that wrote a new store since the fields were read: its posts may name other authors.
    if (lines.next().value !== first) throw new Error(`${file} changed while it was read: build again`);
    let number = 1;
    for (const line of lines) {
      number += 1;
      if (line === postsClose) return;
      let post: StoredPost;
      try {
        post = JSON.parse(line.endsWith(",") ? line.slice(0, -1) : line);
      } catch (error) {
        throw new Error(`${file}, line ${number}: not a post: delete it and build again`, { cause: error });
      }
      yield linkAuthor(post, authors, file);
    }
    throw new Error(`${file} ends before its last post: delete it and build again`);
  }
  return { ...fields, posts: posts() };
}

// The store's layout: its fields on the first line, ending in the opening of the posts, then a post a line (JSON
// never has a raw line break inside a value), then the close. It is one JSON document all the same.
const postsOpen = '"posts":[';
const postsClose = "]}";

/** Returns the options to read the content with: the store's posts are reused where their files have not changed. */
export function readOptions(sources: StoreSources, store: ContentStore | undefined): ReadOptions {
  const { today, publicDir, contentDir, libHash } = sources;
  const usable = store?.contentDir === contentDir && store.libHash === libHash;
  const earlier = usable ? new Map(storedContent(store).posts.map((post) => [post.file, post])) : undefined;
  return { today, publicDir, earlier };
}

/** Returns every site path the posts point to that could be a file in public/: part of the store's key. */
export function contentPublicPaths(content: Content): string[] {
  return [...new Set(content.posts.flatMap(publicPathsOf))].sort();
}

/** Writes the content as the store for `sources` (as `key` says they were when read); returns the store written. */
export function writeStore(
  sources: StoreSources,
  content: Content,
  key = storeKey(sources, contentPublicPaths(content)),
): ContentStore {
  const file = contentStoreFile;
  const publicPaths = contentPublicPaths(content);
  const store: ContentStore = {
    key,
    contentDir: sources.contentDir,
    libHash: sources.libHash,
    today: sources.today,
    publicPaths,
    authors: [...content.authors.values()],
    posts: content.posts.map((post) => ({ ...post, author: post.author.slug })),
  };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Written beside, then renamed: a process reading at the same moment sees the whole file or the one before. A post
  // a line (see readStoreByPost), written as it is made into text.
  const temporary = temporaryFor(file);
  const fd = fs.openSync(temporary, "w");
  try {
    const { posts, ...fields } = store;
    fs.writeSync(fd, `${JSON.stringify({ ...fields, posts: [] }).slice(0, -postsClose.length)}\n`);
    posts.forEach((post, index) => fs.writeSync(fd, `${JSON.stringify(post)}${index < posts.length - 1 ? "," : ""}\n`));
    fs.writeSync(fd, postsClose);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temporary, file);
  return store;
}

// Every site path a post points to that could be a file in public/: its images and links from the root.
function publicPathsOf(post: Post): string[] {
  const paths = post.references.map((reference) => reference.url).filter((url) => /^\/(?!\/)/.test(url));
  return [...paths, ...post.images.map((image) => image.src)].map((url) => decoded(url.split(/[?#]/)[0]));
}

function decoded(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

let libHash: string | undefined;

/**
 * Returns a hash of the source of lib/ (its TypeScript and JavaScript files, not an editor's temporary ones), read
 * once per process; empty where there is no lib/ (a standalone server).
 */
export function libFingerprint(): string {
  if (libHash !== undefined) return libHash;
  const libDir = path.join(/*turbopackIgnore: true*/ process.cwd(), "lib");
  const hash = crypto.createHash("sha256");
  const files = fs.existsSync(libDir) ? fs.readdirSync(libDir, { recursive: true, withFileTypes: true }) : [];
  const names = files
    .filter((entry) => entry.isFile() && /\.([cm]?[jt]s|tsx)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
  for (const name of names.sort()) hash.update(path.relative(libDir, name)).update(fs.readFileSync(name));
  libHash = names.length > 0 ? hash.digest("hex").slice(0, 32) : "";
  return libHash;
}
