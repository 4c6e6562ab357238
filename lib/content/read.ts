import { readAuthors, type Author } from "./authors";
import { checkReferences, checkTopics } from "./checks";
import { listMarkdownFiles } from "./files";
import { defaultPublicDir, isPublished, newestFirst, readPost, type Post } from "./posts";
import { ContentError, type Problem } from "./problems";
import { todayInAmsterdam, type CalendarDate } from "../dates";

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
}

/** Returns all authors and posts in `contentDir`, drafts included; throws a ContentError listing every problem. */
export function readContent(contentDir: string, options: ReadOptions = {}): Content {
  const { today = todayInAmsterdam(), publicDir = defaultPublicDir(contentDir) } = options;
  const { authors, problems } = readAuthors(contentDir);
  const posts: Post[] = [];
  for (const file of listMarkdownFiles(contentDir, "posts", problems)) {
    const post = readPost(file, authors, today);
    if (Array.isArray(post)) problems.push(...post);
    else posts.push(post);
  }
  problems.push(...checkTopics(posts), ...checkReferences({ posts, authors, publicDir, isPublished }));
  if (problems.length > 0) throw new ContentError(problems.sort(byFileAndLine));
  return { authors, posts: posts.sort(newestFirst) };
}

function byFileAndLine(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
}

