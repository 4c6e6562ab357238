// The thread on which the server searches (lib/outputs/search.ts): Pagefind's own search code, the module the
// export's /zoeken runs in the browser, imported as it is. It fetches its index files by URL; in this thread of its
// own, fetch reads them from disk, so the search needs no server and no network, and the server's fetch is untouched.
import { readFile } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";

globalThis.fetch = async (url) => new Response(await readFile(fileURLToPath(url)));

const { indexDir } = workerData;
const pagefind = await import(pathToFileURL(path.join(indexDir, "pagefind.js")).href);
const instance = await pagefind.createInstance({ basePath: `${pathToFileURL(indexDir).href}/`, noWorker: true });

// A question: { id, query, offset, limit }. The answer: { id, total, found } with the data of the results asked
// for, best first, or { id, error }.
parentPort.on("message", async ({ id, query, offset, limit }) => {
  try {
    const results = (await instance.search(query))?.results ?? [];
    const found = await Promise.all(results.slice(offset, offset + limit).map((result) => result.data()));
    parentPort.postMessage({ id, total: results.length, found });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
parentPort.postMessage({ ready: true });
