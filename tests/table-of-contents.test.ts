import { describe, expect, it } from "vitest";
import type { Heading } from "@/lib/markdown";
import { tableOfContents } from "@/lib/outputs/table-of-contents";

const heading = (depth: number, text: string): Heading => ({ depth, text, id: text.toLowerCase() });

describe("tableOfContents", () => {
  it("is empty for a column with fewer than three subheadings", () => {
    expect(tableOfContents([heading(2, "Een"), heading(2, "Twee")])).toEqual([]);
    expect(tableOfContents([])).toEqual([]);
  });

  it("lists three h2s in order", () => {
    expect(tableOfContents([heading(2, "Een"), heading(2, "Twee"), heading(2, "Drie")])).toEqual([
      { id: "een", text: "Een", children: [] },
      { id: "twee", text: "Twee", children: [] },
      { id: "drie", text: "Drie", children: [] },
    ]);
  });

  it("puts each h3 under the h2 before it, and leaves deeper headings out", () => {
    const entries = tableOfContents([
      heading(3, "Vooraf"),
      heading(2, "Een"),
      heading(3, "Eenhalf"),
      heading(4, "Diep"),
      heading(2, "Twee"),
    ]);
    expect(entries).toEqual([
      { id: "vooraf", text: "Vooraf", children: [] },
      { id: "een", text: "Een", children: [{ id: "eenhalf", text: "Eenhalf", children: [] }] },
      { id: "twee", text: "Twee", children: [] },
    ]);
  });

  it("does not count headings deeper than h3 towards the three", () => {
    expect(tableOfContents([heading(2, "Een"), heading(4, "Diep"), heading(5, "Dieper")])).toEqual([]);
  });
});
