import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { cacheDir } from "../../cache";
import { drawOgImage } from "./draw";
import { fontsFingerprint, loadOgFonts } from "./fonts";
import type { Post } from "../../content/posts";
import { dealInto, runInWorker } from "../../workers";
import { cacheName, designFingerprint, ogImageJobs, place, placeCachedImages, type OgImageJob } from "./images";

const poolModule = path.join("lib", "outputs", "og", "pool.ts");

/** Where and how a batch of images is drawn. */
export interface DrawOptions {
  design: string;
  cacheDir: string;
  publicDir: string;
  /** Worker threads to draw with; 0 draws in this thread. Defaults to one per core. */
  threads?: number;
}

/** Draws each job's image into the cache and puts it under `publicDir`; uses a worker thread per core. */
export async function drawOgImages(jobs: OgImageJob[], options: DrawOptions): Promise<void> {
  if (jobs.length === 0) return;
  fs.mkdirSync(options.cacheDir, { recursive: true });
  // A worker takes about a second to start (jiti, the fonts), in which this thread draws some eighty images.
  const threads = Math.min(options.threads ?? (jobs.length < 200 ? 0 : os.availableParallelism()), jobs.length);
  if (threads === 0) await drawBatch({ jobs, ...options });
  else {
    const { design, cacheDir } = options;
    const batches = dealInto(jobs, threads).map((batch) => ({ jobs: batch, design, cacheDir }));
    await Promise.all(batches.map((batch) => runInWorker(poolModule, "drawBatch", batch)));
  }
  for (const job of jobs) {
    place(path.join(options.cacheDir, cacheName(options.design, job.card)), path.join(options.publicDir, job.urlPath));
  }
}

/** Draws a batch in this thread, writing each PNG to the cache; a worker thread runs this for its share. */
export async function drawBatch({ jobs, design, cacheDir }: { jobs: OgImageJob[]; design: string; cacheDir: string }) {
  const fonts = loadOgFonts();
  for (const job of jobs) {
    const file = path.join(cacheDir, cacheName(design, job.card));
    // Written beside, then renamed: a build that stops halfway never leaves half an image in the cache.
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    fs.writeFileSync(temporary, await drawOgImage(job.card, fonts));
    fs.renameSync(temporary, file);
  }
}

/** Where the drawn images are kept between builds. */
export const ogCacheDir = path.join(cacheDir, "og");

/**
 * Writes the site's and every post's Open Graph PNG under `publicDir` (public/og.png, public/blog/<slug>/og.png),
 * drawing only what the cache lacks; returns how many were drawn and how many came from the cache.
 */
export async function writeOgImages(
  posts: Post[],
  publicDir: string,
  options: { threads?: number; cacheDir?: string } = {},
) {
  const { cacheDir = ogCacheDir, threads } = options;
  const design = designFingerprint(fontsFingerprint(loadOgFonts()));
  const jobs = ogImageJobs(posts);
  const missing = placeCachedImages(jobs, design, cacheDir, publicDir);
  await drawOgImages(missing, { design, cacheDir, publicDir, threads });
  return { drawn: missing.length, cached: jobs.length - missing.length };
}
