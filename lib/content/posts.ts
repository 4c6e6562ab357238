import crypto from "node:crypto";
import type { Author } from "./authors";
import type { CalendarDate } from "../dates";
import type { Heading, Reference } from "../markdown";
import type { ImageInfo } from "../images";
import type { Cover } from "./post-images";

/** A topic: a tag label and the slug of its page. */
export interface Topic {
  slug: string;
  label: string;
}

/** A post as routes, feeds and the sitemap use it. */
export interface Post {
  slug: string;
  title: string;
  date?: CalendarDate;
  updated?: CalendarDate;
  author: Author;
  description: string;
  /** The editor's own description, shown under the title; absent when derived from the body. */
  lead?: string;
  topics: Topic[];
  draft: boolean;
  /** Dated after the day it was loaded on: published once that day comes. */
  scheduled: boolean;
  wordCount: number;
  readingMinutes: number;
  /** The body as sanitized HTML, links and images site-relative. The syntax tree is not kept: at thousands of
   * posts it would cost each build process gigabytes. */
  html: string;
  /** The body's headings with their ids, for "In deze column". */
  headings: Heading[];
  /** The cover image with its description, shown at the top of the column and on its cards. */
  cover?: Cover;
  /** Every image of the post in public/ (the cover first), for the variants the build writes. */
  images: ImageInfo[];
  /** The body's links and images, for the checks across files. */
  references: Reference[];
  /** A hash of the file's text: a later build reuses this reading while the file stays the same. */
  sourceHash: string;
  /** Where the post came from, for messages: `content/posts/x.md`. */
  file: string;
  bodyLine: number;
  /** The file line of each front-matter field, for messages about it. */
  fieldLines: Readonly<Record<string, number>>;
}

/** What the checks across files need of a post; a post with problems of its own has one too, so its links are checked. */
export type PostOutline = Pick<Post, "slug" | "file" | "bodyLine" | "fieldLines" | "topics" | "references"> & {
  authorSlug?: string;
  published: boolean;
};

/** Returns the outline of a post read without problems. */
export function outlineOf(post: Post): PostOutline {
  const { slug, file, bodyLine, fieldLines, topics, references } = post;
  return { slug, file, bodyLine, fieldLines, topics, references, authorSlug: post.author.slug, published: isPublished(post) };
}

/** Returns a short hash of a content file's text. */
export function sourceHash(raw: string): string {
  return crypto.createHash("sha1").update(raw).digest("base64url");
}

/** Returns true for a post readers may see: not a draft and not scheduled. */
export function isPublished(post: Pick<Post, "draft" | "scheduled">): boolean {
  return !post.draft && !post.scheduled;
}

/** Returns the day the first scheduled post (not a draft) is due, when a build publishes it; undefined for none. */
export function nextPublication(posts: Pick<Post, "draft" | "scheduled" | "date">[]): CalendarDate | undefined {
  const due = posts.filter((post) => post.scheduled && !post.draft && post.date).map((post) => post.date!);
  return due.sort()[0];
}

/** Orders posts newest first; undated posts come last, by title. */
export function newestFirst(a: Post, b: Post): number {
  if (a.date !== b.date) {
    if (!a.date) return 1;
    if (!b.date) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.title.localeCompare(b.title, "nl");
}
