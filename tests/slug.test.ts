import { describe, expect, it } from "vitest";
import { slugify } from "@/lib/slug";

describe("slugify", () => {
  it("lowercases a plain label", () => {
    expect(slugify("Klantervaring")).toBe("klantervaring");
  });

  it("folds diacritics to ASCII", () => {
    expect(slugify("Één café, drie reünies")).toBe("een-cafe-drie-reunies");
    expect(slugify("Peter Bröring")).toBe("peter-broring");
  });

  it('writes "&" as "en"', () => {
    expect(slugify("Ondernemen & strategie")).toBe("ondernemen-en-strategie");
  });

  it("joins words with single hyphens and trims them at the ends", () => {
    expect(slugify("  ‘I have’ of ‘I live a dream’?  ")).toBe("i-have-of-i-live-a-dream");
    expect(slugify("NPS -- de score")).toBe("nps-de-score");
  });

  it("gives labels that differ only in case or accents one slug", () => {
    expect(slugify("Strategie")).toBe(slugify("strategie"));
    expect(slugify("Reünie")).toBe(slugify("Reunie"));
  });

  it("returns an empty slug for a label without letters or digits", () => {
    expect(slugify("?!")).toBe("");
  });
});
