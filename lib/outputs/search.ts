import fs from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { generatedDir } from "../paths";
import { site } from "../site";

/** Where the search index lives: served at /pagefind/ by `npm start` and copied into `out/` by the export. */
export const searchIndexDir = path.join(/*turbopackIgnore: true*/ process.cwd(), "public", generatedDir, "pagefind");

/** What a search result shows besides its excerpt, kept in the index with each column. */
export interface SearchMeta {
  title: string;
  author: string;
  /** `YYYY-MM-DD`, or empty for an undated column. */
  date: string;
  /** "31 augustus 2017", or empty. */
  dateText: string;
  lead: string;
}

/** A piece of an excerpt: text, and whether it is a word the reader searched for. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** One column found, as the results page shows it. */
export interface SearchHit extends SearchMeta {
  url: string;
  excerpt: ExcerptPart[];
}

/** A page of results for a query: `total` columns found in all, `hits` for this page, best first. */
export interface SearchResults {
  query: string;
  total: number;
  page: number;
  pageCount: number;
  hits: SearchHit[];
}

/** What Pagefind keeps of a column, as the search thread hands it over. */
interface PagefindData {
  raw_url?: string;
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}

/** Asks the search thread for the results from `offset`, `limit` of them, of all `total` found. */
type Ask = (query: string, offset: number, limit: number) => Promise<{ total: number; found: PagefindData[] }>;

const threads = new Map<string, Promise<Ask>>();

/**
 * Returns page `page` of the columns that match `query`, ten a page, best first, from the index in `indexDir`
 * (no hits past the last page). Uses Pagefind's own search code (the same the export's /zoeken runs in the browser),
 * so both find the same columns with the same Dutch stemming. Throws when there is no index: run `npm run build`.
 */
export async function searchColumns(query: string, page = 1, indexDir = searchIndexDir): Promise<SearchResults> {
  const ask = await searchThread(indexDir);
  const { total, found } = await ask(query, (page - 1) * site.postsPerPage, site.postsPerPage);
  const pageCount = Math.max(1, Math.ceil(total / site.postsPerPage));
  return { query, total, page, pageCount, hits: found.map(toHit) };
}

// One thread per index, started at the first search and kept (lib/outputs/search-thread.mjs): Pagefind's search
// code is a browser module, which there gets a fetch that reads its files from disk.
const threadFile = path.join(/*turbopackIgnore: true*/ process.cwd(), "lib", "outputs", "search-thread.mjs");

function searchThread(indexDir: string): Promise<Ask> {
  let thread = threads.get(indexDir);
  if (!thread) {
    thread = startThread(indexDir);
    threads.set(indexDir, thread);
    thread.catch(() => threads.delete(indexDir));
  }
  return thread;
}

function startThread(indexDir: string): Promise<Ask> {
  const file = path.join(indexDir, "pagefind.js");
  if (!fs.existsSync(file)) {
    return Promise.reject(
      new Error(
        `${file} does not exist: npm run build makes the search index (npm run dev, once it has served a page)`,
      ),
    );
  }
  const worker = new Worker(/*turbopackIgnore: true*/ threadFile, { workerData: { indexDir } });
  worker.unref(); // A search thread keeps no process alive.
  const waiting = new Map<number, { resolve: (answer: never) => void; reject: (error: Error) => void }>();
  let next = 0;
  return new Promise((ready, failed) => {
    const fail = (error: Error) => {
      threads.delete(indexDir);
      failed(error);
      for (const { reject } of waiting.values()) reject(error);
      waiting.clear();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`the search thread stopped (exit code ${code})`)));
    worker.on("message", (message: { ready?: true; id?: number; error?: string }) => {
      if (message.ready) {
        ready((query, offset, limit) => {
          const id = next++;
          return new Promise((resolve, reject) => {
            waiting.set(id, { resolve, reject });
            worker.postMessage({ id, query, offset, limit });
          });
        });
        return;
      }
      const asked = waiting.get(message.id!);
      waiting.delete(message.id!);
      if (message.error) asked?.reject(new Error(message.error));
      else asked?.resolve(message as never);
    });
  });
}

function toHit(data: PagefindData): SearchHit {
  const meta = data.meta;
  return {
    url: data.raw_url ?? data.url,
    title: meta.title ?? "",
    author: meta.author ?? "",
    date: meta.date ?? "",
    dateText: meta.dateText ?? "",
    lead: meta.lead ?? "",
    excerpt: excerptParts(data.excerpt),
  };
}

/** Returns Pagefind's excerpt (text with `<mark>` around the words found) as plain text parts, nothing as HTML. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter((part) => part !== "")
    .map((part) => {
      const marked = part.startsWith("<mark>");
      const text = marked ? part.slice(6, -7) : part;
      return { text: text.replace(/&lt;/g, "<").replace(/&gt;/g, ">"), marked };
    });
}
