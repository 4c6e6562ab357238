// addHeadingIds in lib/markdown.ts: every heading of a column gets a stable id from its Dutch text.
import { describe, expect, it } from "vitest";
import { addHeadingIds, parseMarkdown, renderHtml } from "@/lib/markdown";
import { pageIds } from "@/lib/page-ids";

function idsOf(markdown: string): string[] {
  return addHeadingIds(parseMarkdown(markdown)).map((heading) => heading.id);
}

describe("addHeadingIds", () => {
  it("makes an id from the Dutch text: accents folded, & as en, punctuation dropped", () => {
    expect(idsOf("## Wat doe jíj?\n\n## Klant & medewerker: één team\n")).toEqual([
      "wat-doe-jij",
      "klant-en-medewerker-een-team",
    ]);
  });

  it("writes the id into the heading's HTML, which the sanitizer keeps", () => {
    const tree = parseMarkdown("## Een *tussenkop* met `code`\n\nTekst.\n");
    addHeadingIds(tree);
    expect(renderHtml(tree)).toBe(
      '<h2 id="een-tussenkop-met-code">Een <em>tussenkop</em> met <code>code</code></h2>\n<p>Tekst.</p>\n',
    );
  });

  it("numbers a repeated heading so each id is unique within the page", () => {
    expect(idsOf("## Tot slot\n\n## Tot slot\n\n### Tot slot\n\n## Tot slot 2\n")).toEqual([
      "tot-slot",
      "tot-slot-2",
      "tot-slot-3",
      "tot-slot-2-2",
    ]);
  });

  it("never takes an id the page itself uses", () => {
    const headings = Object.values(pageIds).map((id) => `## ${id.replace(/-/g, " ")}`);
    const ids = idsOf(headings.join("\n\n"));
    for (const id of Object.values(pageIds)) expect(ids).not.toContain(id);
    expect(ids).toContain("inhoud-2");
    expect(ids).toContain("meer-2");
  });

  it("keeps clear of the ids of footnotes", () => {
    expect(idsOf("## User content fn 1\n\n## Footnote label\n")).toEqual([
      "kop-user-content-fn-1",
      "kop-footnote-label",
    ]);
  });

  it("gives a heading without letters or digits the id kop", () => {
    expect(idsOf("## 🎉\n\n## …\n")).toEqual(["kop", "kop-2"]);
  });

  it("returns each heading's level and plain text, after an h1 is shifted to h2", () => {
    expect(addHeadingIds(parseMarkdown("# Eerste\n\n## Onder *de* eerste\n"))).toEqual([
      { depth: 2, text: "Eerste", id: "eerste" },
      { depth: 3, text: "Onder de eerste", id: "onder-de-eerste" },
    ]);
  });
});
