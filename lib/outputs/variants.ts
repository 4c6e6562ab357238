import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp, { type OutputInfo, type Sharp } from "sharp";
import { cacheDir } from "../cache";
import type { Post } from "../content/posts";
import { variantsOf, type ImageInfo, type Variant } from "../images";

// Encoder settings, chosen by measuring time against bytes on a 4000 × 3000 photo (docs/performance.md, "Images"): AVIF at
// libaom's fastest effort costs about as much as WebP at effort 4 and is a third smaller than WebP; the fallback is a
// plain progressive JPEG, which only browsers without WebP (none in use) download.
const encoders: Record<Variant["format"], (image: Sharp) => Sharp> = {
  avif: (image) => image.avif({ quality: 45, effort: 0 }),
  webp: (image) => image.webp({ quality: 75, effort: 2 }),
  jpeg: (image) => image.flatten({ background: "#ffffff" }).jpeg({ quality: 75, progressive: true }),
  png: (image) => image.png({ compressionLevel: 7 }),
};

/** Where variants are kept between builds, named by content hash: a rebuild makes only what is new. */
export const defaultVariantCache = path.join(cacheDir, "variants");

interface Options {
  /** The folder the editors' images are in. */
  publicDir: string;
  /** The folder served at /_variants: public/_generated/site/_variants. */
  outDir: string;
  cacheDir?: string;
}

/** What writeVariants did. */
export interface VariantReport {
  images: number;
  variants: number;
  /** Images decoded and variants encoded in this run; 0 when the cache held everything. */
  madeImages: number;
  madeVariants: number;
}

/** Returns every image of the posts with the variants the site shows of it: column sizes, and cards and og:image for covers. */
export function plannedVariants(posts: Post[]): Map<string, { info: ImageInfo; variants: Variant[] }> {
  const planned = new Map<string, { info: ImageInfo; variants: Variant[] }>();
  for (const post of posts) {
    for (const info of post.images) {
      const entry = planned.get(info.src) ?? { info, variants: variantsOf(info, "column") };
      if (post.cover?.image.src === info.src && entry.variants.every((variant) => !variant.crop)) {
        entry.variants.push(...variantsOf(info, "card"), ...variantsOf(info, "og"));
      }
      planned.set(info.src, entry);
    }
  }
  return planned;
}

/**
 * Makes the variants of every image of `posts` that the cache lacks (on every core), then makes `outDir` hold exactly
 * the variants the posts use. Throws, naming the file, when an image cannot be decoded.
 */
export async function writeVariants(posts: Post[], options: Options): Promise<VariantReport> {
  const { publicDir, outDir, cacheDir = defaultVariantCache } = options;
  fs.mkdirSync(cacheDir, { recursive: true });
  const jobs = [...plannedVariants(posts).values()].map(({ info, variants }) => ({
    file: path.join(publicDir, decodeURI(info.src)),
    info,
    missing: variants.filter((variant) => !fs.existsSync(path.join(cacheDir, path.basename(variant.url)))),
    variants,
  }));
  const todo = jobs.filter((job) => job.missing.length > 0);
  await inPool(todo, os.availableParallelism(), (job) => makeVariants(job.file, job.info, job.missing, cacheDir));
  const wanted = new Set(jobs.flatMap((job) => job.variants.map((variant) => path.basename(variant.url))));
  syncFolder(cacheDir, outDir, wanted);
  return {
    images: jobs.length,
    variants: wanted.size,
    madeImages: todo.length,
    madeVariants: todo.reduce((sum, job) => sum + job.missing.length, 0),
  };
}

// Decodes the source once, at the largest size any missing variant needs (a JPEG shrinks while it decodes), and
// encodes every variant from those pixels.
async function makeVariants(file: string, info: ImageInfo, variants: Variant[], cacheDir: string): Promise<void> {
  const aspect = info.width / info.height;
  const needed = Math.max(...variants.map((v) => (v.crop ? Math.max(v.width, Math.ceil(v.height * aspect)) : v.width)));
  let decoded: { data: Buffer; info: OutputInfo };
  try {
    decoded = await sharp(file, { failOn: "error" })
      .rotate()
      .resize({ width: Math.min(needed, info.width), withoutEnlargement: true })
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw new Error(`${file}: the image could not be decoded; save it again as JPEG or PNG`, { cause: error });
  }
  const raw = { width: decoded.info.width, height: decoded.info.height, channels: decoded.info.channels };
  await Promise.all(
    variants.map(async (variant) => {
      const resized = sharp(decoded.data, { raw }).resize(variant.width, variant.height, {
        fit: variant.crop ? "cover" : "fill",
        position: "attention",
      });
      const target = path.join(cacheDir, path.basename(variant.url));
      // Written beside, then renamed: a build stopped halfway leaves no half-written variant in the cache.
      await encoders[variant.format](resized).toFile(`${target}.${process.pid}.tmp`);
      fs.renameSync(`${target}.${process.pid}.tmp`, target);
    }),
  );
}

// outDir ends up holding exactly `wanted`, linked from the cache (copied where links are not possible).
function syncFolder(cacheDir: string, outDir: string, wanted: Set<string>): void {
  fs.mkdirSync(outDir, { recursive: true });
  for (const name of fs.readdirSync(outDir)) {
    if (!wanted.has(name)) fs.rmSync(path.join(outDir, name), { recursive: true, force: true });
  }
  for (const name of wanted) {
    const target = path.join(outDir, name);
    if (fs.existsSync(target)) continue;
    try {
      fs.linkSync(path.join(cacheDir, name), target);
    } catch {
      fs.copyFileSync(path.join(cacheDir, name), target);
    }
  }
}

async function inPool<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}
