// The browser gate: every page the build produced (from the sitemap) and the 404 page, in real Chromium.
import path from "node:path";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import type { Browser, Page, Request } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { axeViolations } from "./axe";
import { launchBrowser } from "./browser";
import { saveScreenshot } from "./screenshots";
import { getSitemapUrls, missingPath, toLocal } from "./site-pages";

const baseUrl = inject("baseUrl");
const target = inject("target");
// The search page is not in the sitemap (its results are for readers, not crawlers): check each of its states. Nor
// are the newsletter's page and the answers a reader gets from it, which both outputs have.
const searchStates = ["/zoeken", "/zoeken?q=klanten", "/zoeken?q=xyzzy", "/zoeken?q="];
const followPages = ["/volgen", "/volgen/ontvangen", "/volgen/welkom", "/volgen/afgemeld"];
const sitemapPages = (await getSitemapUrls(baseUrl)).map((url) => toLocal(url, baseUrl));
const pages = [
  ...sitemapPages,
  ...[...searchStates, ...followPages].map((state) => baseUrl + state),
  baseUrl + missingPath,
];
const htmlValidate = new HtmlValidate(new FileSystemConfigLoader());
const schemes = ["light", "dark"] as const;
const widths = [375, 1280];

let browser: Browser;
// Every internal link and asset the pages name, gathered while each page is looked at.
const linkTargets = new Set<string>();

/** A tab kept for the whole file, the page it shows, that page's requests, and its console errors and failures. */
interface Tab {
  page: Page;
  url: string;
  requests: Set<Request>;
  problems: string[];
}
// One tab with JavaScript and one without, going from page to page: a fresh tab starts a renderer process, which
// costs here five times a navigation in the same tab.
const tabs = new Map<"js" | "no-js", Tab>();

async function openTabs(): Promise<void> {
  for (const name of ["js", "no-js"] as const) {
    await tabs.get(name)?.page.context().close();
    const context = await browser.newContext({ javaScriptEnabled: name === "js" });
    tabs.set(name, watch(await context.newPage(), name === "no-js"));
  }
}

beforeAll(async () => {
  browser = await launchBrowser();
  await openTabs();
});

// A test that failed may still be running (a timeout does not stop it): the next page gets fresh tabs, not its.
beforeEach(({ onTestFailed }) => onTestFailed(openTabs));

afterAll(async () => {
  await browser?.close();
});

function watch(page: Page, scriptsOff: boolean): Tab {
  const tab: Tab = { page, url: "", requests: new Set(), problems: [] };
  page.on("request", (request) => tab.requests.add(request));
  page.on("console", (message) => {
    // Chromium logs the 404 page's own status as an error; that status is the point of the page.
    const isExpected404 = tab.url.endsWith(missingPath) && message.location().url === tab.url;
    if (message.type() === "error" && !isExpected404) tab.problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => tab.problems.push(`page error: ${error.message}`));
  // A request of the page the tab left (cancelled by leaving it) is not this page's problem.
  page.on("requestfailed", (request) => {
    // With JavaScript off, Chromium cancels script preloads itself.
    const scriptCancelled = scriptsOff && request.resourceType() === "script";
    if (tab.requests.has(request) && !scriptCancelled) tab.problems.push(`failed: ${request.url()}`);
  });
  page.on("response", (response) => {
    const url = response.url();
    if (tab.requests.has(response.request()) && response.status() >= 400 && url !== tab.url) {
      tab.problems.push(`${response.status()}: ${url}`);
    }
  });
  return tab;
}

/** Shows `url` in the tab at the first width, light, once loaded, with its problems counted from now. */
async function open(name: "js" | "no-js", url: string): Promise<Tab> {
  const tab = tabs.get(name)!;
  tab.url = url;
  tab.requests = new Set();
  tab.problems = [];
  await tab.page.setViewportSize({ width: widths[0], height: 900 });
  await tab.page.emulateMedia({ colorScheme: schemes[0] });
  await tab.page.goto(url, { waitUntil: "load" });
  return tab;
}

function nameOf(url: string): string {
  const { pathname, search } = new URL(url);
  return (pathname.replace(/^\/$/, "/index").slice(1) + search).replace(/[/?=&]/g, "_");
}

describe.each(pages)("%s", (url) => {
  it("is valid HTML with one h1", async () => {
    const html = await (await fetch(url)).text();
    const report = await htmlValidate.validateString(html, path.join(process.cwd(), `${nameOf(url)}.html`));
    const messages = report.results.flatMap((result) =>
      result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
    );
    expect(messages).toEqual([]);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
  });

  // One tab, looked at in every width and scheme in turn (the page's CSS answers both at once): axe is put in once.
  // Then the network must go quiet without errors, and the page's links and assets are kept for the test below.
  it("has no axe violations (WCAG 2.2 AA) in light and dark at 375 and 1280 px, no console errors or failed requests, and fits 320 px", async () => {
    const { page, problems } = await open("js", url);
    const violations: string[] = [];
    for (const width of widths) {
      await page.setViewportSize({ width, height: 900 });
      for (const colorScheme of schemes) {
        await page.emulateMedia({ colorScheme });
        violations.push(...(await axeViolations(page)).map((violation) => `${colorScheme} ${width}: ${violation}`));
        // The screenshots are of out/'s pages, which differ from npm start's only where the export swaps a form for
        // links (tests/e2e/reactions.test.ts shows the form): taken once, in the export's run.
        if (target === "static") await saveScreenshot(page, `${nameOf(url)}-${width}-${colorScheme}.jpg`);
      }
    }
    await page.waitForLoadState("networkidle");
    await page.setViewportSize({ width: 320, height: 640 });
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    // Every image candidate too: most images load lazily, so the tab never asks for those below the fold.
    const found = await page.evaluate(() => [
      ...[...document.querySelectorAll("a[href]:not([href^='#']), link[href], img[src], script[src]")].map(
        (element) => (element as HTMLAnchorElement).href || (element as HTMLImageElement).src,
      ),
      ...[...document.querySelectorAll("img[srcset], source[srcset]")].flatMap((element) =>
        element
          .getAttribute("srcset")!
          .split(",")
          .map((candidate) => new URL(candidate.trim().split(/\s+/)[0], document.baseURI).href),
      ),
    ]);
    for (const target of found) if (target.startsWith(baseUrl)) linkTargets.add(target.split("#")[0]);
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
    expect(scrollWidth).toBeLessThanOrEqual(320);
  });

  it("has its content, and links that navigate, with JavaScript off", async () => {
    const { page, problems } = await open("no-js", url);
    expect(await page.locator("main h1").count()).toBe(1);
    expect((await page.locator("main").innerText()).length).toBeGreaterThan(40);
    // The page's own problems, before the click: leaving it cancels whatever it still loads, which is no failure.
    expect(problems).toEqual([]);
    const link = page.locator("main a[href^='/']:visible").first();
    const href = await link.getAttribute("href");
    await link.click();
    await page.waitForURL(baseUrl + href);
  });
});

describe("links and assets", () => {
  it("every internal link and asset on every page answers 200", async () => {
    const failures: string[] = [];
    for (const target of linkTargets) {
      const response = await fetch(target);
      if (response.status !== 200) failures.push(`${response.status} ${target}`);
    }
    expect(failures).toEqual([]);
    // And no page of the sitemap is an orphan: a reader (or a crawler without the sitemap) reaches each by a link.
    expect(sitemapPages.filter((page) => !linkTargets.has(page))).toEqual([]);
  });
});
