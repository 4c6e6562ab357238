// The build step before `next build`: writes the variants of every image in the posts into public/_variants, the
// folder `npm start` and out/ both serve, from the cache of earlier builds where it can. Run after npm run check,
// whose reading of the content it takes from the snapshot.
import path from "node:path";
import { readContentOnce } from "../lib/content/snapshot";
import { defaultPublicDir } from "../lib/content/posts";
import { writeVariants } from "../lib/outputs/variants";
import { site } from "../lib/site";

const contentDir = process.argv[2] ? path.resolve(process.argv[2]) : site.contentDir;
const started = performance.now();
const { posts } = readContentOnce(contentDir);
const report = await writeVariants(posts, {
  publicDir: path.resolve(defaultPublicDir(contentDir)),
  outDir: path.resolve("public", "_variants"),
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `public/_variants: ${report.variants} variants of ${report.images} images ` +
    `(${report.madeVariants} made from ${report.madeImages} images, the rest from the cache) in ${seconds} s.`,
);
