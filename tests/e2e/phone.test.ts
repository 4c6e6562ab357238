// The small things a reader sees on a phone: a byline that wraps without a lone "·", a header search field that
// says what it is, one search field on /zoeken, and search results that do not show their lead twice.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { repeatsLead } from "@/lib/outputs/search-lead";
import { launchBrowser } from "./browser";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

// One tab per width, going from page to page, as in tests/e2e/gate.test.ts.
const tabs = new Map<number, Page>();

// A test that failed may still be running (a timeout does not stop it): the next test gets fresh tabs, not its.
beforeEach(({ onTestFailed }) =>
  onTestFailed(async () => {
    for (const page of tabs.values()) await page.context().close();
    tabs.clear();
  }),
);

async function phonePage(width: number): Promise<Page> {
  let page = tabs.get(width);
  if (!page) {
    page = await (await browser.newContext({ baseURL: baseUrl, viewport: { width, height: 800 } })).newPage();
    tabs.set(width, page);
  }
  return page;
}

type Item = { text: string; startsLine: boolean; separatorSeen: boolean };

// For every item of every byline: does it start a line, and does a reader see a separator in front of it? A
// separator is seen when the item has one and the point in its middle belongs to the item (clipped away, it
// belongs to what lies beneath).
function bylineItems(page: Page): Promise<Item[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll(".post-meta")].flatMap((meta) => {
      const children = [...meta.children] as HTMLElement[];
      const lineStart = Math.min(...children.map((child) => child.getBoundingClientRect().left));
      return children.map((child) => {
        child.scrollIntoView({ block: "center" });
        const box = child.getBoundingClientRect();
        const before = getComputedStyle(child, "::before");
        const width = parseFloat(before.width) || 0;
        const hit = document.elementFromPoint(box.left + width / 2, box.top + box.height / 2);
        return {
          text: child.textContent ?? "",
          startsLine: Math.abs(box.left - lineStart) < 1,
          separatorSeen: before.content !== "none" && width > 0 && hit !== null && child.contains(hit),
        };
      });
    }),
  );
}

describe.each([320, 375])("at %i px", (width) => {
  it.each(["/", "/blog/ik-doe-wat-ik-doe", "/auteurs/peter-broring"])(
    "%s: no byline line starts with a separator, and every other item has one",
    async (path) => {
      const page = await phonePage(width);
      await page.goto(path);
      const items = await bylineItems(page);
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) expect(item.separatorSeen, `${path}: ${item.text}`).toBe(!item.startsLine);
    },
  );

  it("the index's first byline wraps at this width, so the line start is really tested", async () => {
    const page = await phonePage(width);
    await page.goto("/");
    const items = await bylineItems(page);
    expect(items.slice(1).some((item) => item.startsLine)).toBe(true);
  });
});

describe("search on a phone", () => {
  it("the header's search field says what it is for", async () => {
    const page = await phonePage(375);
    await page.goto("/");
    const field = page.locator("header input[name=q]");
    expect(await field.getAttribute("placeholder")).toBe("Zoeken in de columns");
    expect(await field.isVisible()).toBe(true);
  });

  it.each(["/zoeken", "/zoeken?q=strategie"])("%s shows one search field, the page's own", async (path) => {
    const page = await phonePage(375);
    await page.goto(path);
    const visible = await page
      .locator("input[name=q]")
      .evaluateAll((fields) =>
        fields.filter((field) => field.checkVisibility()).map((field) => field.closest("main") !== null),
      );
    expect(visible).toEqual([true]);
  });

  it("a result whose excerpt repeats its lead shows it once", async () => {
    const page = await phonePage(375);
    await page.goto("/zoeken?q=strategie");
    await page.locator(".search-results article").first().waitFor();
    const results = await page.locator(".search-results article").evaluateAll((articles) =>
      articles.map((article) => ({
        lead: article.querySelector(".lead")?.textContent ?? "",
        excerpt: article.querySelector(".excerpt")?.textContent ?? "",
      })),
    );
    expect(results.length).toBe(2);
    for (const { lead, excerpt } of results) expect(repeatsLead(lead, excerpt), lead).toBe(false);
    // ‘I have’ of ‘I live a dream’? is found in its first sentence, its lead: the excerpt alone shows it.
    expect(results.filter((result) => result.lead === "")).toHaveLength(1);
  });
});
