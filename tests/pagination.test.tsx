// The index over 25 posts: ten a page, at /, /pagina/2 and /pagina/3.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.CONTENT_DIR = `${import.meta.dirname}/fixtures/paged`;
});

const { default: HomePage } = await import("@/app/page");
const pageRoute = await import("@/app/pagina/[page]/page");
const { default: sitemap } = await import("@/app/sitemap");
const { getIndexPage } = await import("@/lib/content/lookups");

function titles(html: string): string[] {
  return [...html.matchAll(/<a href="\/blog\/[^"]+">([^<]+)<\/a>/g)].map((match) => match[1]);
}

async function renderPage(page: string): Promise<string> {
  return renderToStaticMarkup(await pageRoute.default({ params: Promise.resolve({ page }) }));
}

describe("index pagination over 25 posts", () => {
  it("shows the ten newest on / with a link to page 2 only", () => {
    const html = renderToStaticMarkup(HomePage());
    expect(titles(html)).toEqual(Array.from({ length: 10 }, (_, i) => `Column ${25 - i}`));
    expect(html).toContain('<a href="/pagina/2" rel="next">Oudere columns →</a>');
    expect(html).not.toContain('rel="prev"');
  });

  it("prerenders /pagina/2 and /pagina/3, and /pagina/1 only to send readers to /", async () => {
    expect(pageRoute.generateStaticParams()).toEqual([{ page: "1" }, { page: "2" }, { page: "3" }]);
    const html = await renderPage("1");
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/"/>');
    expect(titles(html)).toEqual([]);
  });

  it("shows the next ten on page 2, linking back to / and on to page 3", async () => {
    const html = await renderPage("2");
    expect(titles(html)).toEqual(Array.from({ length: 10 }, (_, i) => `Column ${String(15 - i).padStart(2, "0")}`));
    expect(html).toContain('<a href="/" rel="prev">← Nieuwere columns</a>');
    expect(html).toContain('<a href="/pagina/3" rel="next">');
    expect(html).toContain("Pagina 2 van 3");
  });

  it("shows the last five on page 3, with no next link", async () => {
    const html = await renderPage("3");
    expect(titles(html)).toEqual(["Column 05", "Column 04", "Column 03", "Column 02", "Column 01"]);
    expect(html).toContain('<a href="/pagina/2" rel="prev">');
    expect(html).not.toContain('rel="next"');
  });

  it.each(["4", "0", "02", "x"])("answers 404 for /pagina/%s", async (page) => {
    await expect(renderPage(page)).rejects.toThrow("NEXT_HTTP_ERROR_FALLBACK;404");
  });

  it("puts the later pages in the sitemap", () => {
    const urls = sitemap().map((entry) => entry.url);
    expect(urls).toContain("http://localhost:3000/pagina/3");
    expect(urls).not.toContain("http://localhost:3000/pagina/1");
    expect(getIndexPage(4)).toBeUndefined();
  });
});
