// The routes of a production build, called as Next calls them, over the fixture site with a draft and a scheduled post.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.CONTENT_DIR = `${import.meta.dirname}/fixtures/site`;
});

const { default: HomePage } = await import("@/app/(site)/page");
const postRoute = await import("@/app/(site)/blog/[slug]/page");
const authorRoute = await import("@/app/(site)/auteurs/[slug]/page");
const topicRoute = await import("@/app/(site)/onderwerpen/[slug]/page");
const { default: TopicsPage } = await import("@/app/(site)/onderwerpen/page");
const pageRoute = await import("@/app/(site)/pagina/[page]/page");
const { default: sitemap } = await import("@/app/sitemap");
const { getFeed } = await import("@/lib/outputs/feeds");
const { getPostBySlug } = await import("@/lib/content/lookups");
const { postMetadata } = await import("@/lib/outputs/metadata");

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

describe("a column with a cover image", () => {
  const params = Promise.resolve({ slug: "eerste-column" });

  it("shows the cover above the title, loading at once, with its description", async () => {
    const html = await render(postRoute.default({ params }));
    const cover = /<picture class="cover">.*?<\/picture>/.exec(html)?.[0] ?? "";
    expect(html.indexOf(cover)).toBeLessThan(html.indexOf("<h1>"));
    expect(cover).toMatch(/<source type="image\/avif" srcSet="\/_variants\/haven-[0-9a-f]{10}-360.avif 360w, /);
    expect(cover).toContain(
      'width="720" height="480" alt="Gekleurde cirkels tegen een blauwe lucht boven gestreept water"',
    );
    expect(cover).toContain('fetchPriority="high"');
    expect(cover).not.toContain("lazy");
  });

  it("shows a small cover on the cards of the index, without repeating the title as alt text", async () => {
    const card = /<picture class="card-image">.*?<\/picture>/.exec(await render(HomePage()))?.[0] ?? "";
    expect(card).toMatch(
      /srcSet="\/_variants\/haven-[0-9a-f]{10}-card-160.webp 160w, \/_variants\/haven-[0-9a-f]{10}-card-320.webp 320w"/,
    );
    expect(card).toContain('sizes="7rem"');
    expect(card).toContain('alt=""');
  });

  it("uses the cover's 1200 × 630 crop as og:image, and the drawn card for a post without a cover", () => {
    const withCover = postMetadata(getPostBySlug("eerste-column")!).openGraph?.images;
    expect(withCover).toEqual([
      {
        url: expect.stringMatching(/^\/_variants\/haven-[0-9a-f]{10}-og-1200.jpg$/),
        width: 1200,
        height: 630,
        alt: "Gekleurde cirkels tegen een blauwe lucht boven gestreept water",
      },
    ]);
    const without = postMetadata(getPostBySlug("tweede-column")!).openGraph?.images;
    expect(without).toEqual([{ url: "/blog/tweede-column/og.png", width: 1200, height: 630, alt: "Tweede column" }]);
  });

  it("puts the cover first in the feeds, as a plain image with an absolute URL", () => {
    const feed = JSON.parse(getFeed("json"));
    const item = feed.items.find((entry: { url: string }) => entry.url.endsWith("/blog/eerste-column"));
    expect(item.image).toMatch(/^http:\/\/localhost:3000\/_variants\/haven-[0-9a-f]{10}-720.jpg$/);
    expect(item.content_html).toMatch(
      /^<p><img src="http:\/\/localhost:3000\/_variants\/haven-[0-9a-f]{10}-720.jpg" alt="Gekleurde/,
    );
  });
});
