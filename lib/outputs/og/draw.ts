import satori from "satori";
import sharp from "sharp";
import { ogCardLayout, ogImageSize, type OgCard } from "./card";
import { drawableText, fontFamily, type OgFont } from "./fonts";
import { site } from "../../site";

// zlib level 6: measured against 3 and 9 on this design (see docs/architecture.md, "Open Graph images").
const pngOptions = { compressionLevel: 6 } as const;

/** Returns the card drawn as a 1200 × 630 PNG: satori lays it out as SVG, sharp (librsvg) rasterizes it. */
export async function drawOgImage(card: OgCard, allFonts: OgFont[]): Promise<Buffer> {
  const drawable = { title: drawableText(card.title, allFonts), byline: drawableText(card.byline, allFonts) };
  // Only the fonts that draw a character of this card, in the same order: each character falls back to the same
  // font as with all of them, and satori, which tries every font it is given, lays the card out a quarter faster.
  const codePoints = [...new Set(`${site.name}${drawable.title}${drawable.byline}`)].map((ch) => ch.codePointAt(0)!);
  const fonts = allFonts.filter((font) => codePoints.some((codePoint) => font.covers(codePoint)));
  const svg = await satori(ogCardLayout(drawable, fontFamily(fonts)) as Parameters<typeof satori>[0], {
    ...ogImageSize,
    fonts,
    // Every character was checked against the fonts above, so satori has nothing to fetch.
    loadAdditionalAsset: async (language, segment) => {
      throw new Error(`No font draws "${segment}" (${language}): drawableText should have left it out`);
    },
  });
  return sharp(Buffer.from(svg)).png(pngOptions).toBuffer();
}
