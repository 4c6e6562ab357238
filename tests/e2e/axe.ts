// axe-core in the browser tests: put into a page once, then run as often as the page changes (another width,
// another colour scheme), which costs a fraction of a fresh injection each time.
import fs from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

// Evaluated, not added as a script tag: the pages' Content-Security-Policy would refuse an inline script.
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Returns the WCAG 2.2 AA violations on the page as it is now, one line each: rule and the elements it names. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: typeof import("axe-core") };
    const { violations } = await axe.run(document, {
      runOnly: { type: "tag", values: tags },
      resultTypes: ["violations"],
    });
    return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(", ")}`);
  }, wcag);
}
