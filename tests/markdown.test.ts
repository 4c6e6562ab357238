import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { firstParagraph, getReferences, parseMarkdown, renderHtml } from "@/lib/markdown";
import { fixtures } from "./helpers";

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

  it("makes site-relative links and images absolute when given a base URL", () => {
    const html = renderHtml(parseMarkdown(fixture("gfm.md")), "https://columns.example");
    expect(html).toContain('href="https://columns.example/blog/ik-doe-wat-ik-doe"');
    expect(html).toContain('src="https://columns.example/images/foto.png"');
    expect(html).toContain('href="https://example.org"');
  });

  it("leaves headings alone when the body has no h1", () => {
    expect(renderHtml(parseMarkdown("## Twee\n\n### Drie\n"))).toBe("<h2>Twee</h2>\n<h3>Drie</h3>\n");
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
      { kind: "image", url: "/images/foto.png", line: 5 },
      { kind: "link", url: "https://example.org", line: 5 },
    ]);
  });
});
