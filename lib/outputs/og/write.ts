import fs from "node:fs";
import path from "node:path";
import { cacheDir } from "../../cache";
import { drawOgImage } from "./draw";
import { fontsFingerprint, loadOgFonts } from "./fonts";
import { cacheName, designFingerprint, place, placeCachedImages, type OgImageJob } from "./images";

/** Where the drawn images are kept between builds. */
export const ogCacheDir = path.join(cacheDir, "og");

/**
 * Writes the Open Graph PNGs of `jobs` (ogImageJobs: the site's and every post's) under `publicDir` (for the build
 * public/_generated/site: og.png and blog/<slug>/og.png), drawing only what the cache lacks; returns how many were
 * drawn and how many came from the cache. One thread draws them (about 6 ms of CPU a card): the build runs this
 * beside `next build`, which keeps every core busy. The jobs hold only what the cards say, not the posts.
 */
export async function writeOgImages(jobs: OgImageJob[], publicDir: string, options: { cacheDir?: string } = {}) {
  const { cacheDir = ogCacheDir } = options;
  const fonts = loadOgFonts();
  const design = designFingerprint(fontsFingerprint(fonts));
  const missing = placeCachedImages(jobs, design, cacheDir, publicDir);
  if (missing.length > 0) fs.mkdirSync(cacheDir, { recursive: true });
  for (const job of missing) {
    const file = path.join(cacheDir, cacheName(design, job.card));
    // Written beside, then renamed: a build that stops halfway never leaves half an image in the cache.
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    fs.writeFileSync(temporary, await drawOgImage(job.card, fonts));
    fs.renameSync(temporary, file);
    place(file, path.join(publicDir, job.urlPath));
  }
  return { drawn: missing.length, cached: jobs.length - missing.length };
}
