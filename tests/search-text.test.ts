import { describe, expect, it } from "vitest";
import { maxQueryLength, readSearchParams, searchStatus } from "@/lib/outputs/search-text";

describe("readSearchParams", () => {
  it("reads q and pagina, with spaces tidied", () => {
    expect(readSearchParams({ q: "  klanten   en  medewerkers ", pagina: "2" })).toEqual({
      query: "klanten en medewerkers",
      page: 2,
    });
  });

  it("takes page 1 for a missing or odd page, and the first of repeated parameters", () => {
    for (const pagina of [undefined, "0", "-1", "x", "02", "1e3", "9999999"]) {
      expect(readSearchParams({ q: "a", pagina }).page, String(pagina)).toBe(1);
    }
    expect(readSearchParams({ q: ["eerste", "tweede"] }).query).toBe("eerste");
  });

  it("treats a missing query as empty, and cuts a very long one", () => {
    expect(readSearchParams({}).query).toBe("");
    expect(readSearchParams({ q: "a".repeat(5000) }).query).toHaveLength(maxQueryLength);
  });
});

describe("searchStatus", () => {
  it("says in Dutch what a search found", () => {
    expect(searchStatus("", 0, 1, 1)).toBe("Typ een of meer woorden om in de columns te zoeken.");
    expect(searchStatus("xyzzy", 0, 1, 1)).toBe(
      "Geen columns gevonden voor “xyzzy”. Probeer een ander of korter woord.",
    );
    expect(searchStatus("klant", 1, 1, 1)).toBe("1 column gevonden voor “klant”.");
    expect(searchStatus("klant", 2345, 2, 235)).toBe("2.345 columns gevonden voor “klant”. Pagina 2 van 235.");
  });

  it("leaves placeholders in the query alone", () => {
    expect(searchStatus("{n} {q}", 3, 1, 1)).toBe("3 columns gevonden voor “{n} {q}”.");
  });
});
