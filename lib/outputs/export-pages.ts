// The export's pages: each one Next rendered, parsed, made static and written, on every core for a large site.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { dealInto, runInWorker } from "../workers";
import type { ExportedFile } from "./build-outputs";
import { getAttribute, getElements, parseHtml, serializeHtml, type HtmlDocument } from "./html-tree";
import { addSearchScript, searchPageFile, unexpectedScripts } from "./search-export";
import { makeStatic } from "./static-export";

const pagesModule = path.join("lib", "outputs", "export-pages.ts");

/**
 * Returns a page Next rendered as the static site serves it at `file`, and the stylesheets it links; throws when it
 * would still load a script.
 */
export function exportPage(file: string, html: string): { html: string; stylesheets: string[] } {
  const document = parseHtml(html);
  makeStatic(document);
  if (file === searchPageFile) addSearchScript(document);
  const left = unexpectedScripts(file, document);
  if (left.length > 0) throw new Error(`${file} still loads JavaScript: ${left[0]}`);
  return { html: serializeHtml(document), stylesheets: linkedStylesheets(document) };
}

function linkedStylesheets(document: HtmlDocument): string[] {
  return getElements(document)
    .filter((element) => element.tagName === "link" && getAttribute(element, "rel") === "stylesheet")
    .flatMap((element) => getAttribute(element, "href") ?? []);
}

/**
 * Writes each page's static form under `outDir`, in this thread, and returns the stylesheets they link; a worker
 * thread runs this for its share.
 */
export function writePageBatch({ pages, outDir }: { pages: ExportedFile[]; outDir: string }): string[] {
  const stylesheets = new Set<string>();
  for (const { file, source } of pages) {
    const page = exportPage(file, fs.readFileSync(source, "utf8"));
    fs.mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
    fs.writeFileSync(path.join(outDir, file), page.html);
    page.stylesheets.forEach((href) => stylesheets.add(href));
  }
  return [...stylesheets];
}

/**
 * How many worker threads write `pages` pages while `busyCores` cores do other work: none below a few thousand pages
 * (a worker takes most of a second to start, a page under a millisecond: 1,380 pages took 1.1 s in this thread and
 * 1.1–1.6 s on one or two workers), else one per free core, at least one.
 */
export const threadsFor = (pages: number, busyCores = 0) =>
  pages < 3000 ? 0 : Math.max(1, os.availableParallelism() - busyCores);

/**
 * Writes every page's static form under `outDir`: in this thread for a small site, else on `threads` worker threads,
 * one per core by default (parsing is most of an export's time). Resolves to the stylesheets the pages link; rejects
 * with the first page's error.
 */
export async function writePages(
  pages: ExportedFile[],
  outDir: string,
  threads = threadsFor(pages.length),
): Promise<Set<string>> {
  if (threads === 0) return new Set(writePageBatch({ pages, outDir }));
  const batches = dealInto(pages, threads).map((batch) =>
    runInWorker<string[]>(pagesModule, "writePageBatch", { pages: batch, outDir }),
  );
  return new Set((await Promise.all(batches)).flat());
}
