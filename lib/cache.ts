import path from "node:path";

/**
 * The one folder the build keeps between builds: the content store, the facts of each image, the drawn Open Graph
 * images and the image variants. It lives in Next's own cache folder, which hosting platforms and CI keep; tests
 * give their own with `CACHE_DIR`.
 */
export const cacheDir = process.env.CACHE_DIR
  ? path.resolve(/*turbopackIgnore: true*/ process.env.CACHE_DIR)
  : path.join(/*turbopackIgnore: true*/ process.cwd(), ".next", "cache", "column-site");

/** The content store: every author and post, read, checked and rendered (see lib/content/store.ts). */
export const contentStoreFile = path.join(cacheDir, "content.json");
