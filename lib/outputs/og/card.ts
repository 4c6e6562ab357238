import { site } from "../../site";

/** What an Open Graph image says: a title, and a line under it. */
export interface OgCard {
  title: string;
  /** The author and date of a post, or the site's tagline. */
  byline: string;
}

/** Open Graph images are 1200 × 630 PNGs. */
export const ogImageSize = { width: 1200, height: 630 } as const;

/** A colour as red, green and blue, 0–255. */
export type Rgb = readonly [number, number, number];

const rgb = (hex: string): Rgb => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)) as unknown as Rgb;

/** The card's colours: paper with a rust bar, the site's name in rust, the title in ink, the byline muted. */
export const colours = { paper: rgb("#fdfbf7"), rust: rgb("#8a3b12"), ink: rgb("#1f1d1a"), muted: rgb("#5c574f") };

/** The rust bar along the left edge, and the margins of the text inside the card. */
export const frame = { bar: 24, top: 72, bottom: 72, left: 88, right: 88 } as const;

/** One block of text on the card: what it says, in which size, weight and colour, and its line height. */
export interface TextBlock {
  text: string;
  size: number;
  weight: 400 | 700;
  colour: Rgb;
  /** The line height as a multiple of the size; "normal" takes the font's own. */
  lineHeight: number | "normal";
  /** Added after each character, as a multiple of the size (CSS letter-spacing in em). */
  letterSpacing: number;
}

/**
 * Returns the card's three blocks, top to bottom: the site's name, the title (larger the shorter it is) and the
 * byline. The name sits at the top, the byline at the bottom, the title in the middle of the space between them.
 */
export function cardBlocks({ title, byline }: OgCard): TextBlock[] {
  const titleSize = title.length > 60 ? 60 : title.length > 30 ? 72 : 84;
  return [
    { text: site.name, size: 30, weight: 700, colour: colours.rust, lineHeight: "normal", letterSpacing: 0 },
    { text: title, size: titleSize, weight: 700, colour: colours.ink, lineHeight: 1.12, letterSpacing: -0.01 },
    { text: byline, size: 32, weight: 400, colour: colours.muted, lineHeight: "normal", letterSpacing: 0 },
  ];
}
