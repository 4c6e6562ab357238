// npm run build: check the content, draw the Open Graph images and make the image variants on every core, write
// the search index, then one
// `next build`.
// `npm run export` derives the static site in out/ from that same build.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { defaultPublicDir, isPublished } from "../lib/content/posts";
import { writeOgImages } from "../lib/outputs/og/pool";
import { searchIndexDir } from "../lib/outputs/search";
import { writeSearchIndex } from "../lib/outputs/search-index";
import { writeVariants } from "../lib/outputs/variants";
import { getReactionsConfig } from "../lib/reactions/config";
import { loadProjectEnv } from "../lib/reactions/environment";
import { hasDatabase, writeApprovedSnapshot } from "../lib/reactions/snapshot-write";
import { site } from "../lib/site";
import { checkContent } from "./content-check";

const publicDir = path.join(process.cwd(), "public");
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

const started = performance.now();
const content = await checkContent(site.contentDir);
if (!content) process.exit(1);
console.log(`Content read and checked in ${seconds(started)}.`);

const drawing = performance.now();
const images = await writeOgImages(content.posts.filter(isPublished), publicDir);
console.log(`Open Graph images: ${images.drawn} drawn, ${images.cached} from the cache, in ${seconds(drawing)}.`);

// Before next build: Next serves only the public/ files present when it builds, and the export copies them.
const indexing = performance.now();
const index = await writeSearchIndex(content.posts.filter(isPublished), searchIndexDir);
console.log(`Search index: ${index.columns} columns, ${Math.round(index.bytes / 1024)} KB, in ${seconds(indexing)}.`);

const resizing = performance.now();
const variants = await writeVariants(content.posts, {
  publicDir: path.resolve(defaultPublicDir(site.contentDir)),
  outDir: path.join(publicDir, "_variants"),
});
console.log(
  `Image variants: ${variants.madeVariants} made from ${variants.madeImages} images, ` +
    `${variants.variants - variants.madeVariants} from the cache, in ${seconds(resizing)}.`,
);

// The approved reactions for the columns next build prerenders, read by a child process that exits before it starts:
// this process holds no database (PGlite keeps most of a gigabyte) while next build runs, and opens none if none exists.
loadProjectEnv();
if (!hasDatabase()) {
  writeApprovedSnapshot({});
  console.log("Reactions: no database yet (no DATABASE_URL, no data/reactions), so none to show.");
} else {
  const snapshot = spawnSync(path.join("node_modules", ".bin", "jiti"), ["scripts/reactions-snapshot.ts"], {
    stdio: "inherit",
  });
  if (snapshot.status !== 0) process.exit(snapshot.status ?? 1);
}
const form = getReactionsConfig() ? "open" : "closed (REACTIONS_PASSWORD_HASH and REACTIONS_SECRET are not set)";
console.log(`Reactions: the form is ${form}.`);

const next = spawnSync(path.join("node_modules", ".bin", "next"), ["build"], { stdio: "inherit" });
process.exit(next.status ?? 1);
