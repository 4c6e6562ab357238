import type { Glyph } from "fontkit";
import zlib from "node:zlib";
import sharp from "sharp";
import { cardBlocks, colours, frame, ogImageSize, type OgCard, type Rgb, type TextBlock } from "./card";
import { drawableText, type OgFont } from "./fonts";
import { baselineIn, layoutLines, normalLineHeight, type Line } from "./text";

const { width, height } = ogImageSize;
// A canvas row is the PNG's: a filter byte, 0 (none: no filter makes flat paper flatter), then a byte a pixel.
const stride = width + 1;
const textWidth = width - frame.bar - frame.left - frame.right;
const textHeight = height - frame.top - frame.bottom;
// The smallest the title is made to fit between the name and the byline.
const smallestTitle = 36;

/**
 * Returns the card drawn as a 1200 × 630 PNG. The text is laid out with fontkit, and each glyph is drawn once per
 * size by sharp (librsvg) into an alpha mask, kept for the next card: a card costs its layout, one copy of the
 * background, the glyphs put on it, and the PNG.
 */
export async function drawOgImage(card: OgCard, fonts: OgFont[]): Promise<Buffer> {
  const blocks = cardBlocks({ title: drawableText(card.title, fonts), byline: drawableText(card.byline, fonts) });
  let set = blocks.map((block) => setBlock(block, fonts));
  // A title too long for the card is made smaller until it fits, rather than run into the byline.
  while (freeSpace(set) < 0 && set[1].block.size > smallestTitle) {
    set = [set[0], setBlock({ ...set[1].block, size: set[1].block.size - 6 }, fonts), set[2]];
  }
  const gap = Math.max(0, freeSpace(set) / 2);
  const marks: { mask: Mask; x: number; y: number; colour: Rgb }[] = [];
  let top = frame.top;
  for (const [index, { block, lines, lineHeight }] of set.entries()) {
    // The name at the top, the byline at the bottom, the title in the middle of the space between them.
    if (index === set.length - 1) top = height - frame.bottom - lines.length * lineHeight;
    const baseline = baselineIn(lineHeight, block, fonts);
    for (const line of lines) {
      for (const { font, glyph, x } of line.glyphs) {
        const mask = await glyphMask(font, glyph, block.size);
        if (!mask) continue; // A space, or another glyph with nothing to draw.
        const x0 = Math.round(frame.bar + frame.left + x) + mask.left;
        marks.push({ mask, x: x0, y: Math.round(top + baseline) + mask.top, colour: block.colour });
      }
      top += lineHeight;
    }
    top += gap;
  }
  // One canvas a thread, a byte a pixel (each a colour of the palette), laid out as the PNG's rows (see encodePng).
  canvas ??= Buffer.alloc(stride * height);
  background().copy(canvas);
  for (const { mask, x, y, colour } of marks) blend(canvas, mask, x, y, inkIndex(colour));
  return encodePng(canvas);
}

let canvas: Buffer | undefined;

interface SetBlock {
  block: TextBlock;
  lines: Line[];
  lineHeight: number;
}

function setBlock(block: TextBlock, fonts: OgFont[]): SetBlock {
  const lineHeight = block.lineHeight === "normal" ? normalLineHeight(block, fonts) : block.lineHeight * block.size;
  return { block, lines: layoutLines(block.text, block, textWidth, fonts), lineHeight };
}

function freeSpace(set: SetBlock[]): number {
  return textHeight - set.reduce((sum, { lines, lineHeight }) => sum + lines.length * lineHeight, 0);
}

/** A glyph drawn as coverage, 0–255 a pixel, and where its top left lies from the glyph's origin on the baseline. */
interface Mask {
  left: number;
  top: number;
  width: number;
  height: number;
  alpha: Buffer;
}

const masks = new Map<string, Promise<Mask | undefined>>();

function glyphMask(font: OgFont, glyph: Glyph, size: number): Promise<Mask | undefined> {
  const key = `${font.name} ${font.weight} ${glyph.id} ${size}`;
  let mask = masks.get(key);
  if (!mask) {
    mask = drawGlyph(glyph, size / font.font.unitsPerEm);
    masks.set(key, mask);
  }
  return mask;
}

