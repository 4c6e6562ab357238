// The column page with approved reactions (from tests/fixtures/reactions/approved.json), rendered as Next renders it.
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.CONTENT_DIR = `${import.meta.dirname}/fixtures/site`;
});

const postRoute = await import("@/app/(site)/blog/[slug]/page");

async function renderPost(slug: string): Promise<string> {
  return renderToStaticMarkup(await postRoute.default({ params: Promise.resolve({ slug }) }));
}

function jsonLd(html: string): Record<string, unknown> {
  const match = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(html);
  if (!match) throw new Error("no JSON-LD");
  return JSON.parse(match[1]);
}

afterEach(() => vi.unstubAllEnvs());

describe("a column with approved reactions", () => {
  it("shows them oldest first with name and Dutch date (in Amsterdam), after the share links", async () => {
    const html = await renderPost("tekens-in-de-titel");
    const section = html.slice(html.indexOf('<section class="reactions"'));
    expect(html.indexOf("Deel deze column")).toBeLessThan(html.indexOf('id="reacties"'));
    expect(section).toContain("Reacties (2)");
    expect(section.indexOf("Anna")).toBeLessThan(section.indexOf("Bert"));
    expect(section).toContain('<time dateTime="2026-03-01T23:30:00.000Z">2 maart 2026</time>');
  });

  it("shows the readers' markup as text and their links as text, never as elements", async () => {
    const section = (await renderPost("tekens-in-de-titel")).split('id="reacties"')[1];
    expect(section).toContain("Anna &lt;b&gt;de&lt;/b&gt; Vries");
    expect(section).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(section).not.toContain("<script>alert");
    expect(section).not.toContain('href="https://voorbeeld.example"');
    expect(section).toContain("<p><span>Eens.</span><span><br/>Helemaal.</span></p>");
  });

  it("gives JSON-LD commentCount and each comment", async () => {
    const data = jsonLd(await renderPost("tekens-in-de-titel"));
    expect(data.commentCount).toBe(2);
    expect(data.comment).toEqual([
      expect.objectContaining({ "@type": "Comment", author: { "@type": "Person", name: "Anna <b>de</b> Vries" } }),
      expect.objectContaining({ text: "Eens.\nHelemaal.", dateCreated: "2026-03-02T09:00:00.000Z" }),
    ]);
  });

  it("says there are none yet under a column without reactions, with commentCount 0", async () => {
    const html = await renderPost("eerste-column");
    expect(html).toContain("Nog geen reacties.");
    expect(jsonLd(html)).toMatchObject({ commentCount: 0 });
    expect(jsonLd(html)).not.toHaveProperty("comment");
  });
});

describe("the form under a column", () => {
  it("says reacting is closed when the variables are not set, marked for removal from the export", async () => {
    vi.stubEnv("REACTIONS_PASSWORD_HASH", "");
    const html = await renderPost("eerste-column");
    expect(html).toContain('<p class="field-hint" data-server-only="">Reageren is op dit moment gesloten.</p>');
    expect(html).not.toContain("<form");
  });

  it("is a plain form posting to /reactie with a signed timestamp, a honeypot and the privacy line", async () => {
    vi.stubEnv("REACTIONS_PASSWORD_HASH", "scrypt:1:1:1:a:b");
    vi.stubEnv("REACTIONS_SECRET", "Zq8LwX1vR4tN7bY2kP9sHc3mJ6dF0gTa");
    const html = await renderPost("eerste-column");
    expect(html).toContain('<form class="reaction-form" data-server-only="" action="/reactie" method="post">');
    expect(html).toMatch(/name="token" value="\d+\.[\w-]+"/);
    expect(html).toContain('name="website"');
    expect(html).toContain('maxLength="5000"');
    expect(html).toContain("30 dagen");
  });

  it("is not shown while the secret is weak: 32 × a forged sessions once", async () => {
    vi.stubEnv("REACTIONS_PASSWORD_HASH", "scrypt:1:1:1:a:b");
    vi.stubEnv("REACTIONS_SECRET", "a".repeat(32));
    const html = await renderPost("eerste-column");
    expect(html).toContain("Reageren is op dit moment gesloten.");
    expect(html).not.toContain("<form");
  });
});
