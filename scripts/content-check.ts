// The content check that `npm run check` and `npm run build` both run first (the build on a worker thread, which
// loads only what this file imports).
import fs from "node:fs";
import path from "node:path";
import { imageSummary } from "../lib/content/images";
import { nextPublication } from "../lib/content/posts";
import { ContentError, formatProblem } from "../lib/content/problems";
import type { Content } from "../lib/content/read";
import { buildContent } from "../lib/content/read-parallel";
import { configuredSources, libFingerprint, writeProblems } from "../lib/content/store";
import { generatedFolder } from "../lib/paths";
import { contentToday, site } from "../lib/site";

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Returns the checked content of the configured folder after printing a summary, or undefined after printing every
 * problem of every file, by file and line, and their count. The content store is left for the processes that follow.
 */
export async function checkContent(): Promise<Content | undefined> {
  const { content, report } = await check("run npm run check again");
  (content ? console.log : console.error)(report);
  return content;
}

// The content, or undefined, and what to print: the summary, or every problem and how to go on.
async function check(then: string): Promise<{ content?: Content; report: string }> {
  try {
    const content = await buildContent();
    return { content, report: summary(site.contentDir, content) };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    const { problems } = error;
    const counted = count(problems.length, "problem", "problems");
    return { report: `${problems.map(formatProblem).join("\n")}\n\n${counted}: fix and ${then}.` };
  }
}

/**
 * Checks the content now and again at every saved change in its folder, in public/ (its generated files aside) and
 * in lib/, and past midnight, until stopped: the check beside next dev, whose pages wait for it after an edit (see
 * lib/content/load.ts). Prints what it finds whenever that changes.
 */
export function followContent() {
  let printed = "";
  let today = "";
  let checking: Promise<void> | undefined;
  let again = false;
  async function checkUntilCurrent() {
    do {
      again = false;
      today = contentToday();
      let report: string;
      try {
        report = (await check("save: the preview follows")).report;
      } catch (error) {
        // No ContentError: the page waiting for this check gets the failure as its problem.
        report = `The check of ${site.contentDir} failed: ${error instanceof Error ? error.message : error}`;
        writeProblems(configuredSources(), [{ file: site.contentDir, message: report }]);
      }
      if (report !== printed) console.log((printed = report));
    } while (again);
    checking = undefined;
  }
  const checkAgain = () => {
    if (checking) again = true;
    else checking = checkUntilCurrent();
  };
  checkAgain();
  const lib = path.resolve("lib");
  for (const dir of [site.contentDir, site.publicDir, lib].filter((dir) => fs.existsSync(dir))) {
    fs.watch(dir, { recursive: true }, (_, name) => {
      if (dir === site.publicDir && name?.split(path.sep)[0] === generatedFolder) return;
      if (dir === lib) libFingerprint(true);
      checkAgain();
    });
  }
  // A page asked for past midnight waits for this: the day is asked every second, which costs nothing.
  setInterval(() => contentToday() !== today && checkAgain(), 1000);
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
