// The routes of a production build, called as Next calls them, over the fixture site with a draft and a scheduled post.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.CONTENT_DIR = `${import.meta.dirname}/fixtures/site`;
});

const { default: HomePage } = await import("@/app/page");
const postRoute = await import("@/app/blog/[slug]/page");
const authorRoute = await import("@/app/auteurs/[slug]/page");
const topicRoute = await import("@/app/onderwerpen/[slug]/page");
const { default: TopicsPage } = await import("@/app/onderwerpen/page");
const pageRoute = await import("@/app/pagina/[page]/page");
const { default: sitemap } = await import("@/app/sitemap");
const { getFeed } = await import("@/lib/outputs/feeds");

const unpublished = ["concept", "gepland", "Een concept", "Een geplande column"];

async function render(element: Promise<React.ReactElement> | React.ReactElement): Promise<string> {
  return renderToStaticMarkup(await element);
}

describe("a production build of a site with a draft and a scheduled post", () => {
  it("leaves them out of the static paths", () => {
    expect(postRoute.generateStaticParams()).toEqual([
      { slug: "tweede-column" },
      { slug: "eerste-column" },
      { slug: "tekens-in-de-titel" },
      { slug: "zonder-datum" },
    ]);
  });

  it("leaves them out of every page", async () => {
    const pages = [
      await render(HomePage()),
      await render(TopicsPage()),
      ...(await Promise.all(
        authorRoute
          .generateStaticParams()
          .map((params) => render(authorRoute.default({ params: Promise.resolve(params) }))),
      )),
      ...(await Promise.all(
        topicRoute
          .generateStaticParams()
          .map((params) => render(topicRoute.default({ params: Promise.resolve(params) }))),
      )),
    ];
    expect(pages.join("\n")).toContain("Tweede column");
    for (const text of unpublished) expect(pages.join("\n")).not.toContain(text);
  });

  it("leaves them out of the feeds and the sitemap", () => {
    const outputs = [getFeed("rss"), getFeed("atom"), getFeed("json"), JSON.stringify(sitemap())];
    for (const output of outputs) {
      expect(output).toContain("tweede-column");
      for (const text of unpublished) expect(output).not.toContain(text);
    }
  });

  it("answers 404 for a draft's address", async () => {
    await expect(postRoute.default({ params: Promise.resolve({ slug: "concept" }) })).rejects.toThrow(
      "NEXT_HTTP_ERROR_FALLBACK;404",
    );
  });

  it("shows topics as links on a post", async () => {
    const html = await render(postRoute.default({ params: Promise.resolve({ slug: "tekens-in-de-titel" }) }));
    expect(html).toContain('<a href="/onderwerpen/klantcontact">Klantcontact</a>');
    expect(html).toContain('<a href="/onderwerpen/strategie">Strategie</a>');
  });

  it("lists every topic with its number of posts", async () => {
    const html = await render(TopicsPage());
    expect(html).toContain(
      '<a href="/onderwerpen/klantcontact">Klantcontact</a> <span class="count">(1 column)</span>',
    );
  });

  it("has no second index page for four posts", async () => {
    expect(pageRoute.generateStaticParams()).toEqual([{ page: "1" }]);
    await expect(pageRoute.default({ params: Promise.resolve({ page: "2" }) })).rejects.toThrow("404");
  });
});
