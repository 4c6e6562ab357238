import type { Root } from "mdast";
import type { Author } from "./authors";
import { schemaProblems, type ContentFile } from "./files";
import type { CalendarDate } from "../dates";
import { splitFile, type SplitFile } from "./front-matter";
import { addHeadingIds, getReferences, parseMarkdown, plainText, renderHtml, treeDepth } from "../markdown";
import { markdownLimitProblem, maxTreeDepth } from "../markdown-limits";
import type { ImageReader } from "./images";
import { bodyPlaceholder } from "./new-post";
import { readPostImages } from "./post-images";
import { sourceHash, type Post, type PostOutline } from "./posts";
import type { Problem } from "./problems";
import { deriveLead, paragraphTexts } from "../lead";
import { checkPostFrontMatter, postSchema } from "./schema";
import { slugify } from "../slug";

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
  if (data.author !== undefined && !author) problems.push(unknownAuthor(file, split, data.author, authors));
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
  const { topics, references } = outline;
  const post: Post = {
    slug,
    file,
    bodyLine: split.bodyLine,
    fieldLines: split.fieldLines,
    topics,
    references,
    ...measure(body, data.title, data.description),
    title: data.title,
    date: data.date,
    updated: data.updated,
    author,
    lead: data.description,
    draft: data.draft ?? false,
    scheduled: data.date !== undefined && data.date > today,
    cover: postImages.cover,
    images: postImages.images,
    html: renderHtml(body),
    headings,
    sourceHash: sourceHash(raw),
  };
  return { post, outline, problems };
}

function unknownAuthor(file: string, split: SplitFile, slug: string, authors: ReadonlyMap<string, Author>): Problem {
  const known = [...authors.keys()].join(", ") || "none yet";
  const message = `no author "${slug}": add content/authors/${slug}.md or use a known author (${known})`;
  return { file, line: split.fieldLines.author, field: "author", message };
}

// The description (the editor's, or the start of the first paragraph), the word count and the reading time.
function measure(body: Root, title: string, lead?: string) {
  const wordCount = plainText(body)
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return {
    description: lead ?? deriveLead(paragraphTexts(body), title),
    wordCount,
    readingMinutes: Math.max(1, Math.ceil(wordCount / wordsPerMinute)),
  };
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

