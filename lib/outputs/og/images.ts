import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Post } from "../../content/posts";
import { formatDutchDate } from "../../dates";
import { postImagePath, siteImagePath } from "../../paths";
import { site } from "../../site";
import type { OgCard } from "./card";

/** One Open Graph image to write: where it is served, and what it says. */
export interface OgImageJob {
  /** The image's URL path, like `/blog/x/og.png`; the file lives at the same path under public/. */
  urlPath: string;
  card: OgCard;
}

/** Returns the site's image and one per post, in that order. */
export function ogImageJobs(posts: Post[]): OgImageJob[] {
  return [
    { urlPath: siteImagePath, card: { title: site.name, byline: site.tagline } },
    ...posts.map((post) => ({
      urlPath: postImagePath(post),
      card: {
        title: post.title,
        byline: [post.author.name, post.date && formatDutchDate(post.date)].filter(Boolean).join(" · "),
      },
    })),
  ];
}

// The files that shape every image; a change to any of them draws every image again.
const designFiles = ["card.ts", "draw.ts", "fonts.ts", "text.ts"].map((name) =>
  path.join("lib", "outputs", "og", name),
);

/** Returns a fingerprint of the image design: its source files and the fonts' fingerprint. */
export function designFingerprint(fontsHash: string, root: string = process.cwd()): string {
  const hash = crypto.createHash("sha256").update(fontsHash).update(site.name);
  for (const file of designFiles) hash.update(fs.readFileSync(path.join(root, file)));
  return hash.digest("hex").slice(0, 16);
}

/** Returns the cache file name of an image: a hash of the design and of everything the card says. */
export function cacheName(design: string, card: OgCard): string {
  const key = crypto.createHash("sha256").update(JSON.stringify([design, card.title, card.byline]));
  return `${key.digest("hex").slice(0, 32)}.png`;
}

/**
 * Puts each job's image from the cache at its path under `publicDir` (a hard link, or a copy across file systems)
 * and removes Open Graph images of posts that are gone; returns the jobs whose image is not in the cache yet.
 */
export function placeCachedImages(jobs: OgImageJob[], design: string, cacheDir: string, publicDir: string) {
  const missing: OgImageJob[] = [];
  for (const job of jobs) {
    const cached = path.join(cacheDir, cacheName(design, job.card));
    if (fs.existsSync(cached)) place(cached, path.join(publicDir, job.urlPath));
    else missing.push(job);
  }
  removeStaleImages(jobs, publicDir);
  return missing;
}

/** Puts a file at `target`, replacing what was there. */
export function place(source: string, target: string): void {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.rmSync(target, { force: true });
  try {
    fs.linkSync(source, target);
  } catch {
    fs.copyFileSync(source, target);
  }
}

// Posts' images live in <publicDir>/blog/<slug>/og.png (for the build, in public/_generated/site). Only those files
// go: anything an editor put beside them stays, and a folder goes only once it is empty.
function removeStaleImages(jobs: OgImageJob[], publicDir: string): void {
  const blogDir = path.join(publicDir, "blog");
  if (!fs.existsSync(blogDir)) return;
  const wanted = new Set(jobs.map((job) => path.join(publicDir, job.urlPath)));
  for (const slug of fs.readdirSync(blogDir)) {
    const image = path.join(blogDir, slug, "og.png");
    if (wanted.has(image) || !fs.existsSync(image)) continue;
    fs.rmSync(image);
    if (fs.readdirSync(path.join(blogDir, slug)).length === 0) fs.rmdirSync(path.join(blogDir, slug));
  }
}
