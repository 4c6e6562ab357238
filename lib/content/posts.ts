import crypto from "node:crypto";
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
import { checkPostFrontMatter, postSchema } from "./schema";
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
  fieldLines: Readonly<Record<string, number>>;
}

/** What the checks across files need of a post; a post with problems of its own has one too, so its links are checked. */
export type PostOutline = Pick<Post, "slug" | "file" | "bodyLine" | "fieldLines" | "topics" | "references"> & {
  authorSlug?: string;
  published: boolean;
};

/** A post file read: the post when it has no problems of its own, its outline when it could be parsed, its problems. */
export interface PostReading {
  post?: Post;
  outline?: PostOutline;
  problems: Problem[];
}

const wordsPerMinute = 200;

/**
 * Reads `file` as a post, its images with `images`, and returns every problem of its own at once: front matter, author,
 * body and images. Only a file whose front matter cannot be parsed at all stops there.
 */
export function readPost(
  { file, slug, raw }: ContentFile,
  authors: ReadonlyMap<string, Author>,
  today: CalendarDate,
  images: ImageReader,
): PostReading {
  const split = splitFile(file, raw);
  if (Array.isArray(split)) return { problems: split };
  const { data, issues } = checkPostFrontMatter(split.data);
  const problems = schemaProblems(file, split, issues, Object.keys(postSchema.shape));
  const author = data.author === undefined ? undefined : authors.get(data.author);
  if (data.author !== undefined && !author) {
    const known = [...authors.keys()].join(", ") || "none yet";
    const message = `no author "${data.author}": add content/authors/${data.author}.md or use a known author (${known})`;
    problems.push({ file, line: split.fieldLines.author, field: "author", message });
  }
  const outline: PostOutline = {
    slug,
    file,
    bodyLine: split.bodyLine,
    fieldLines: split.fieldLines,
    topics: (data.tags ?? []).map((label) => ({ label, slug: slugify(label) })),
    references: [],
    authorSlug: data.author,
    published: !data.draft && !(data.date !== undefined && data.date > today),
  };
  const bodyProblem = bodyProblems(file, split);
  if (bodyProblem.length > 0) return { outline, problems: [...problems, ...bodyProblem] };
  const body = parseMarkdown(split.body);
  // The limits checked before parsing keep trees far shallower; this bounds the recursive HTML step whatever slips by.
  if (treeDepth(body) > maxTreeDepth) {
    const message = `nests more than ${maxTreeDepth} levels deep`;
    return { outline, problems: [...problems, { file, line: split.bodyLine, field: "body", message }] };
  }
  const headings = addHeadingIds(body);
  const postImages = readPostImages({ file, ...split }, data, body, images);
  problems.push(...postImages.problems);
  outline.references = getReferences(body);
  if (problems.length > 0 || !author || data.title === undefined) return { outline, problems };
  const wordCount = plainText(body)
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  const post: Post = {
    slug,
    title: data.title,
    date: data.date,
    updated: data.updated,
    author,
    lead: data.description,
    description: data.description ?? deriveLead(paragraphTexts(body), data.title),
    topics: outline.topics,
    draft: data.draft ?? false,
    scheduled: data.date !== undefined && data.date > today,
    wordCount,
    readingMinutes: Math.max(1, Math.ceil(wordCount / wordsPerMinute)),
    cover: postImages.cover,
    images: postImages.images,
    html: renderHtml(body),
    headings,
    references: outline.references,
    sourceHash: sourceHash(raw),
    file,
    bodyLine: split.bodyLine,
    fieldLines: split.fieldLines,
  };
  return { post, outline, problems };
}

/** Returns the outline of a post read without problems. */
export function outlineOf(post: Post): PostOutline {
  const { slug, file, bodyLine, fieldLines, topics, references } = post;
  return { slug, file, bodyLine, fieldLines, topics, references, authorSlug: post.author.slug, published: isPublished(post) };
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
export function isPublished(post: Pick<Post, "draft" | "scheduled">): boolean {
  return !post.draft && !post.scheduled;
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

