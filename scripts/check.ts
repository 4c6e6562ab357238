// npm run check [-- <content folder>]: checks every content file the way the build does, without building.
import path from "node:path";
import { ContentError, formatProblem } from "../lib/content/problems";
import { readContentOnce } from "../lib/content/snapshot";
import { site } from "../lib/site";

const contentDir = process.argv[2] ? path.resolve(process.argv[2]) : site.contentDir;

try {
  // Stored for the build that follows (npm run build), so that its processes need not read everything again.
  const { posts, authors } = readContentOnce(contentDir);
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const topics = new Set(posts.flatMap((post) => post.topics.map((topic) => topic.slug)));
  const drafts = posts.filter((post) => post.draft).length;
  const scheduled = posts.filter((post) => post.scheduled && !post.draft).length;
  console.log(
    `${path.relative(process.cwd(), contentDir) || "."}/ is in order: ${count(posts.length, "post", "posts")} ` +
      `(${count(drafts, "draft", "drafts")}, ${scheduled} scheduled), ${count(authors.size, "author", "authors")}, ` +
      `${count(topics.size, "topic", "topics")}.`,
  );
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  const { problems } = error;
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(
    `\n${problems.length === 1 ? "1 problem" : `${problems.length} problems`}: fix and run npm run check again.`,
  );
  process.exitCode = 1;
}
