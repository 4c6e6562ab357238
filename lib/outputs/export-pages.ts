// The export's pages: each one Next rendered, parsed, made static and written, on every core for a large site.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { dealInto, runInWorker } from "../workers";
import type { ExportedFile } from "./build-outputs";
import { parseHtml, serializeHtml } from "./html-tree";
import { addSearchScript, searchPageFile, unexpectedScripts } from "./search-export";
import { makeStatic } from "./static-export";

const pagesModule = path.join("lib", "outputs", "export-pages.ts");

/** Returns a page Next rendered as the static site serves it at `file`; throws when it would still load a script. */
export function exportPage(file: string, html: string): string {
  const document = parseHtml(html);
  makeStatic(document);
  if (file === searchPageFile) addSearchScript(document);
  const left = unexpectedScripts(file, document);
  if (left.length > 0) throw new Error(`${file} still loads JavaScript: ${left[0]}`);
  return serializeHtml(document);
}

/** Writes each page's static form under `outDir`, in this thread; a worker thread runs this for its share. */
export function writePageBatch({ pages, outDir }: { pages: ExportedFile[]; outDir: string }): void {
  for (const { file, source } of pages) {
    fs.mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
    fs.writeFileSync(path.join(outDir, file), exportPage(file, fs.readFileSync(source, "utf8")));
  }
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
 * one per core by default (parsing is most of an export's time). Rejects with the first page's error.
 */
export async function writePages(pages: ExportedFile[], outDir: string, threads = threadsFor(pages.length)) {
  if (threads === 0) writePageBatch({ pages, outDir });
  else
    await Promise.all(
      dealInto(pages, threads).map((batch) => runInWorker(pagesModule, "writePageBatch", { pages: batch, outDir })),
    );
}
