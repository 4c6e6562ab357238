import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./browser";

const baseUrl = inject("baseUrl");
const columns = ["Ik doe wat ik doe", "‘I have’ of ‘I live a dream’?"];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe.each([
  { javaScript: "on", javaScriptEnabled: true },
  { javaScript: "off", javaScriptEnabled: false },
])("a reader with JavaScript $javaScript", ({ javaScriptEnabled }) => {
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];
  // Addresses the 404 test asks for on purpose; Chromium logs their status as an error.
  const expectedMissing = new Set<string>();

  beforeAll(async () => {
    context = await browser.newContext({ javaScriptEnabled, baseURL: baseUrl });
    page = await context.newPage();
    page.on("console", (message) => {
      const url = message.location().url;
      if (message.type() === "error" && !expectedMissing.has(url)) consoleErrors.push(`${message.text()} ${url}`);
    });
    page.on("pageerror", (error) => consoleErrors.push(error.message));
  });

  afterAll(async () => {
    expect(consoleErrors).toEqual([]);
    await context?.close();
  });

  it("sees both columns on the index, newest first", async () => {
    await page.goto("/");
    expect(await page.locator("html").getAttribute("lang")).toBe("nl");
    expect(await page.locator(".post-list-title").allTextContents()).toEqual(columns);
    expect(await page.locator(".post-list time").first().textContent()).toBe("31 augustus 2017");
    expect(await page.locator(".post-list .post-meta").first().textContent()).toContain("min leestijd");
  });

  it("opens a column by clicking its title", async () => {
    await page.goto("/");
    await page.getByRole("link", { name: "Ik doe wat ik doe" }).click();
    await page.waitForURL("**/blog/ik-doe-wat-ik-doe");
    expect(await page.locator("h1").allTextContents()).toEqual(["Ik doe wat ik doe"]);
    expect(await page.title()).toBe("Ik doe wat ik doe — Blog Peter Bröring");
    expect(await page.locator("article time").getAttribute("datetime")).toBe("2017-08-31");
    expect(await page.locator(".prose").textContent()).toContain("hóe je iets doet tenminste even belangrijk als wát");
  });

  it("follows the byline to the author's page, which lists both columns", async () => {
    await page.goto("/blog/i-have-of-i-live-a-dream");
    await page.locator(".post > header .post-meta").getByRole("link", { name: "Peter Bröring" }).click();
    await page.waitForURL("**/auteurs/peter-broring");
    expect(await page.locator("h1").textContent()).toBe("Peter Bröring");
    expect(await page.locator(".post-list-title").allTextContents()).toEqual(columns);
  });

  it("gets a Dutch page with status 404 for an unknown address", async () => {
    for (const path of ["/bestaat-niet", "/blog/bestaat-niet", "/auteurs/niemand"]) {
      expectedMissing.add(baseUrl + path);
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      expect(await page.locator("h1").textContent()).toBe("Pagina niet gevonden");
    }
  });
});
