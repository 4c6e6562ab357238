import type { Glyph } from "fontkit";
import { isInvisible, type OgFont } from "./fonts";

/** A glyph on a line: the font it comes from and where its origin lies, in pixels from the line's start. */
export interface PlacedGlyph {
  font: OgFont;
  glyph: Glyph;
  x: number;
}

/** A line of text laid out in one size: its glyphs, and its width in pixels. */
export interface Line {
  glyphs: PlacedGlyph[];
  width: number;
}

/** How text is set: its size in pixels, its weight, and the space added after each glyph (in em, as in CSS). */
export interface TextStyle {
  size: number;
  weight: 400 | 700;
  letterSpacing: number;
}

/**
 * Returns the text broken into lines no wider than `maxWidth` where it has spaces (a word wider than that gets a
 * line of its own). Each character is drawn in the first font family that has it, in the weight asked for when the
 * family has that weight (fontkit shapes each run of one font: kerning, ligatures, emoji sequences).
 */
export function layoutLines(text: string, style: TextStyle, maxWidth: number, fonts: OgFont[]): Line[] {
  const space = setWord(" ", style, fonts).width;
  const lines: Line[] = [];
  let line: Line | undefined;
  for (const word of text.split(" ").filter(Boolean)) {
    const set = setWord(word, style, fonts);
    if (line && line.width + space + set.width <= maxWidth) {
      const start = line.width + space;
      line.glyphs.push(...set.glyphs.map((placed) => ({ ...placed, x: placed.x + start })));
      line.width = start + set.width;
    } else {
      line = set;
      lines.push(line);
    }
  }
  return lines;
}

/** Returns the height in pixels of a line of "normal" height: the font's own ascent, descent and line gap. */
export function normalLineHeight(style: TextStyle, fonts: OgFont[]): number {
  const { font } = primaryFont(style, fonts);
  return ((font.ascent - font.descent + font.lineGap) * style.size) / font.unitsPerEm;
}

/** Returns where the baseline of a line of `height` pixels lies below the line's top (CSS's half-leading). */
export function baselineIn(height: number, style: TextStyle, fonts: OgFont[]): number {
  const { font } = primaryFont(style, fonts);
  const scale = style.size / font.unitsPerEm;
  return (height - (font.ascent - font.descent) * scale) / 2 + font.ascent * scale;
}

function setWord(word: string, style: TextStyle, fonts: OgFont[]): Line {
  const glyphs: PlacedGlyph[] = [];
  let x = 0;
  for (const run of fontRuns(word, style.weight, fonts)) {
    const scale = style.size / run.font.font.unitsPerEm;
    const shaped = run.font.font.layout(run.text);
    shaped.glyphs.forEach((glyph, index) => {
      const position = shaped.positions[index];
      glyphs.push({ font: run.font, glyph, x: x + position.xOffset * scale });
      x += position.xAdvance * scale + (glyph.isMark ? 0 : style.letterSpacing * style.size);
    });
  }
  return { glyphs, width: x };
}

// Splits the text into runs that one font draws. Joiners and variation selectors stay in the run before them, so
// an emoji sequence is shaped as one. A skin tone after an emoji is left out: the emoji font has one colour, and
// would draw the tone as a swatch of its own.
function fontRuns(text: string, weight: 400 | 700, fonts: OgFont[]): { font: OgFont; text: string }[] {
  const runs: { font: OgFont; text: string }[] = [];
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    const last = runs.at(-1);
    if (last && isSkinTone(codePoint)) continue;
    const font = last && isInvisible(codePoint) && codePoint !== 0x20 ? last.font : fontFor(codePoint, weight, fonts);
    if (!font) continue;
    if (last?.font === font) last.text += character;
    else runs.push({ font, text: character });
  }
  return runs;
}

function isSkinTone(codePoint: number): boolean {
  return codePoint >= 0x1f3fb && codePoint <= 0x1f3ff;
}

function fontFor(codePoint: number, weight: 400 | 700, fonts: OgFont[]): OgFont | undefined {
  const family = fonts.find((entry) => entry.covers(codePoint))?.name;
  const members = fonts.filter((entry) => entry.name === family && entry.covers(codePoint));
  return members.find((entry) => entry.weight === weight) ?? members[0];
}

function primaryFont(style: TextStyle, fonts: OgFont[]): OgFont {
  const font = fontFor(0x41, style.weight, fonts);
  if (!font) throw new Error("No Open Graph font draws Latin letters");
  return font;
}
