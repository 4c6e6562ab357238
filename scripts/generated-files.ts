// What the site serves beside its pages, made from the content store: the Open Graph images, the search index and
// the image variants, all in public/ (see generatedPublicPaths in lib/paths.ts). npm run build runs this beside
// `next build`, which reads none of them (`next start` lists public/ when it starts, the export copies it after);
// npm run dev runs it in the background once the server is ready.
import path from "node:path";
import { isPublished } from "../lib/content/posts";
import { buildContent } from "../lib/content/read-parallel";
import { writeOgImages } from "../lib/outputs/og/write";
import { searchIndexDir } from "../lib/outputs/search";
import { writeSearchIndex } from "../lib/outputs/search-index";
import { writeVariants } from "../lib/outputs/variants";
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
  const published = content.posts.filter(isPublished);

  // The search index first: Pagefind's process (about 170 MB at 1,000 posts) is then gone before the end of next
  // build's compile, where next build itself holds the most (1,170–1,230 MB at the build's peak instead of
  // 1,280–1,420 MB, in the same time).
  const indexing = performance.now();
  const index = await writeSearchIndex(published, searchIndexDir);
  console.log(`Search index: ${index.columns} columns, ${Math.round(index.bytes / 1024)} KB, in ${seconds(indexing)}.`);

  const drawing = performance.now();
  const images = await writeOgImages(published, servedDir);
  console.log(`Open Graph images: ${images.drawn} drawn, ${images.cached} from the cache, in ${seconds(drawing)}.`);

  const resizing = performance.now();
  const variants = await writeVariants(content.posts, {
    publicDir: path.resolve(site.publicDir),
    outDir: path.join(servedDir, "_variants"),
  });
  console.log(
    `Image variants: ${variants.madeVariants} made from ${variants.madeImages} images, ` +
      `${variants.variants - variants.madeVariants} from the cache, in ${seconds(resizing)}.`,
  );
}
