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
import { checkReactionsConfig } from "../lib/reactions/config";
import { defaultDataDir } from "../lib/reactions/database";
import { loadProjectEnv } from "../lib/reactions/environment";
import { snapshotApprovedReactions } from "../lib/reactions/snapshot";
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

// Next's build workers must not open the embedded database at once: the approved reactions are read here, once.
loadProjectEnv();
const reactions = await snapshotApprovedReactions();
const where = reactions.kind === "server" ? "DATABASE_URL" : path.relative(process.cwd(), defaultDataDir());
const { problems } = checkReactionsConfig();
const form = problems.length === 0 ? "open" : `closed: ${problems.join(" ")}`;
console.log(`Reactions: ${reactions.count} approved in ${where}; the form is ${form}.`);

const next = spawnSync(path.join("node_modules", ".bin", "next"), ["build"], { stdio: "inherit" });
process.exit(next.status ?? 1);
