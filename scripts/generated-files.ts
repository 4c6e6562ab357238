// What the site serves beside its pages, made from the content store: the Open Graph images, the search index and
// the image variants, all in public/_generated/site/ (npm run dev's in public/_generated/dev/; see generatedDir in
// lib/paths.ts). `next build` reads none of them (`next start` lists public/ when it starts, the export copies it
// after): npm run build makes the images beside it and the search index after it; npm run dev makes them all in the
// background once the server is ready.
import path from "node:path";
import { isPublished, type Post } from "../lib/content/posts";
import type { Content } from "../lib/content/read";
import { buildContent, handOver, postsOneByOne } from "../lib/content/read-parallel";
import { removeEarlierLayout } from "../lib/outputs/earlier-layout";
import { ogImageJobs, type OgImageJob } from "../lib/outputs/og/images";
import { generatedDir } from "../lib/paths";
import { searchIndexDir } from "../lib/outputs/search";
import { writeSearchIndex } from "../lib/outputs/search-index";
import { site } from "../lib/site";
import { storeContent } from "./content-check";

const servedDir = path.join(process.cwd(), "public", generatedDir);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** Checks the content and writes the generated files; returns false after printing the content's problems. */
export async function writeGeneratedFiles(): Promise<boolean> {
  if (!(await storeContent())) return false;
  await writeFilesFromStore();
  return true;
}

/** Writes the generated files from the content store, which must be current (see storeContent). */
export async function writeFilesFromStore(): Promise<void> {
  const content = await buildContent();
  await writeSearchIndexFromStore(content);
  await writeImagesFromStore(content);
}

/**
 * Writes the image variants and the Open Graph images of `content`, by default the content store, in this thread
 * (npm run dev's background step; npm run build runs the two halves on two worker threads beside next build).
 */
export async function writeImagesFromStore(content?: Content): Promise<void> {
  await drawOgImages(await writeVariantsFromStore(content));
}

/**
 * Writes the image variants of `content`, by default the content store, and returns the Open Graph cards to draw:
 * titles and bylines only. npm run build draws them on a fresh worker thread, whose memory never held the posts (at
 * 10,000 posts this thread grows to 400 MB reading them, and the drawing runs beside next build's prerender for
 * minutes).
 */
export async function writeVariantsFromStore(content?: Content): Promise<OgImageJob[]> {
  removeEarlierLayout();
  // Loaded here, not above: the worker that writes the search index after next build starts without the image
  // libraries (sharp, fontkit), half a second sooner.
  const { writeVariants } = await import("../lib/outputs/variants");
  const { posts } = content ?? (await buildContent());
  const resizing = performance.now();
  const variants = await writeVariants(posts, {
    publicDir: path.resolve(site.publicDir),
    outDir: path.join(servedDir, "_variants"),
  });
  console.log(
    `Image variants: ${variants.madeVariants} made from ${variants.madeImages} images, ` +
      `${variants.variants - variants.madeVariants} from the cache, in ${seconds(resizing)}.`,
  );
  return ogImageJobs(posts.filter(isPublished));
}

/** Draws the Open Graph cards `jobs` (writeVariantsFromStore's) into the generated folder, those the cache lacks. */
export async function drawOgImages(jobs: OgImageJob[]): Promise<void> {
  const { writeOgImages } = await import("../lib/outputs/og/write");
  const drawing = performance.now();
  const images = await writeOgImages(jobs, servedDir);
  console.log(`Open Graph images: ${images.drawn} drawn, ${images.cached} from the cache, in ${seconds(drawing)}.`);
}

/**
 * Writes the search index of `content`, by default the content store; npm run build, once next build is done:
 * Pagefind holds the whole index while it works (1.6–1.9 GB at 10,000 posts), and beside next build's workers that
 * was the build's peak. The posts are handed over to the index one by one: read from the store a post at a time
 * (postsOneByOne), or let go here as the index takes them, so that this thread never holds them all.
 */
export async function writeSearchIndexFromStore(content?: Content): Promise<void> {
  removeEarlierLayout();
  const posts = content ? handOver(content.posts.filter(isPublished)) : published(await postsOneByOne());
  const indexing = performance.now();
  const index = await writeSearchIndex(posts, searchIndexDir);
  console.log(`Search index: ${index.columns} columns, ${Math.round(index.bytes / 1024)} KB, in ${seconds(indexing)}.`);
}

function* published(posts: Iterable<Post>): Generator<Post> {
  for (const post of posts) if (isPublished(post)) yield post;
}
