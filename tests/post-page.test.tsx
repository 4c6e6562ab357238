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

  it("offers following by e-mail under the column while the server can mail, and the feeds always", async () => {
    const closed = await renderPost("doel");
    expect(closed).toContain(">Volg de columns</h2>");
    expect(closed).toContain('href="/feed.xml"');
    expect(closed).not.toContain('action="/volgen/aanmelden"');
    vi.stubEnv("SMTP_URL", "smtp://127.0.0.1:2525");
    vi.stubEnv("NEWSLETTER_FROM", "Blog <nieuwsbrief@example.nl>");
    vi.stubEnv("REACTIONS_SECRET", "Zq8LwX1vR4tN7bY2kP9sHc3mJ6dF0gTa");
    try {
      const open = await renderPost("doel");
      const form = open.match(/<form class="subscribe-form"[^>]*>/)?.[0] ?? "";
      expect(form).toContain('action="/volgen/aanmelden"');
      expect(form).toContain("data-server-only");
      expect(open).toContain("Ontvang nieuwe columns per e-mail");
    } finally {
      vi.unstubAllEnvs();
    }
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
