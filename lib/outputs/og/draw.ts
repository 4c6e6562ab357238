import type { Glyph } from "fontkit";
import sharp from "sharp";
import { cardBlocks, colours, frame, ogImageSize, type OgCard, type Rgb, type TextBlock } from "./card";
import { drawableText, type OgFont } from "./fonts";
import { baselineIn, layoutLines, normalLineHeight, type Line } from "./text";

// zlib level 6: measured against 3 and 9 on this design (see docs/architecture.md, "Open Graph images").
const pngOptions = { compressionLevel: 6 } as const;
const { width, height } = ogImageSize;
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
  // One canvas a thread, drawn on in one go and given back once sharp has encoded it: a fresh 2 MB buffer for
  // every card costs more in page faults than all of its glyphs.
  const canvas = canvases.pop() ?? Buffer.alloc(width * height * 3);
  try {
    background().copy(canvas);
    for (const { mask, x, y, colour } of marks) blend(canvas, mask, x, y, colour);
    return await sharp(canvas, { raw: { width, height, channels: 3 } })
      .png(pngOptions)
      .toBuffer();
  } finally {
    canvases.push(canvas);
  }
}

const canvases: Buffer[] = [];

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

// Mixes the colour into the canvas (RGB, 3 bytes a pixel) by the mask's coverage at (x, y).
function blend(canvas: Buffer, mask: Mask, x: number, y: number, colour: Rgb): void {
  for (let row = 0; row < mask.height; row++) {
    const canvasY = y + row;
    if (canvasY < 0 || canvasY >= height) continue;
    for (let column = 0; column < mask.width; column++) {
      const coverage = mask.alpha[row * mask.width + column];
      const canvasX = x + column;
      if (coverage === 0 || canvasX < 0 || canvasX >= width) continue;
      const at = (canvasY * width + canvasX) * 3;
      for (let channel = 0; channel < 3; channel++) {
        canvas[at + channel] += Math.round(((colour[channel] - canvas[at + channel]) * coverage) / 255);
      }
    }
  }
}

let paper: Buffer | undefined;

// Paper with the rust bar along the left edge, made once.
function background(): Buffer {
  if (paper) return paper;
  paper = Buffer.alloc(width * height * 3);
  for (let pixel = 0; pixel < width * height; pixel++) {
    paper.set(pixel % width < frame.bar ? colours.rust : colours.paper, pixel * 3);
  }
  return paper;
}
