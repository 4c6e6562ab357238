// Writes out/ from the production build in .next and reports it: npm run export, and npm run build:static once its
// `next build` is done (beside the search index, which the export copies last).
import path from "node:path";
import { writeStaticSite } from "../lib/outputs/static-site";

/** Writes the static site to out/, copying public/'s search index once `searchIndexWritten` resolves. */
export async function exportSite(searchIndexWritten?: Promise<unknown>): Promise<void> {
  const started = performance.now();
  const folders = { nextDir: ".next", publicDir: "public", outDir: path.resolve("out") };
  const pages = await writeStaticSite(folders, searchIndexWritten);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `out/ is ready: ${pages} pages, no client JavaScript but the search on /zoeken, headers in out/_headers (${seconds} s).`,
  );
}
