// npm run images [-- <content folder>]: writes the variants of every image in the posts into
// public/_generated/site/_variants, served at /_variants/ by `npm start` and out/, from the cache of earlier builds
// where it can. npm run build does this too.
import path from "node:path";

// The folder is configuration (lib/site.ts), read when that module loads: set it first.
if (process.argv[2]) process.env.CONTENT_DIR = path.resolve(process.argv[2]);
const { getContent } = await import("../lib/content/load");
const { writeVariants } = await import("../lib/outputs/variants");
const { site } = await import("../lib/site");
const { generatedDir } = await import("../lib/paths");

const started = performance.now();
const report = await writeVariants(getContent().posts, {
  publicDir: path.resolve(site.publicDir),
  outDir: path.resolve("public", generatedDir, "_variants"),
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `/_variants: ${report.variants} variants of ${report.images} images ` +
    `(${report.madeVariants} made from ${report.madeImages} images, the rest from the cache) in ${seconds} s.`,
);
