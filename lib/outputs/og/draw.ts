import satori from "satori";
import sharp from "sharp";
import { ogCardLayout, ogImageSize, type OgCard } from "./card";
import { drawableText, fontFamily, type OgFont } from "./fonts";

// zlib level 6: measured against 3 and 9 on this design (see docs/architecture.md, "Open Graph images").
const pngOptions = { compressionLevel: 6 } as const;

/** Returns the card drawn as a 1200 × 630 PNG: satori lays it out as SVG, sharp (librsvg) rasterizes it. */
export async function drawOgImage(card: OgCard, fonts: OgFont[]): Promise<Buffer> {
  const drawable = { title: drawableText(card.title, fonts), byline: drawableText(card.byline, fonts) };
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
