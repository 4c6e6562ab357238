import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";

/** A font the images are drawn with: its family, weight and file, and the characters it can draw. */
export interface OgFont {
  /** The family: one per subset, so each character falls back in the same order whatever its weight. */
  name: string;
  data: Buffer;
  weight: 400 | 700;
  font: fontkit.Font;
  covers: (codePoint: number) => boolean;
}

// Every font comes from an npm package on disk: an image is never drawn with a font fetched from the network.
// Source Serif 4 draws Latin (with Latin Extended and Vietnamese), Greek and Cyrillic; Noto Emoji draws emoji in
// one colour, which suits the card. Each subset is its own family.
const serifDir = "node_modules/@fontsource/source-serif-4/files";
const serifSubsets = ["latin", "latin-ext", "greek", "cyrillic", "cyrillic-ext", "vietnamese"];
const emojiDir = "node_modules/@fontsource/noto-emoji/files";

/** Returns the fonts the Open Graph images are drawn with, in fallback order; throws when a font file is missing. */
export function loadOgFonts(root: string = process.cwd()): OgFont[] {
  const fonts: OgFont[] = [];
  for (const subset of serifSubsets) {
    for (const weight of [400, 700] as const) {
      fonts.push(
        font(`Serif ${subset}`, path.join(root, serifDir, `source-serif-4-${subset}-${weight}-normal.woff`), weight),
      );
    }
  }
  const emojiFiles = fs.readdirSync(path.join(root, emojiDir)).filter((name) => name.endsWith("-400-normal.woff"));
  for (const name of emojiFiles.sort()) fonts.push(font(`Emoji ${name}`, path.join(root, emojiDir, name), 400));
  return fonts;
}

function font(name: string, file: string, weight: 400 | 700): OgFont {
  const data = fs.readFileSync(file);
  const parsed = fontkit.create(data);
  if (!("hasGlyphForCodePoint" in parsed)) throw new Error(`${file} is a font collection, not one font`);
  return { name, data, weight, font: parsed, covers: (codePoint) => parsed.hasGlyphForCodePoint(codePoint) };
}

/** Returns the font families in fallback order. */
export function fontFamilies(fonts: OgFont[]): string[] {
  return [...new Set(fonts.map((entry) => entry.name))];
}

/** Returns a short hash of the font files, part of every image's cache key. */
export function fontsFingerprint(fonts: OgFont[]): string {
  const hash = crypto.createHash("sha256");
  for (const entry of fonts) hash.update(entry.name).update(entry.data);
  return hash.digest("hex").slice(0, 16);
}

/**
 * Returns the text with every character no font can draw replaced by its compatibility form when the fonts draw
 * that (the Dutch Ĳ becomes IJ, ﬁ becomes fi), or else left out, so an image never shows an empty box.
 */
export function drawableText(text: string, fonts: OgFont[]): string {
  const drawable = (character: string) =>
    [...character].every((part) => {
      const codePoint = part.codePointAt(0) ?? 0;
      return isInvisible(codePoint) || fonts.some((entry) => entry.covers(codePoint));
    });
  let result = "";
  for (const character of text) {
    if (drawable(character)) result += character;
    else {
      const compatible = character.normalize("NFKC");
      if (compatible !== character && drawable(compatible)) result += compatible;
    }
  }
  return result.replace(/\s+/g, " ").trim();
}

// Spaces, joiners and variation selectors shape emoji and text without a glyph of their own.
export function isInvisible(codePoint: number): boolean {
  return codePoint === 0x20 || codePoint === 0x200d || (codePoint >= 0xfe00 && codePoint <= 0xfe0f);
}
