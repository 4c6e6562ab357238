// A build asks for every page and feed; the content folder must still be read and parsed only once.
import fs from "node:fs";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.CONTENT_DIR = `${import.meta.dirname}/fixtures/site`;
  // A cache folder of its own: no content store yet, as on a first build.
  process.env.CACHE_DIR = `${import.meta.dirname}/artifacts/read-once-${process.pid}-${Date.now()}`;
});
afterAll(() => fs.rmSync(process.env.CACHE_DIR!, { recursive: true, force: true }));

vi.mock("@/lib/markdown", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/markdown")>();
  return { ...original, parseMarkdown: vi.fn(original.parseMarkdown) };
});

const readFileSync = vi.spyOn(fs, "readFileSync");
const { parseMarkdown } = await import("@/lib/markdown");
const { default: HomePage } = await import("@/app/(site)/page");
const { default: TopicsPage } = await import("@/app/(site)/onderwerpen/page");
const postRoute = await import("@/app/(site)/blog/[slug]/page");
const authorRoute = await import("@/app/(site)/auteurs/[slug]/page");
const topicRoute = await import("@/app/(site)/onderwerpen/[slug]/page");
const pageRoute = await import("@/app/(site)/pagina/[page]/page");
const { default: sitemap } = await import("@/app/sitemap");
const { getFeed } = await import("@/lib/outputs/feeds");

async function buildEverything(): Promise<void> {
  renderToStaticMarkup(HomePage());
  renderToStaticMarkup(TopicsPage());
  for (const route of [postRoute, authorRoute, topicRoute]) {
    for (const params of route.generateStaticParams()) {
      await route.generateMetadata({ params: Promise.resolve(params) });
      renderToStaticMarkup(await route.default({ params: Promise.resolve(params) }));
    }
  }
  for (const params of pageRoute.generateStaticParams()) {
    renderToStaticMarkup(await pageRoute.default({ params: Promise.resolve(params) }));
  }
  sitemap();
  for (const format of ["rss", "atom", "json"] as const) getFeed(format);
}

describe("one build process", () => {
  it("reads each content file once and parses each Markdown body once, however many pages ask", async () => {
    await buildEverything();
    await buildEverything();
    const contentReads = readFileSync.mock.calls
      .map(([file]) => String(file))
      .filter((file) => file.includes("/fixtures/site/"));
    // Six posts and two authors, drafts included: they are read to be checked.
    expect(contentReads).toHaveLength(8);
    expect(new Set(contentReads).size).toBe(8);
    // Six post bodies and one author bio (the other author has none).
    expect(parseMarkdown).toHaveBeenCalledTimes(7);
  });

  it("leaves the content store, from which a later build process reads no content file at all", async () => {
    await buildEverything();
    vi.resetModules();
    readFileSync.mockClear();
    vi.mocked(parseMarkdown).mockClear();
    const { getAllPosts } = await import("@/lib/content/lookups");
    expect(getAllPosts().map((post) => post.slug)).toContain("eerste-column");
    expect(readFileSync.mock.calls.filter(([file]) => String(file).includes("/fixtures/site/"))).toEqual([]);
    expect(parseMarkdown).not.toHaveBeenCalled();
  });
});
