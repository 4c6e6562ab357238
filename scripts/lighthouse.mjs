// npm run lighthouse: builds nothing; serves the last production build with `next start` and runs Lighthouse
// (mobile emulation) on the index and a post in the system's Chromium. Prints the four scores and every audit
// that kept a category below 100. Not a test: scores vary a little from run to run.
import { spawn } from "node:child_process";
import fs from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const port = Number(process.env.LIGHTHOUSE_PORT ?? 3200);
const baseUrl = `http://127.0.0.1:${port}`;
const chromePath = [process.env.CHROME_PATH, "/usr/bin/chromium"].find(
  (candidate) => candidate && fs.existsSync(candidate),
);
if (!chromePath) throw new Error("No Chromium found: install it (apt-get install -y chromium) or set CHROME_PATH.");

const server = spawn("node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], { stdio: "ignore" });
try {
  await waitUntilUp(baseUrl);
  const postPath = await firstPostPath();
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    for (const path of ["/", postPath]) {
      const { lhr } = await lighthouse(`${baseUrl}${path}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
        formFactor: "mobile",
      });
      report(path, lhr);
    }
  } finally {
    await chrome.kill();
  }
} finally {
  server.kill();
}

function report(path, lhr) {
  const scores = Object.values(lhr.categories).map(
    (category) => `${category.title} ${Math.round(category.score * 100)}`,
  );
  console.log(`\n${path}: ${scores.join(", ")}`);
  for (const category of Object.values(lhr.categories)) {
    for (const { id, weight } of category.auditRefs) {
      const audit = lhr.audits[id];
      if (weight > 0 && audit.score !== null && audit.score < 1) {
        console.log(`  ${category.title}: ${audit.title} (${id}) ${audit.displayValue ?? ""}`.trimEnd());
      }
    }
  }
}

async function firstPostPath() {
  const html = await (await fetch(baseUrl)).text();
  const match = /href="(\/blog\/[^"]+)"/.exec(html);
  if (!match) throw new Error("The index lists no post to measure.");
  return match[1];
}

async function waitUntilUp(url) {
  for (let tries = 0; tries < 150; tries++) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`next start did not answer on ${url}: run npm run build first`);
}
