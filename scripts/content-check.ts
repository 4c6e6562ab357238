// The content check that `npm run check` and `npm run build` both run first (the build on a worker thread, which
// loads only what this file imports).
import path from "node:path";
import { imageSummary } from "../lib/content/images";
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

/** Checks the content into the content store; returns false after printing every problem. */
export async function storeContent(): Promise<boolean> {
  const started = performance.now();
  if (!(await checkContent())) return false;
  console.log(`Content read and checked in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  return true;
}
