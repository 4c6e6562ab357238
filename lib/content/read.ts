import path from "node:path";
import { readAuthors, type Author } from "./authors";
import { checkReferences, checkTopics } from "./checks";
import { listMarkdownFiles, type ContentFile } from "./files";
import { ImageReader } from "./images";
import { newestFirst, outlineOf, readPost, sourceHash, type Post, type PostReading } from "./posts";
import { ContentError, type Problem } from "./problems";
import type { CalendarDate } from "../dates";
import type { ImageInfo } from "../images";
import { contentToday } from "../site";

/** Everything in a content folder, read and checked. */
export interface Content {
  authors: Map<string, Author>;
  /** Newest first; undated posts after dated ones, by title. */
  posts: Post[];
}

export interface ReadOptions {
  /** The day scheduled posts are measured against; contentToday() unless a test says otherwise. */
  today?: CalendarDate;
  /** Where images in posts must exist: `public/` beside the content folder unless said otherwise. */
  publicDir?: string;
  /** Posts read by an earlier build with the same lib/, by file: reused where the file has not changed. */
  earlier?: ReadonlyMap<string, Post>;
}

/** Returns all authors and posts in `contentDir`, drafts included; throws a ContentError listing every problem. */
export function readContent(contentDir: string, options: ReadOptions = {}): Content {
  const reading = startReading(contentDir, options);
  return finishReading(reading, readPosts(reading.toRead, reading.authors, reading.today, reading.publicDir));
}

/** Reads each file as a post: the post, or the problems that keep it from being one. */
export function readPosts(
  files: ContentFile[],
  authors: ReadonlyMap<string, Author>,
  today: CalendarDate,
  publicDir: string,
): PostReading[] {
  const images = new ImageReader(path.resolve(publicDir));
  const read = files.map((file) => readPost(file, authors, today, images));
  images.save();
  return read;
}

/** Returns the authors, the post files to read, and the posts an earlier build read from files unchanged since. */
export function startReading(contentDir: string, options: ReadOptions) {
  const { today = contentToday(), publicDir = path.join(contentDir, "..", "public"), earlier } = options;
  const { authors, problems } = readAuthors(contentDir);
  const reused: Post[] = [];
  const toRead: ContentFile[] = [];
  const images = new ImageReader(path.resolve(publicDir));
  for (const file of listMarkdownFiles(contentDir, "posts", problems)) {
    const before = earlier?.get(file.file);
    // A post is reused while its file and every image it shows are the same (the image's hash names its variants).
    const sameImages = before?.images.every((info) => sameImage(images.read(info.src), info));
    if (before?.sourceHash === sourceHash(file.raw) && authors.has(before.author.slug) && sameImages) {
      reused.push({ ...relink(before, authors), scheduled: before.date !== undefined && before.date > today });
    } else toRead.push(file);
  }
  images.save();
  return { authors, problems, reused, toRead, today, publicDir };
}

function sameImage(now: ImageInfo | string, before: ImageInfo): boolean {
  return typeof now !== "string" && now.hash === before.hash && now.width === before.width && now.height === before.height;
}

/**
 * Returns the content once every post is read; throws a ContentError listing every problem of every file, sorted
 * by file and line. Posts with problems of their own are still checked against the others (their links, topics).
 */
export function finishReading(reading: ReturnType<typeof startReading>, read: PostReading[]): Content {
  const { authors, problems, reused, publicDir } = reading;
  const posts = [...reused];
  const outlines = reused.map(outlineOf);
  for (const { post, outline, problems: own } of read) {
    problems.push(...own);
    if (post) posts.push(post);
    if (outline) outlines.push(outline);
  }
  problems.push(...checkTopics(outlines), ...checkReferences({ posts: outlines, authors, publicDir }));
  if (problems.length > 0) throw new ContentError(problems.sort(byFileAndLine));
  return { authors, posts: posts.sort(newestFirst) };
}

/** Returns the post with this thread's own author object. */
export function relink(post: Post, authors: ReadonlyMap<string, Author>): Post {
  return { ...post, author: authors.get(post.author.slug) ?? post.author };
}

function byFileAndLine(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
}
