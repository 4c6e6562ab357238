// The index, a topic and an author over 25 posts: ten a page, at /, /pagina/2 and /pagina/3, and the same under
// /onderwerpen/<tag> and /auteurs/<slug>. All 25 are Jan Smit's and about Strategie; the odd 13 about Gedrag too.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.CONTENT_DIR = `${import.meta.dirname}/fixtures/paged`;
});

const { default: HomePage } = await import("@/app/(site)/page");
const pageRoute = await import("@/app/(site)/pagina/[page]/page");
const { default: sitemap } = await import("@/app/sitemap");
const { getIndexPage } = await import("@/lib/content/lookups");
const topicRoute = await import("@/app/(site)/onderwerpen/[slug]/page");
const topicPageRoute = await import("@/app/(site)/onderwerpen/[slug]/pagina/[page]/page");
const authorRoute = await import("@/app/(site)/auteurs/[slug]/page");
const authorPageRoute = await import("@/app/(site)/auteurs/[slug]/pagina/[page]/page");

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

async function renderList(
  route: typeof topicPageRoute | typeof authorPageRoute,
  slug: string,
  page: string,
): Promise<string> {
  return renderToStaticMarkup(await route.default({ params: Promise.resolve({ slug, page }) }));
}

const column = (n: number) => `Column ${String(n).padStart(2, "0")}`;

describe("topic pagination", () => {
  it("shows a topic's ten newest on its own page, with a link to page 2", async () => {
    const html = renderToStaticMarkup(await topicRoute.default({ params: Promise.resolve({ slug: "gedrag" }) }));
    expect(titles(html)).toEqual([25, 23, 21, 19, 17, 15, 13, 11, 9, 7].map(column));
    expect(html).toContain('<a href="/onderwerpen/gedrag/pagina/2" rel="next">Oudere columns →</a>');
    expect(html).toContain("Pagina 1 van 2");
  });

  it("shows the rest on /onderwerpen/<tag>/pagina/2, linking back to the topic's page", async () => {
    const html = await renderList(topicPageRoute, "gedrag", "2");
    expect(titles(html)).toEqual([5, 3, 1].map(column));
    expect(html).toContain('<h1 class="page-title">Gedrag, pagina 2 van 2</h1>');
    expect(html).toContain('<a href="/onderwerpen/gedrag" rel="prev">← Nieuwere columns</a>');
    expect(html).not.toContain('rel="next"');
  });

  it("prerenders every page of every topic, and page 1 only to send readers to the topic", async () => {
    expect(topicPageRoute.generateStaticParams()).toEqual([
      { slug: "gedrag", page: "1" },
      { slug: "gedrag", page: "2" },
      { slug: "strategie", page: "1" },
      { slug: "strategie", page: "2" },
      { slug: "strategie", page: "3" },
    ]);
    const html = await renderList(topicPageRoute, "strategie", "1");
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/onderwerpen/strategie"/>');
    expect(titles(html)).toEqual([]);
  });

  it("gives each later page its own canonical URL", async () => {
    const metadata = await topicPageRoute.generateMetadata({
      params: Promise.resolve({ slug: "strategie", page: "3" }),
    });
    expect(metadata.alternates?.canonical).toBe("/onderwerpen/strategie/pagina/3");
    expect(metadata.title).toBe("Strategie, pagina 3");
  });

  it.each([
    ["gedrag", "3"],
    ["gedrag", "02"],
    ["bestaat-niet", "2"],
  ])("answers 404 for /onderwerpen/%s/pagina/%s", async (slug, page) => {
    await expect(renderList(topicPageRoute, slug, page)).rejects.toThrow("NEXT_HTTP_ERROR_FALLBACK;404");
  });
});

describe("author pagination", () => {
  it("shows the author's ten newest under their name, with a link to page 2", async () => {
    const html = renderToStaticMarkup(await authorRoute.default({ params: Promise.resolve({ slug: "jan-smit" }) }));
    expect(titles(html)).toEqual(Array.from({ length: 10 }, (_, i) => column(25 - i)));
    expect(html).toContain('<a href="/auteurs/jan-smit/pagina/2" rel="next">Oudere columns →</a>');
  });

  it("shows the last five on /auteurs/<slug>/pagina/3, with the page in its one h1", async () => {
    const html = await renderList(authorPageRoute, "jan-smit", "3");
    expect(titles(html)).toEqual([5, 4, 3, 2, 1].map(column));
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html).toContain("Columns van Jan Smit, pagina 3 van 3");
    expect(html).toContain('<a href="/auteurs/jan-smit/pagina/2" rel="prev">');
    const metadata = await authorPageRoute.generateMetadata({
      params: Promise.resolve({ slug: "jan-smit", page: "3" }),
    });
    expect(metadata.alternates?.canonical).toBe("/auteurs/jan-smit/pagina/3");
  });

  it("answers 404 past the author's last page", async () => {
    await expect(renderList(authorPageRoute, "jan-smit", "4")).rejects.toThrow("NEXT_HTTP_ERROR_FALLBACK;404");
  });
});

describe("the sitemap of a paged site", () => {
  it("lists the later pages of every topic and author, and no page 1", () => {
    const urls = sitemap().map((entry) => entry.url.replace("http://localhost:3000", ""));
    for (const path of [
      "/onderwerpen/gedrag/pagina/2",
      "/onderwerpen/strategie/pagina/3",
      "/auteurs/jan-smit/pagina/2",
      "/auteurs/jan-smit/pagina/3",
    ]) {
      expect(urls).toContain(path);
    }
    expect(urls.filter((url) => url.endsWith("/pagina/1"))).toEqual([]);
    expect(urls).not.toContain("/onderwerpen/gedrag/pagina/3");
  });
});
