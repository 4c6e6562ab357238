import fs from "node:fs";
import path from "node:path";
import { getExportedFiles, readBuildOutputs } from "./build-outputs";
import { threadsFor, writePages } from "./export-pages";
import { generatedDir, generatedFolder } from "../paths";
import { searchIndexDir } from "./search";
import { headersFile } from "./security-headers";

/** Where a static site is made from and written to. */
export interface StaticSiteFolders {
  /** The production build of `next build`: `.next`, with the record of its adapter. */
  nextDir: string;
  publicDir: string;
  /** The folder to write, `out/`; replaced only once the new one is complete. */
  outDir: string;
}

// The search index's folder in public/, copied last: npm run build:static writes it while the pages are exported.
const searchIndexFolder = path.basename(searchIndexDir);

/**
 * Writes the static site from an existing production build, without building again: every prerendered page as
 * HTML without client JavaScript, the route handlers' files (feeds, sitemap, robots.txt, icons), the stylesheets
 * and public/, all as Next's build adapter recorded them. Builds in a folder beside `outDir` and swaps it in at the
 * end, so a failure leaves the last good site in place. public/'s search index is copied once `searchIndexWritten`
 * resolves. Resolves to the number of pages; rejects when there is no build or a page would still load a script.
 */
export async function writeStaticSite(
  { nextDir, publicDir, outDir }: StaticSiteFolders,
  searchIndexWritten?: Promise<unknown>,
): Promise<number> {
  const { pages, files } = getExportedFiles(readBuildOutputs(nextDir));
  const staging = `${outDir}.${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  try {
    // public/ as it is, and the build's generated files where they are served (next.config.ts rewrites those paths
    // into public/_generated/site on the server; npm run dev's are in public/_generated/dev); the search index last.
    const generated = path.join(publicDir, generatedDir);
    const searchIndex = path.join(generated, searchIndexFolder);
    const generatedFolders = path.join(publicDir, generatedFolder);
    if (fs.existsSync(publicDir))
      fs.cpSync(publicDir, staging, { recursive: true, filter: (from) => from !== generatedFolders });
    if (fs.existsSync(generated))
      fs.cpSync(generated, staging, { recursive: true, filter: (from) => from !== searchIndex });
    // Pagefind keeps a core busy while it writes the index beside the export, and 1.25 GB at 10,000 posts: the pages
    // take the other cores, with one parser less.
    const linked = await writePages(pages, staging, threadsFor(pages.length, searchIndexWritten ? 1 : 0));
    // Of the stylesheets, only those a page links: .next/static keeps those of earlier builds (cleanDistDir: false),
    // and the build lists them all.
    for (const { file, source } of files) {
      if (file.endsWith(".css") && !linked.has(`/${file}`)) continue;
      fs.mkdirSync(path.dirname(path.join(staging, file)), { recursive: true });
      fs.copyFileSync(source, path.join(staging, file));
    }
    await searchIndexWritten;
    if (fs.existsSync(searchIndex)) fs.cpSync(searchIndex, path.join(staging, searchIndexFolder), { recursive: true });
    fs.writeFileSync(path.join(staging, "_headers"), headersFile());
    swap(staging, outDir);
    return pages.length;
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

function swap(staging: string, outDir: string): void {
  const old = `${outDir}.old`;
  fs.rmSync(old, { recursive: true, force: true });
  if (fs.existsSync(outDir)) fs.renameSync(outDir, old);
  fs.renameSync(staging, outDir);
  fs.rmSync(old, { recursive: true, force: true });
}
