import os from "node:os";
import path from "node:path";
import { readAuthors, type Author } from "./authors";
import { checkReferences, checkTopics } from "./checks";
import { listMarkdownFiles, type ContentFile } from "./files";
import { defaultPublicDir, isPublished, newestFirst, readPost, sourceHash, type Post } from "./posts";
import { ContentError, type Problem } from "./problems";
import { todayInAmsterdam, type CalendarDate } from "../dates";
import { dealInto, runInWorker } from "../workers";

/** Everything in a content folder, read and checked. */
export interface Content {
  authors: Map<string, Author>;
  /** Newest first; undated posts after dated ones, by title. */
  posts: Post[];
}

interface ReadOptions {
  /** The day scheduled posts are measured against; today in Amsterdam unless a test says otherwise. */
  today?: CalendarDate;
  /** Where images in posts must exist: `public/` beside the content folder. */
  publicDir?: string;
  /** Posts read by an earlier build with the same lib/, by file: reused where the file has not changed. */
  earlier?: ReadonlyMap<string, Post>;
}

/** Returns all authors and posts in `contentDir`, drafts included; throws a ContentError listing every problem. */
export function readContent(contentDir: string, options: ReadOptions = {}): Content {
  const reading = startReading(contentDir, options);
  return finishReading(reading, readPosts(reading.toRead, reading.authors, reading.today));
}

/** Returns the same as readContent, reading the changed posts on a worker thread per core when there are many. */
export async function readContentInParallel(contentDir: string, options: ReadOptions = {}): Promise<Content> {
  const reading = startReading(contentDir, options);
  const threads = reading.toRead.length < 500 ? 0 : os.availableParallelism();
  if (threads < 2) return finishReading(reading, readPosts(reading.toRead, reading.authors, reading.today));
  const authors = [...reading.authors.values()];
  const batches = dealInto(reading.toRead, threads).map((files) => ({ files, authors, today: reading.today }));
  const read = await Promise.all(batches.map((batch) => runInWorker<Read[]>(readModule, "readPostBatch", batch)));
  // A worker sends back copies of the authors: each post gets this thread's own again.
  const relinked = read.flat().map((post) => (Array.isArray(post) ? post : relink(post, reading.authors)));
  return finishReading(reading, relinked);
}

type Read = Post | Problem[];
const readModule = path.join("lib", "content", "read.ts");

/** Reads a batch of post files; what a worker thread of readContentInParallel runs. */
export function readPostBatch({ files, authors, today }: { files: ContentFile[]; authors: Author[]; today: string }) {
  return readPosts(files, new Map(authors.map((author) => [author.slug, author])), today);
}

function readPosts(files: ContentFile[], authors: ReadonlyMap<string, Author>, today: CalendarDate): Read[] {
  return files.map((file) => readPost(file, authors, today));
}

// Authors, the list of post files, and the posts an earlier build read from files that have not changed since.
function startReading(contentDir: string, options: ReadOptions) {
  const { today = todayInAmsterdam(), publicDir = defaultPublicDir(contentDir), earlier } = options;
  const { authors, problems } = readAuthors(contentDir);
  const reused: Post[] = [];
  const toRead: ContentFile[] = [];
  for (const file of listMarkdownFiles(contentDir, "posts", problems)) {
    const before = earlier?.get(file.file);
    if (before?.sourceHash === sourceHash(file.raw) && authors.has(before.author.slug)) {
      reused.push({ ...relink(before, authors), scheduled: before.date !== undefined && before.date > today });
    } else toRead.push(file);
  }
  return { authors, problems, reused, toRead, today, publicDir };
}

function finishReading(reading: ReturnType<typeof startReading>, read: Read[]): Content {
  const { authors, problems, reused, publicDir } = reading;
  const posts = [...reused];
  for (const post of read) {
    if (Array.isArray(post)) problems.push(...post);
    else posts.push(post);
  }
  problems.push(...checkTopics(posts), ...checkReferences({ posts, authors, publicDir, isPublished }));
  if (problems.length > 0) throw new ContentError(problems.sort(byFileAndLine));
  return { authors, posts: posts.sort(newestFirst) };
}

function relink(post: Post, authors: ReadonlyMap<string, Author>): Post {
  return { ...post, author: authors.get(post.author.slug) ?? post.author };
}

function byFileAndLine(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
}
