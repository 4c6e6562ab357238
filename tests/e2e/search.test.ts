// Search as a reader uses it: the field in the header of every page, and /zoeken's results, with JavaScript on and
// off. With npm start the server renders the results; in the static export the page's script does, and without
// JavaScript the exported page says how to find columns instead.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./browser";

const baseUrl = inject("baseUrl");
const target = inject("target");
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
  const findsResults = target === "server" || javaScriptEnabled;

  beforeAll(async () => {
    context = await browser.newContext({ javaScriptEnabled, baseURL: baseUrl });
    page = await context.newPage();
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(`${message.text()} ${message.location().url}`);
    });
    page.on("pageerror", (error) => consoleErrors.push(error.message));
  });

  afterAll(async () => {
    expect(consoleErrors).toEqual([]);
    await context?.close();
  });

  async function searchFromHeader(words: string): Promise<void> {
    await page.goto("/blog/i-have-of-i-live-a-dream");
    const field = page.locator("header").getByLabel("Zoeken in de columns");
    await field.fill(words);
    await field.press("Enter");
    await page.waitForURL(`**/zoeken?q=${encodeURIComponent(words)}`);
    await page.waitForLoadState("networkidle");
  }

  const status = () => page.getByRole("status").textContent();
  const resultTitles = () => page.locator(".search-results .post-list-title").allTextContents();

  it.runIf(findsResults)("finds Ik doe wat ik doe by the plural of a word in its body (leverancier)", async () => {
    await searchFromHeader("leveranciers");
    expect(await resultTitles()).toEqual(["Ik doe wat ik doe"]);
    expect(await status()).toBe("1 column gevonden voor “leveranciers”.");
    expect(await page.locator(".search-results mark").allTextContents()).toContain("leverancier");
    expect(await page.locator("main").getByLabel("Zoeken in de columns").inputValue()).toBe("leveranciers");
  });

  it.runIf(findsResults)("shows each column found with its author, Dutch date, lead and marked words", async () => {
    await searchFromHeader("klanten");
    expect(await resultTitles()).toContain("Ik doe wat ik doe");
    expect(await status()).toBe("2 columns gevonden voor “klanten”.");
    const hit = page.locator(".search-results li", { hasText: "Ik doe wat ik doe" });
    expect(await hit.locator(".post-meta").textContent()).toBe("Door Peter Bröring31 augustus 2017");
    expect(await hit.locator("time").getAttribute("datetime")).toBe("2017-08-31");
    expect(await hit.locator(".lead").textContent()).toContain("strategische factor");
    expect(await hit.locator("mark").count()).toBeGreaterThan(0);
    expect(await page.title()).toBe("Zoeken naar “klanten” — Blog Peter Bröring");
    await hit.getByRole("link", { name: "Ik doe wat ik doe" }).click();
    await page.waitForURL("**/blog/ik-doe-wat-ik-doe");
  });

  it.runIf(findsResults)("says so plainly when nothing is found", async () => {
    await searchFromHeader("xyzzy");
    expect(await status()).toBe("Geen columns gevonden voor “xyzzy”. Probeer een ander of korter woord.");
    expect(await resultTitles()).toEqual([]);
  });

  it("asks for words when the query is empty", async () => {
    await page.goto("/zoeken?q=");
    expect(await status()).toBe("Typ een of meer woorden om in de columns te zoeken.");
  });

  it.runIf(!findsResults)("says how to find columns without JavaScript in the static export", async () => {
    await searchFromHeader("klanten");
    expect(await page.locator(".search-notice").textContent()).toContain(
      "Zoeken werkt in deze versie van de site alleen met JavaScript",
    );
    await page.locator(".search-notice").getByRole("link", { name: "onderwerpen" }).click();
    await page.waitForURL("**/onderwerpen");
  });
});
