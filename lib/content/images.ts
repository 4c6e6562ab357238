import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { imageSize } from "image-size";
import type { Problem } from "./problems";
import { cacheDir, temporaryFor } from "../cache";
import { columnWidth, largestVariantWidth, readableFormats, type ImageFormat, type ImageInfo } from "../images";

// Reading an image's size takes only its header, but naming its variants takes a hash of the whole file. Both are
// kept here between builds, by file name, size and time, so an unchanged photo is never read again.
const cacheFile = path.join(cacheDir, "images.json");

interface CachedInfo {
  stamp: string;
  hash: string;
  width: number;
  height: number;
  format: ImageFormat;
}

/** Reads images in a public folder: the size and hash of each, or what keeps the pipeline from using it. */
export class ImageReader {
  /** Problems with the images read, gathered by the posts that use them. */
  readonly problems: Problem[] = [];
  private cache: Record<string, CachedInfo> | undefined;
  private changed = false;

  constructor(private readonly publicDir: string) {}

  /** Returns the image at site path `src`, or a message completing "the image /x.jpg …" when it is unusable. */
  read(src: string): ImageInfo | string {
    const file = path.join(this.publicDir, decodeURI(src.split(/[?#]/)[0]));
    if (!file.startsWith(this.publicDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      return `does not exist: put the file in public${src}`;
    }
    const stat = fs.statSync(file);
    const stamp = `${stat.size}:${stat.mtimeMs}`;
    const cache = (this.cache ??= readCache());
    const cached = cache[file];
    if (cached?.stamp === stamp) return { src, hash: cached.hash, width: cached.width, height: cached.height, format: cached.format };
    const bytes = fs.readFileSync(file);
    const size = measure(bytes);
    if (typeof size === "string") return size;
    const hash = crypto.createHash("sha256").update(bytes).digest("hex").slice(0, 10);
    cache[file] = { stamp, hash, ...size };
    this.changed = true;
    return { src, hash, ...size };
  }

  /** Stores what was read for the next build; a failure to store only costs that build time. */
  save(): void {
    if (!this.changed || !this.cache) return;
    try {
      fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
      const temporary = temporaryFor(cacheFile);
      fs.writeFileSync(temporary, JSON.stringify(this.cache));
      fs.renameSync(temporary, cacheFile);
      this.changed = false;
    } catch {
      // A read-only cache folder: the next build hashes again.
    }
  }
}

/** An image this many times wider than the largest variant is noted by the check: accepted, but heavy to keep. */
const farLargerFactor = 2;

/** Returns `, 3 images` for the check's summary, with the images far larger than any variant needs named. */
export function imageSummary(images: readonly ImageInfo[]): string {
  const unique = [...new Map(images.map((info) => [info.src, info])).values()];
  if (unique.length === 0) return "";
  const large = unique.filter((info) => info.format !== "svg" && info.width > farLargerFactor * largestVariantWidth);
  const count = `, ${unique.length} ${unique.length === 1 ? "image" : "images"}`;
  if (large.length === 0) return count;
  const named = large.map((info) => `${info.src} (${info.width} × ${info.height})`).join(", ");
  return `${count} (${large.length} far larger than the ${largestVariantWidth} px the site shows at most, accepted: ${named})`;
}

/** Returns the message for an image narrower than the column, or undefined when it fills the column. */
export function tooSmall(info: ImageInfo): string | undefined {
  if (info.format === "svg" || info.width >= columnWidth) return undefined;
  return `is ${info.width} px wide, too small for the column (${columnWidth} px): use a file at least ${columnWidth} px wide, ideally 1152 px or more`;
}

function measure(bytes: Buffer): Pick<ImageInfo, "width" | "height" | "format"> | string {
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch {
    return `is not an image the site can read: use a JPEG, PNG, WebP, AVIF, GIF or SVG file`;
  }
  const format = (size.type === "jpg" ? "jpeg" : size.type) as ImageFormat;
  if (!readableFormats.includes(format)) {
    return `is a ${size.type?.toUpperCase()} file, which the site cannot use: save it as JPEG (photos) or PNG (drawings)`;
  }
  if (!size.width || !size.height) return "has no width or height in its header: save it again as JPEG or PNG";
  // EXIF orientations 5 to 8 turn the picture a quarter: the variants are turned upright, so swap the sides.
  const turned = (size.orientation ?? 1) >= 5;
  return { width: turned ? size.height : size.width, height: turned ? size.width : size.height, format };
}

function readCache(): Record<string, CachedInfo> {
  try {
    return JSON.parse(fs.readFileSync(cacheFile, "utf8"));
  } catch {
    return {};
  }
}
