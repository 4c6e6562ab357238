import fs from "node:fs";
import path from "node:path";
import { defaultSchema } from "hast-util-sanitize";
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import remarkHtml from "remark-html";
import { describe, expect, it } from "vitest";
import { absoluteUrls } from "@/lib/feed-html";
import { firstParagraph, getReferences, parseMarkdown, renderHtml } from "@/lib/markdown";
import { fixtures } from "./helpers";

function renderWithGfm(markdown: string): string {
  const html = remark()
    .use(remarkGfm)
    .use(remarkHtml, { sanitize: { ...defaultSchema, clobberPrefix: "" } });
  return String(html.processSync(markdown))
    .replace(">Footnotes</h2>", ">Voetnoten</h2>")
    .replace(/Back to reference/g, "Terug naar verwijzing");
}

function fixture(name: string): string {
  return fs.readFileSync(path.join(fixtures, "markdown", name), "utf8");
}

describe("renderHtml", () => {
  it("renders GitHub-flavoured Markdown with headings starting at h2 and Dutch footnote labels", () => {
    expect(renderHtml(parseMarkdown(fixture("gfm.md")))).toBe(fixture("gfm.html"));
  });

  it("drops scripts, event handlers, javascript: links and iframes", () => {
    const html = renderHtml(parseMarkdown(fixture("unsafe.md")));
    expect(html).toBe(fixture("unsafe.html"));
    expect(html).not.toMatch(/<script|onerror|javascript:|<iframe/i);
  });

  it("makes site-relative links and images absolute for feeds", () => {
    const html = absoluteUrls(renderHtml(parseMarkdown(fixture("gfm.md"))), "https://columns.example");
    expect(html).toContain('href="https://columns.example/blog/ik-doe-wat-ik-doe"');
    expect(html).toContain('src="https://columns.example/images/foto.png"');
    expect(html).toContain('href="https://example.org"');
    expect(absoluteUrls('<a href="//cdn.example/x">x</a>', "https://columns.example")).toBe(
      '<a href="//cdn.example/x">x</a>',
    );
  });

  it("leaves headings alone when the body has no h1", () => {
    expect(renderHtml(parseMarkdown("## Twee\n\n### Drie\n"))).toBe("<h2>Twee</h2>\n<h3>Drie</h3>\n");
  });
});

describe("parseMarkdown", () => {
  it("gives unsafe.md the same HTML as a parser with GFM always on", () => {
    expect(renderHtml(parseMarkdown(fixture("unsafe.md")))).toBe(renderWithGfm(fixture("unsafe.md")));
  });

  it("gives both columns the same HTML as a parser with GFM always on", () => {
    for (const file of fs.readdirSync("content/posts")) {
      const markdown = fs
        .readFileSync(path.join("content/posts", file), "utf8")
        .split("\n---\n")
        .slice(1)
        .join("\n---\n");
      expect(renderHtml(parseMarkdown(markdown)), file).toBe(renderWithGfm(markdown));
    }
  });

  it("still finds bare URLs, e-mail addresses and strikethrough", () => {
    expect(renderHtml(parseMarkdown("Zie www.example.org of mail info@example.org, ~~niet~~."))).toBe(
      '<p>Zie <a href="http://www.example.org">www.example.org</a> of mail <a href="mailto:info@example.org">info@example.org</a>, <del>niet</del>.</p>\n',
    );
  });
});

describe("firstParagraph", () => {
  it("returns the first paragraph as plain text, skipping headings", () => {
    expect(firstParagraph(parseMarkdown("## Kop\n\nEen *mooie*\n[alinea](/x).\n\nTwee."))).toBe("Een mooie alinea.");
  });

  it("returns undefined for a body without paragraphs", () => {
    expect(firstParagraph(parseMarkdown("## Alleen een kop\n"))).toBeUndefined();
  });
});

describe("getReferences", () => {
  it("lists links and images with their lines", () => {
    expect(getReferences(parseMarkdown(fixture("gfm.md")))).toEqual([
      { kind: "link", url: "/blog/ik-doe-wat-ik-doe", line: 5 },
      { kind: "image", url: "/images/foto.png", line: 5, alt: "een foto" },
      { kind: "link", url: "https://example.org", line: 5 },
    ]);
  });
});
