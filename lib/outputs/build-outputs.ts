// What `next build` made, as its adapter (./build-adapter.mjs) recorded it, sorted into what the static site holds.
import fs from "node:fs";
import path from "node:path";
import { outputsFileName } from "./build-adapter.mjs";

/** One prerendered response: a page's HTML (routeType "page") or a route handler's body (routeType "route"). */
interface Prerender {
  pathname: string;
  routeType: string;
  filePath: string;
  status: number;
  contentType: string;
}

/** What the adapter writes; see ./build-adapter.mjs. */
export interface BuildOutputs {
  buildId: string;
  prerenders: Prerender[];
  staticFiles: { pathname: string; filePath: string }[];
}

/** A file of the static site: `file` is relative to out/, `source` a file the build wrote. */
export interface ExportedFile {
  file: string;
  source: string;
}

/** Returns the outputs recorded by the last `next build` in `nextDir`; throws when there is no record. */
export function readBuildOutputs(nextDir: string): BuildOutputs {
  const file = path.join(nextDir, outputsFileName);
  if (!fs.existsSync(file)) {
    throw new Error(`${file} is missing: run npm run build first (next build with the adapter in next.config.ts)`);
  }
  return JSON.parse(fs.readFileSync(file, "utf8")) as BuildOutputs;
}

/**
 * Returns the pages (HTML to make static) and the files (to copy as they are) of the static site: every page and
 * route file that answered 200, the 404 page, the stylesheets and the static route files; no JavaScript, no error page
 * for the server's own failures.
 */
export function getExportedFiles(outputs: BuildOutputs): { pages: ExportedFile[]; files: ExportedFile[] } {
  const answered = outputs.prerenders.filter((prerender) => prerender.status === 200);
  const pages = answered
    .filter((prerender) => prerender.routeType === "page" && prerender.contentType.startsWith("text/html"))
    .map(({ pathname, filePath }) => ({ file: htmlFile(pathname), source: filePath }));
  const files = answered
    .filter((prerender) => prerender.routeType === "route")
    .map(({ pathname, filePath }) => ({ file: pathname.slice(1), source: filePath }));
  for (const { pathname, filePath } of outputs.staticFiles) {
    if (pathname === "/404") pages.push({ file: "404.html", source: filePath });
    else if (!filePath.endsWith(".html") && !/\.(js|mjs|map)$/.test(pathname)) {
      files.push({ file: pathname.slice(1), source: filePath });
    }
  }
  return { pages, files };
}

/** Returns the file a static host serves for a page's path: `/` is index.html, `/a/b` is a/b.html. */
export function htmlFile(pathname: string): string {
  return pathname === "/" ? "index.html" : `${pathname.slice(1)}.html`;
}
