// `npm run dev` shows drafts and scheduled posts, each with a visible marker.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.CONTENT_DIR = `${import.meta.dirname}/fixtures/site`;
  vi.stubEnv("NODE_ENV", "development");
});

const { default: HomePage } = await import("@/app/(site)/page");
const postRoute = await import("@/app/(site)/blog/[slug]/page");

describe("the development server", () => {
  it("lists drafts and scheduled posts on the index with their markers", () => {
    const html = renderToStaticMarkup(HomePage());
    expect(html).toContain("Een concept");
    expect(html).toContain('<span class="marker">Concept</span>');
    expect(html).toContain("Een geplande column");
    expect(html).toContain('<span class="marker">Gepland voor 1 januari 2099</span>');
  });

  it("renders a draft's own page with its marker", async () => {
    expect(postRoute.generateStaticParams()).toContainEqual({ slug: "concept" });
    const html = renderToStaticMarkup(await postRoute.default({ params: Promise.resolve({ slug: "concept" }) }));
    expect(html).toContain("<h1>Een concept</h1>");
    expect(html).toContain('<span class="marker">Concept</span>');
  });
});
