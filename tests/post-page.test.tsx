// A column's page, rendered as Next renders it, over tests/fixtures/related: the sections in their fixed order.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.CONTENT_DIR = `${import.meta.dirname}/fixtures/related`;
});

const postRoute = await import("@/app/(site)/blog/[slug]/page");

async function renderPost(slug: string): Promise<string> {
  return renderToStaticMarkup(await postRoute.default({ params: Promise.resolve({ slug }) }));
}

describe("a column's page", () => {
  it("has title, contents, body, share links, related columns, more by the author, then previous and next", async () => {
    const html = await renderPost("doel");
    const order = [
      "<h1>Het doel</h1>",
      ">In deze column</h2>",
      '<div class="prose">',
      ">Deel deze column</h2>",
      ">Verwante columns</h2>",
      ">Meer van Jan Smit</h2>",
      'class="post-navigation"',
    ].map((marker) => html.indexOf(marker));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("links the contents to the headings, whose ids are unique on the page", async () => {
    const html = await renderPost("doel");
    const contents = html.slice(html.indexOf("In deze column"), html.indexOf('<div class="prose">'));
    expect([...contents.matchAll(/href="#([^"]+)"/g)].map((match) => match[1])).toEqual([
      "meer-2",
      "wat-klanten-zien",
      "aan-de-balie",
      "wat-medewerkers-doen",
    ]);
    expect(html).toContain('<h2 id="meer-2">Meer</h2>');
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids).toEqual([...new Set(ids)]);
  });

  it("shows no contents for a column with fewer than three subheadings", async () => {
    expect(await renderPost("beide")).not.toContain("In deze column");
  });

  it("shows related columns by any author, and the author's others without repeating them", async () => {
    const html = await renderPost("doel");
    const section = (heading: string) => {
      const start = html.indexOf(heading);
      return [...html.slice(start, html.indexOf("</section>", start)).matchAll(/<a href="\/blog\/([^"]+)">/g)].map(
        (match) => match[1],
      );
    };
    expect(section(">Verwante columns</h2>")).toEqual(["beide", "oud-gedrag", "nieuw-strategie"]);
    expect(section(">Meer van Jan Smit</h2>")).toEqual(["zonder", "klantcontact", "oud-strategie"]);
  });
});
