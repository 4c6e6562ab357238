import crypto from "node:crypto";
import path from "node:path";
import type { Author } from "./authors";
import { schemaProblems, type ContentFile } from "./files";
import type { CalendarDate } from "../dates";
import { splitFile, type SplitFile } from "./front-matter";
import {
  addHeadingIds,
  getReferences,
  parseMarkdown,
  plainText,
  renderHtml,
  treeDepth,
  type Heading,
  type Reference,
} from "../markdown";
import { markdownLimitProblem, maxTreeDepth } from "../markdown-limits";
import type { ImageInfo } from "../images";
import { deriveLead, paragraphTexts } from "../lead";
import type { ImageReader } from "./images";
import { bodyPlaceholder } from "./new-post";
import { readPostImages, type Cover } from "./post-images";
import type { Problem } from "./problems";
import { postSchema } from "./schema";
import { slugify } from "../slug";

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
  fieldLines: ReadonlyMap<string, number>;
}

const wordsPerMinute = 200;

/** Returns the post in `file`, or the problems that keep it from being one; its images are read with `images`. */
export function readPost(
  { file, slug, raw }: ContentFile,
  authors: ReadonlyMap<string, Author>,
  today: CalendarDate,
  images: ImageReader,
): Post | Problem[] {
  const split = splitFile(file, raw);
  if (Array.isArray(split)) return split;
  const parsed = postSchema.safeParse(split.data);
  if (!parsed.success) return schemaProblems(file, split, parsed.error.issues, Object.keys(postSchema.shape));
  const data = parsed.data;
  const author = authors.get(data.author);
  const problems: Problem[] = [];
  if (!author) {
    const known = [...authors.keys()].join(", ") || "none yet";
    const message = `no author "${data.author}": add content/authors/${data.author}.md or use a known author (${known})`;
    problems.push({ file, line: split.fieldLines.get("author"), field: "author", message });
  }
  problems.push(...bodyProblems(file, split));
  if (!author || problems.length > 0) return problems;
  const body = parseMarkdown(split.body);
  // The limits checked before parsing keep trees far shallower; this bounds the recursive HTML step whatever slips by.
  if (treeDepth(body) > maxTreeDepth) {
    return [{ file, line: split.bodyLine, field: "body", message: `nests more than ${maxTreeDepth} levels deep` }];
  }
  const headings = addHeadingIds(body);
  // Image problems do not keep the post from being read, so its other problems (links) are found in the same run.
  const { cover, images: postImages, problems: imageProblems } = readPostImages({ file, ...split }, data, body, images);
  images.problems.push(...imageProblems);
  const wordCount = plainText(body)
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return {
    slug,
    title: data.title,
    date: data.date,
    updated: data.updated,
    author,
    lead: data.description,
    description: data.description ?? deriveLead(paragraphTexts(body), data.title),
    topics: (data.tags ?? []).map((label) => ({ label, slug: slugify(label) })),
    draft: data.draft ?? false,
    scheduled: data.date !== undefined && data.date > today,
    wordCount,
    readingMinutes: Math.max(1, Math.ceil(wordCount / wordsPerMinute)),
    cover,
    images: postImages,
    html: renderHtml(body),
    headings,
    references: getReferences(body),
    sourceHash: sourceHash(raw),
    file,
    bodyLine: split.bodyLine,
    fieldLines: split.fieldLines,
  };
}

/** Returns a short hash of a content file's text. */
export function sourceHash(raw: string): string {
  return crypto.createHash("sha1").update(raw).digest("base64url");
}

function bodyProblems(file: string, { body, bodyLine }: SplitFile): Problem[] {
  if (!body.trim())
    return [{ file, line: bodyLine, field: "body", message: "is empty: write the column below the front matter" }];
  const limit = markdownLimitProblem(body);
  if (limit) return [{ file, line: bodyLine + limit.line - 1, field: "body", message: limit.message }];
  const placeholderAt = body.indexOf(bodyPlaceholder);
  if (placeholderAt < 0) return [];
  const line = bodyLine + body.slice(0, placeholderAt).split("\n").length - 1;
  return [
    {
      file,
      line,
      field: "body",
      message: "still holds the placeholder of npm run new-post: replace it with the column",
    },
  ];
}

/** Returns true for a post readers may see: not a draft and not scheduled. */
export function isPublished(post: Post): boolean {
  return !post.draft && !post.scheduled;
}

/** Returns where images in posts must exist: `public/` beside the content folder. */
export function defaultPublicDir(contentDir: string): string {
  return path.join(contentDir, "..", "public");
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

