import { describe, expect, it } from "vitest";
import { deriveLead, paragraphTexts } from "@/lib/lead";
import { parseMarkdown } from "@/lib/markdown";

describe("deriveLead", () => {
  it("takes a short first paragraph whole", () => {
    expect(deriveLead(["Klantcontact is gedrag. Meer niet."], "Titel")).toBe("Klantcontact is gedrag. Meer niet.");
  });

  it("leaves out a closing sentence that ends on a colon, keeping the whole sentences before it", () => {
    const paragraph =
      "Strategie in klantcontact is een interessant onderwerp. Ik zie twee soorten strategieën in het bedrijfsleven:";
    expect(deriveLead([paragraph, "Daarna."], "Titel")).toBe("Strategie in klantcontact is een interessant onderwerp.");
  });

  it("takes the next paragraph when the first is one sentence that ends on a colon", () => {
    expect(deriveLead(["Drie dingen vallen op:", "Managers doen niet wat ze zeggen."], "Titel")).toBe(
      "Managers doen niet wat ze zeggen.",
    );
  });

  it("ends on an ellipsis, never a colon, when every paragraph ends on one", () => {
    expect(deriveLead(["Drie dingen vallen op:", "En nog twee:"], "Titel")).toBe("Drie dingen vallen op…");
  });

  it("cuts a long paragraph after the last whole sentence that fits", () => {
    const first = "Een eerste zin van precies genoeg woorden om iets te zeggen.";
    const lead = deriveLead([`${first} ${"Een tweede zin die veel te lang is. ".repeat(6).trim()}`], "Titel", 100);
    expect(lead).toBe(`${first} Een tweede zin die veel te lang is.`);
  });

  it("cuts one long sentence at a word, with an ellipsis and no stray punctuation", () => {
    const lead = deriveLead([`${"woord, ".repeat(40)}einde.`], "Titel", 50);
    expect(lead.length).toBeLessThanOrEqual(50);
    expect(lead).toMatch(/woord…$/);
  });

  it("keeps an abbreviation inside its sentence", () => {
    expect(deriveLead(["Denk aan bijv. de klant. Of de medewerker:"], "Titel")).toBe("Denk aan bijv. de klant.");
  });

  it("falls back to the title without a paragraph", () => {
    expect(deriveLead([], "Ik doe wat ik doe")).toBe("Ik doe wat ik doe");
  });
});

describe("paragraphTexts", () => {
  it("returns the paragraphs' plain text, without lists, headings or markup", () => {
    const body = parseMarkdown("Een *zin* met\nregels:\n\n1. Eén\n2. Twee\n\n## Kop\n\nDaarna [meer](/x).\n");
    expect(paragraphTexts(body)).toEqual(["Een zin met regels:", "Daarna meer."]);
  });
});
