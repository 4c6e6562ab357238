// npm run lighthouse: serves the last production build with `next start` and runs Lighthouse (mobile emulation) on
// the index and a post in the system's Chromium. Prints the four scores and every audit that kept a category below
// 100. Not a test: scores vary a little from run to run.
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Result } from "lighthouse";
import { startServer } from "./bench-measure";
import { chromiumFlags, findChromium } from "./chromium";
import { choosePort } from "./ports";

const port = await choosePort(process.env.LIGHTHOUSE_PORT);
const baseUrl = `http://127.0.0.1:${port}`;

const server = await startServer("node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], baseUrl);
try {
  const pages = ["/", await firstPostPath()];
  const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: chromiumFlags });
  try {
    for (const path of pages) {
      const result = await lighthouse(`${baseUrl}${path}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
        formFactor: "mobile",
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      report(path, result.lhr);
    }
  } finally {
    chrome.kill();
  }
} finally {
  server.kill();
}

function report(path: string, lhr: Result): void {
  const categories = Object.values(lhr.categories);
  const scores = categories.map((category) => `${category.title} ${Math.round((category.score ?? 0) * 100)}`);
  console.log(`\n${path}: ${scores.join(", ")}`);
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
