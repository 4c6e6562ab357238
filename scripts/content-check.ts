// The content check that `npm run check` and `npm run build` both run first (the build on a worker thread, which
// loads only what this file imports).
import fs from "node:fs";
import path from "node:path";
import { imageSummary } from "../lib/content/images";
import { nextPublication } from "../lib/content/posts";
import { ContentError, formatProblem } from "../lib/content/problems";
import type { Content } from "../lib/content/read";
import { buildContent } from "../lib/content/read-parallel";
import { configuredSources, removeProblems, writeProblems } from "../lib/content/store";
import { contentCheckWantedFile } from "../lib/cache";
import { site } from "../lib/site";

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
 * Checks the content now and again whenever a page of npm run dev asks (lib/content/load.ts), until stopped: the
 * check beside next dev. What it finds it writes, for the page waiting for it: the store, or the problems (removed
 * once fixed). Prints what it finds whenever that changes.
 */
export function followContent() {
  let printed = "";
  let checking = false;
  let again = false;
  async function checkWhileAsked() {
    if (checking) {
      again = true;
      return;
    }
    checking = true;
    do {
      again = false;
      try {
        const report = await checkAndAnswer();
        if (report !== printed) console.log((printed = report));
      } catch (error) {
        // Not even the problems written (a full disk): the page asks again within a second.
        console.error(error);
      }
    } while (again);
    checking = false;
  }
  void checkWhileAsked();
  let asked = readAsked();
  setInterval(() => {
    const now = readAsked();
    if (now === asked) return;
    asked = now;
    void checkWhileAsked();
  }, 25);
}

// The report of one check of npm run dev, after writing its answer: the store (when it was not current already, and
// the problems of an earlier check removed), or the problems.
async function checkAndAnswer(): Promise<string> {
  try {
    const { content, report } = await check("save, and reload the page");
    if (content) removeProblems();
    return report;
  } catch (error) {
    // Not the content's problem: the page waiting for this check shows it as one.
    const report = `The check of ${site.contentDir} failed: ${error instanceof Error ? error.message : error}`;
    writeProblems(configuredSources(), [{ file: site.contentDir, message: report }]);
    return report;
  }
}

function readAsked(): string {
  try {
    return fs.readFileSync(contentCheckWantedFile, "utf8");
  } catch {
    return ""; // Not asked yet.
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
