import fs from "node:fs";
import path from "node:path";
import { getExportedFiles, readBuildOutputs } from "./build-outputs";
import { parseHtml, serializeHtml } from "./html-tree";
import { addSearchScript, searchPageFile, unexpectedScripts } from "./search-export";
import { headersFile } from "./security-headers";
import { makeStatic } from "./static-export";

/** Where a static site is made from and written to. */
export interface StaticSiteFolders {
  /** The production build of `next build`: `.next`, with the record of its adapter. */
  nextDir: string;
  publicDir: string;
  /** The folder to write, `out/`; replaced only once the new one is complete. */
  outDir: string;
}

/**
 * Writes the static site from an existing production build, without building again: every prerendered page as
 * HTML without client JavaScript, the route handlers' files (feeds, sitemap, robots.txt, icons), the stylesheets
 * and public/, all as Next's build adapter recorded them. Builds in a folder beside `outDir` and swaps it in at the
 * end, so a failure leaves the last good site in place. Returns the number of pages; throws when there is no build
 * or a page still loads a script.
 */
export function writeStaticSite({ nextDir, publicDir, outDir }: StaticSiteFolders): number {
  const { pages, files } = getExportedFiles(readBuildOutputs(nextDir));
  const staging = `${outDir}.${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  try {
    if (fs.existsSync(publicDir)) fs.cpSync(publicDir, staging, { recursive: true });
    for (const { file, source } of files) {
      fs.mkdirSync(path.dirname(path.join(staging, file)), { recursive: true });
      fs.copyFileSync(source, path.join(staging, file));
    }
    for (const { file, source } of pages) {
      fs.mkdirSync(path.dirname(path.join(staging, file)), { recursive: true });
      fs.writeFileSync(path.join(staging, file), exportPage(file, fs.readFileSync(source, "utf8")));
    }
    fs.writeFileSync(path.join(staging, "_headers"), headersFile());
    swap(staging, outDir);
    return pages.length;
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

/** Returns a page Next rendered as the static site serves it at `file`; throws when it would still load a script. */
export function exportPage(file: string, html: string): string {
  const document = parseHtml(html);
  makeStatic(document);
  if (file === searchPageFile) addSearchScript(document);
  const left = unexpectedScripts(file, document);
  if (left.length > 0) throw new Error(`${file} still loads JavaScript: ${left[0]}`);
  return serializeHtml(document);
}

function swap(staging: string, outDir: string): void {
  const old = `${outDir}.old`;
  fs.rmSync(old, { recursive: true, force: true });
  if (fs.existsSync(outDir)) fs.renameSync(outDir, old);
  fs.renameSync(staging, outDir);
  fs.rmSync(old, { recursive: true, force: true });
}