// The glyph's outline, scaled (font units point up, pixels down), rasterized by librsvg; its alpha is the mask.
async function drawGlyph(glyph: Glyph, scale: number): Promise<Mask | undefined> {
  const { minX, minY, maxX, maxY } = glyph.bbox;
  if (!(maxX > minX && maxY > minY)) return undefined;
  const left = Math.floor(minX * scale) - 1;
  const top = Math.floor(-maxY * scale) - 1;
  const maskWidth = Math.ceil(maxX * scale) + 1 - left;
  const maskHeight = Math.ceil(-minY * scale) + 1 - top;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${maskWidth}" height="${maskHeight}">` +
    `<path transform="translate(${-left} ${-top}) scale(${scale} ${-scale})" d="${glyph.path.toSVG()}"/></svg>`;
  const alpha = await sharp(Buffer.from(svg)).ensureAlpha().extractChannel(3).raw().toBuffer();
  return { left, top, width: maskWidth, height: maskHeight, alpha };
}

// The palette: paper (index 0), the rust bar (1), and each ink of the card over the paper at `shades` coverages from
// faint to full (ink k at shade s, 1…shades, is 2 + k × shades + s − 1). Glyph edges take the nearest shade, 1 in 64
// of full coverage apart, which no eye tells from 256; the PNG is then a byte a pixel, a third of RGB's to compress.
const shades = 64;
const inks: readonly Rgb[] = [colours.rust, colours.ink, colours.muted];

function paletteColours(): Rgb[] {
  const shaded = inks.flatMap((ink) =>
    Array.from({ length: shades }, (_, index) =>
      colours.paper.map((paper, channel) => Math.round(paper + ((ink[channel] - paper) * (index + 1)) / shades)),
    ),
  );
  return [colours.paper, colours.rust, ...(shaded as unknown as Rgb[])];
}

function inkIndex(colour: Rgb): number {
  const index = inks.indexOf(colour);
  if (index < 0) throw new Error(`the card's palette has no ink ${colour.join(", ")}: add it to inks in draw.ts`);
  return index;
}

// Puts ink `ink` into the canvas by the mask's coverage at (x, y). Where two glyphs of one block overlap (kerned
// edges), their coverages add up as paint does: 1 − (1 − a)(1 − b).
function blend(canvas: Buffer, mask: Mask, x: number, y: number, ink: number): void {
  const first = 2 + ink * shades;
  for (let row = 0; row < mask.height; row++) {
    const canvasY = y + row;
    if (canvasY < 0 || canvasY >= height) continue;
    for (let column = 0; column < mask.width; column++) {
      const coverage = mask.alpha[row * mask.width + column];
      const canvasX = x + column;
      if (coverage === 0 || canvasX < frame.bar || canvasX >= width) continue;
      const at = canvasY * stride + 1 + canvasX;
      const current = canvas[at];
      const sameInk = current >= first && current < first + shades;
      const before = sameInk ? (current - first + 1) / shades : 0;
      const shade = Math.round((1 - (1 - before) * (1 - coverage / 255)) * shades);
      // Over another ink (a title too long for the card touching the byline), the stronger of the two stays.
      const other = current >= 2 && !sameInk ? ((current - 2) % shades) + 1 : 0;
      if (shade > other) canvas[at] = first + shade - 1;
    }
  }
}

let paper: Buffer | undefined;

// Paper with the rust bar along the left edge, made once.
function background(): Buffer {
  if (paper) return paper;
  paper = Buffer.alloc(stride * height);
  for (let row = 0; row < height; row++) paper.fill(1, row * stride + 1, row * stride + 1 + frame.bar);
  return paper;
}

// PNG chunks of the palette card: IHDR (8-bit, indexed colour), PLTE, the rows at zlib level 3, IEND.
const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
let header: Buffer | undefined;

function encodePng(rows: Buffer): Buffer {
  header ??= Buffer.concat([
    signature,
    chunk("IHDR", Buffer.from([...uint32(width), ...uint32(height), 8, 3, 0, 0, 0])),
    chunk("PLTE", Buffer.from(paletteColours().flat())),
  ]);
  return Buffer.concat([header, chunk("IDAT", zlib.deflateSync(rows, { level: 3 })), chunk("IEND", Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, "latin1"), data]);
  return Buffer.concat([Buffer.from(uint32(data.length)), typeAndData, Buffer.from(uint32(crc32(typeAndData)))]);
}

// The CRC-32 every PNG chunk ends with (ISO 3309, as zlib computes it; zlib.crc32 needs Node 20.15, the site 20.9).
const crcTable = Array.from({ length: 256 }, (_, byte) => {
  let crc = byte;
  for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  return crc >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 255] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function uint32(value: number): number[] {
  return [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255];
}
