// What the site serves beside its pages, made from the content store: the Open Graph images, the search index and
// the image variants, all in public/ (see generatedPublicPaths in lib/paths.ts). `next build` reads none of them
// (`next start` lists public/ when it starts, the export copies it after): npm run build makes the images beside it
// and the search index after it; npm run dev makes them all in the background once the server is ready.
import path from "node:path";
import { isPublished, type Post } from "../lib/content/posts";
import type { Content } from "../lib/content/read";
import { buildContent } from "../lib/content/read-parallel";
import { ogImageJobs } from "../lib/outputs/og/images";
import { searchIndexDir } from "../lib/outputs/search";
import { writeSearchIndex } from "../lib/outputs/search-index";
import { site } from "../lib/site";
import { storeContent } from "./content-check";

const servedDir = path.join(process.cwd(), "public");
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
 * Writes the Open Graph images and the image variants of `content`, by default the content store; npm run build,
 * beside next build.
 */
export async function writeImagesFromStore(content?: Content): Promise<void> {
  // Loaded here, not above: the worker that writes the search index after next build starts without the image
  // libraries (sharp, fontkit), half a second sooner.
  const { writeVariants } = await import("../lib/outputs/variants");
  const { writeOgImages } = await import("../lib/outputs/og/write");
  let posts: Post[] | undefined = (content ?? (await buildContent())).posts;

  const resizing = performance.now();
  const variants = await writeVariants(posts, {
    publicDir: path.resolve(site.publicDir),
    outDir: path.join(servedDir, "_variants"),
  });
  console.log(
    `Image variants: ${variants.madeVariants} made from ${variants.madeImages} images, ` +
      `${variants.variants - variants.madeVariants} from the cache, in ${seconds(resizing)}.`,
  );

  // The cards need titles and bylines only: the posts (160 MB at 10,000) are let go before the drawing, which then
  // runs beside next build's prerender for a minute or more.
  const jobs = ogImageJobs(posts.filter(isPublished));
  posts = undefined;
  const drawing = performance.now();
  const images = await writeOgImages(jobs, servedDir);
  console.log(`Open Graph images: ${images.drawn} drawn, ${images.cached} from the cache, in ${seconds(drawing)}.`);
}

/**
 * Writes the search index of `content`, by default the content store; npm run build, once next build is done:
 * Pagefind holds the whole index while it works (1.25 GB at 10,000 posts), and beside next build's workers that was
 * the build's peak.
 */
export async function writeSearchIndexFromStore(content?: Content): Promise<void> {
  content ??= await buildContent();
  const indexing = performance.now();
  const index = await writeSearchIndex(content.posts.filter(isPublished), searchIndexDir);
  console.log(`Search index: ${index.columns} columns, ${Math.round(index.bytes / 1024)} KB, in ${seconds(indexing)}.`);
}
