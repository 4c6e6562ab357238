// npm run lighthouse [-- --export]: serves the last production build with `next start` (or, with --export, out/
// from a plain static file server) and runs Lighthouse (mobile emulation) on the index and a post in the system's
// Chromium. Prints the four scores and every audit that kept a category below 100. Not a test: scores vary a little
// from run to run.
import type { Result } from "lighthouse";
import { startSite } from "../tools/server";
import { runLighthouse, serveStatic } from "../tools/lighthouse-run";
import { choosePort } from "../tools/ports";

const port = await choosePort(process.env.LIGHTHOUSE_PORT);
const baseUrl = `http://127.0.0.1:${port}`;
const exported = process.argv.includes("--export");

const stop = exported ? await serveStatic("out", port) : await startSite(port).then((server) => () => server.kill());
try {
  const pages = ["/", ...process.argv.slice(2).filter((arg) => arg.startsWith("/"))];
  if (pages.length === 1) pages.push(await firstPostPath());
  for (const [path, result] of await runLighthouse(baseUrl, pages)) report(path, result);
} finally {
  stop();
}

function report(path: string, lhr: Result): void {
  const categories = Object.values(lhr.categories);
  const scores = categories.map((category) => `${category.title} ${Math.round((category.score ?? 0) * 100)}`);
  console.log(`\n${path}${exported ? " (export)" : ""}: ${scores.join(", ")}`);
  for (const category of categories) {
    for (const { id, weight } of category.auditRefs) {
      const audit = lhr.audits[id];
      if (weight > 0 && audit.score !== null && audit.score < 1) {
        console.log(`  ${category.title}: ${audit.title} (${id}) ${audit.displayValue ?? ""}`.trimEnd());
      }
    }
  }
}

async function firstPostPath(): Promise<string> {
  const html = await (await fetch(baseUrl)).text();
  const match = /href="(\/blog\/[^"]+)"/.exec(html);
  if (!match) throw new Error("The index lists no post to measure.");
  return match[1];
}
