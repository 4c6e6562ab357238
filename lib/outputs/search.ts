import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { site } from "../site";

/** Where the search index lives: served at /pagefind/ by `npm start` and copied into `out/` by the export. */
export const searchIndexDir = path.join(/*turbopackIgnore: true*/ process.cwd(), "public", "pagefind");

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

interface PagefindResult {
  score: number;
  data: () => Promise<{ raw_url?: string; url: string; excerpt: string; meta: Record<string, string> }>;
}
interface PagefindInstance {
  search: (term: string) => Promise<{ results: PagefindResult[] } | null>;
}

const instances = new Map<string, Promise<PagefindInstance>>();

/**
 * Returns page `page` of the columns that match `query`, ten a page, best first, from the index in `indexDir`
 * (no hits past the last page). Uses Pagefind's own search code (the same the export's /zoeken runs in the browser),
 * so both find the same columns with the same Dutch stemming. Throws when there is no index: run `npm run build`.
 */
export async function searchColumns(query: string, page = 1, indexDir = searchIndexDir): Promise<SearchResults> {
  const pagefind = await loadPagefind(indexDir);
  const found = (await pagefind.search(query))?.results ?? [];
  const pageCount = Math.max(1, Math.ceil(found.length / site.postsPerPage));
  const shown = found.slice((page - 1) * site.postsPerPage, page * site.postsPerPage);
  const hits = await Promise.all(shown.map(async (result) => toHit(await result.data())));
  return { query, total: found.length, page, pageCount, hits };
}

// Pagefind's search code is a browser module that fetches its index files by URL. Here it runs as a function whose
// `fetch` reads them from disk, so it needs no server, no network and no change to the global fetch.
function loadPagefind(indexDir: string): Promise<PagefindInstance> {
  let instance = instances.get(indexDir);
  if (!instance) {
    instance = createInstance(indexDir);
    instances.set(indexDir, instance);
    instance.catch(() => instances.delete(indexDir));
  }
  return instance;
}

async function createInstance(indexDir: string): Promise<PagefindInstance> {
  const file = path.join(indexDir, "pagefind.js");
  if (!fs.existsSync(file)) throw new Error(`${file} does not exist: build the search index with npm run build`);
  const source = fs.readFileSync(file, "utf8");
  const exports = /export\s*\{([^}]*)\};?\s*$/.exec(source);
  if (!exports || !source.includes("import.meta.url")) {
    throw new Error(`${file} is not the Pagefind module this site knows: check the pagefind version in package.json`);
  }
  const body = source.slice(0, exports.index).replace(/import\.meta\.url/g, "moduleUrl");
  const factory = new Function("fetch", "moduleUrl", `"use strict";\n${body}\nreturn {${exports[1]}};`);
  const readFile = async (url: string | URL) => new Response(await fs.promises.readFile(fileURLToPath(url)));
  const api = factory(readFile, pathToFileURL(file).href);
  return api.createInstance({ basePath: `${pathToFileURL(indexDir).href}/`, noWorker: true });
}

function toHit(data: Awaited<ReturnType<PagefindResult["data"]>>): SearchHit {
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
