// Lighthouse (mobile emulation) in the system's Chromium, for npm run lighthouse and the image benchmark.
import http from "node:http";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Result } from "lighthouse";
import serveHandler from "serve-handler";
import { chromiumFlags, findChromium } from "./chromium";

/** Returns Lighthouse's report of each page under `baseUrl`, run one after another in one Chromium. */
export async function runLighthouse(baseUrl: string, paths: string[]): Promise<Map<string, Result>> {
  const reports = new Map<string, Result>();
  const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: chromiumFlags });
  try {
    for (const page of paths) {
      const result = await lighthouse(`${baseUrl}${page}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
        formFactor: "mobile",
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
      reports.set(page, result.lhr);
    }
  } finally {
    chrome.kill();
  }
  return reports;
}

/** Returns a category's score out of 100. */
export function score(report: Result, category = "performance"): number {
  return Math.round((report.categories[category]?.score ?? 0) * 100);
}

/** Serves a static export the way any static host does (`.html` left off, 404.html for missing pages). */
export async function serveStatic(root: string, port: number): Promise<() => void> {
  const server = http.createServer((request, response) =>
    serveHandler(request, response, { public: path.resolve(root), cleanUrls: true, trailingSlash: false }),
  );
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return () => server.close();
}
