// The content check that `npm run check` and `npm run build` both run first (the build on a worker thread, which
// loads only what this file imports).
import path from "node:path";
import { imageSummary } from "../lib/content/images";
import { nextPublication } from "../lib/content/posts";
import { ContentError, formatProblem } from "../lib/content/problems";
import type { Content } from "../lib/content/read";
import { buildContent } from "../lib/content/read-parallel";
import { site } from "../lib/site";

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Returns the checked content of the configured folder after printing a summary, or undefined after printing every
 * problem of every file, by file and line, and their count. The content store is left for the processes that follow.
 */
export async function checkContent(): Promise<Content | undefined> {
  try {
    const content = await buildContent();
    console.log(summary(site.contentDir, content));
    return content;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    const { problems } = error;
    for (const problem of problems) console.error(formatProblem(problem));
    console.error(`\n${count(problems.length, "problem", "problems")}: fix and run npm run check again.`);
    return undefined;
  }
}

function summary(contentDir: string, { posts, authors }: Content): string {
  const topics = new Set(posts.flatMap((post) => post.topics.map((topic) => topic.slug)));
  const drafts = posts.filter((post) => post.draft).length;
  const scheduled = posts.filter((post) => post.scheduled && !post.draft).length;
  return (
    `${path.relative(process.cwd(), contentDir) || "."}/ is in order: ${count(posts.length, "post", "posts")} ` +
    `(${count(drafts, "draft", "drafts")}, ${scheduled} scheduled), ${count(authors.size, "author", "authors")}, ` +
    `${count(topics.size, "topic", "topics")}${imageSummary(posts.flatMap((post) => post.images))}.`
  );
}

/** What a build needs to know of the content it checked: the day its next scheduled post is due, if any. */
export interface StoredContent {
  nextPublication?: string;
}

/** Checks the content into the content store; returns undefined after printing every problem. */
export async function storeContent(): Promise<StoredContent | undefined> {
  const started = performance.now();
  const content = await checkContent();
  if (!content) return undefined;
  console.log(`Content read and checked in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  return { nextPublication: nextPublication(content.posts) };
}
