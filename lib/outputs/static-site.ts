import fs from "node:fs";
import path from "node:path";
import { headersFile } from "./security-headers";
import { finishExportedPage, unexpectedScripts } from "./search-export";
import { removeServerOnly, stripClientScripts } from "./static-export";

/** Where a static site is made from and written to. */
export interface StaticSiteFolders {
  /** The production build of `next build`: `.next`. */
  nextDir: string;
  publicDir: string;
  /** The folder to write, `out/`; replaced only once the new one is complete. */
  outDir: string;
}

/**
 * Writes the static site from an existing production build, without building again: every prerendered page as
 * HTML without client JavaScript, the route handlers' files (feeds, sitemap, robots.txt, icons), the stylesheets
 * and public/. Builds in a folder beside `outDir` and swaps it in at the end, so a failure leaves the last good
 * site in place. Returns the number of pages; throws when there is no build or a page still loads a script.
 */
export function writeStaticSite({ nextDir, publicDir, outDir }: StaticSiteFolders): number {
  const appDir = path.join(nextDir, "server", "app");
  if (!fs.existsSync(path.join(nextDir, "BUILD_ID")) || !fs.existsSync(appDir)) {
    throw new Error(`${nextDir} holds no production build: run npm run build first`);
  }
  const staging = `${outDir}.${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  try {
    if (fs.existsSync(publicDir)) fs.cpSync(publicDir, staging, { recursive: true });
    copyStyles(path.join(nextDir, "static"), path.join(staging, "_next", "static"));
    const pages = copyPrerendered(appDir, staging);
    fs.writeFileSync(path.join(staging, "_headers"), headersFile());
    swap(staging, outDir);
    return pages;
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

// .html files are pages; .body files are what a static route handler answered (the .meta beside it says how).
function copyPrerendered(appDir: string, staging: string): number {
  let pages = 0;
  for (const file of fs.readdirSync(appDir, { recursive: true, encoding: "utf8" }).sort()) {
    const target = outputName(file);
    if (!target) continue;
    const source = path.join(appDir, file);
    fs.mkdirSync(path.dirname(path.join(staging, target)), { recursive: true });
    if (file.endsWith(".html")) {
      const html = finishExportedPage(target, removeServerOnly(stripClientScripts(fs.readFileSync(source, "utf8"))));
      const left = unexpectedScripts(target, html);
      if (left.length > 0) throw new Error(`${target} still loads JavaScript: ${left[0]}`);
      fs.writeFileSync(path.join(staging, target), html);
      pages++;
    } else if (answeredOk(source.replace(/\.body$/, ".meta"))) {
      fs.copyFileSync(source, path.join(staging, target));
    }
  }
  return pages;
}

/** Returns the exported file name of a file in `.next/server/app`, or undefined when it is not exported. */
export function outputName(file: string): string | undefined {
  if (file === "_not-found.html") return "404.html";
  if (file.startsWith("_")) return undefined; // Next's own error pages and payloads
  if (file.endsWith(".html")) return file;
  if (file.endsWith(".body")) return file.slice(0, -".body".length);
  return undefined;
}

function answeredOk(metaFile: string): boolean {
  if (!fs.existsSync(metaFile)) return true;
  const meta: { status?: number } = JSON.parse(fs.readFileSync(metaFile, "utf8"));
  return (meta.status ?? 200) === 200;
}

// The stylesheets and fonts under _next/static; Next's JavaScript chunks stay behind.
function copyStyles(staticDir: string, target: string): void {
  fs.cpSync(staticDir, target, {
    recursive: true,
    filter: (source) => !/\.(js|mjs|map)$/.test(source),
  });
}

function swap(staging: string, outDir: string): void {
  const old = `${outDir}.old`;
  fs.rmSync(old, { recursive: true, force: true });
  if (fs.existsSync(outDir)) fs.renameSync(outDir, old);
  fs.renameSync(staging, outDir);
  fs.rmSync(old, { recursive: true, force: true });
}
