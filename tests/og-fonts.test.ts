import { describe, expect, it } from "vitest";
import { drawableText, fontFamilies, fontsFingerprint, loadOgFonts } from "@/lib/outputs/og/fonts";

const fonts = loadOgFonts();

describe("drawableText", () => {
  it("keeps Latin with Latin Extended, Greek, Cyrillic and Vietnamese as they are", () => {
    for (const text of ["Škoda en Łódź", "Ελλάδα", "Москва", "Tiếng Việt", "‘I have’ of ‘I live a dream’?"]) {
      expect(drawableText(text, fonts)).toBe(text);
    }
  });

  it("keeps emoji, which the bundled emoji font draws", () => {
    expect(drawableText("Feest 🎉 en 👍🏽", fonts)).toBe("Feest 🎉 en 👍🏽");
  });

  it("writes the Dutch Ĳ and ligatures in letters the fonts have", () => {
    expect(drawableText("Ĳsselmeer en ĳs", fonts)).toBe("IJsselmeer en ijs");
    expect(drawableText("ﬁets", fonts)).toBe("fiets");
  });

  it("leaves out characters no bundled font draws, and the space they leave", () => {
    expect(drawableText("Klant 中文 centraal", fonts)).toBe("Klant centraal");
    expect(drawableText("שלום", fonts)).toBe("");
  });
});

describe("the fonts", () => {
  it("come from npm packages on disk, one family each, in fallback order", () => {
    expect(fonts.length).toBeGreaterThan(12);
    expect(fontFamilies(fonts).slice(0, 2)).toEqual(["Serif latin", "Serif latin-ext"]);
    expect(fontsFingerprint(fonts)).toMatch(/^[0-9a-f]{16}$/);
  });
});
