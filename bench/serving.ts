// The built site served: bytes per page, search, and load on a column from `npm start`, beside the floor's post page
// from its `next start`, and from nginx over out/ and in front of `npm start` where nginx is installed.
import { firstQueryBytes, percentiles, serverQueryTimes } from "./search";
import { startFloor } from "./floor";
import { type LoadResult, load } from "./load";
import { pageBytes, treeMemory, type PageBytes } from "./measure";
import { startCachingProxy, startStaticServer } from "./static-server";
import { freePort } from "../tools/ports";
import { startSite, stopServer } from "../tools/server";

/** Connections for each load row: 32 for requests per second, 200 for what waits past 2 s. */
export const loadConnections = [32, 200];

export interface ServingFigures {
  bytes: Record<"server" | "export" | "floor", { index: PageBytes; post: PageBytes }>;
  search: { server: ReturnType<typeof percentiles>; exportFirstQuery: Awaited<ReturnType<typeof firstQueryBytes>> };
  loads: { server: string; results: LoadResult[] }[];
  soak?: LoadResult & { seconds: number; startMb: number; endMb: number };
}

/** Measures the last builds of the site (.next and out/) and of the floor, on one column, `loadSeconds` a row. */
export async function measureServing(
  env: Record<string, string>,
  column: string,
  options: { loadSeconds: number; soakSeconds: number },
): Promise<ServingFigures> {
  const port = await freePort();
  const siteUrl = `http://127.0.0.1:${port}`;
  const site = await startSite(port, env);
  const floor = await startFloor(await freePort(), env);
  const exported = await startStaticServer("out", await freePort());
  const proxy = await startCachingProxy(siteUrl, await freePort());
  try {
    const bytesOf = async (url: string) => ({ index: await pageBytes(url, "/"), post: await pageBytes(url, column) });
    const bytes = {
      server: await bytesOf(siteUrl),
      export: await bytesOf(exported.url),
      floor: await bytesOf(floor.url),
    };
    const search = {
      server: percentiles(await serverQueryTimes(siteUrl)),
      exportFirstQuery: await firstQueryBytes(exported.url),
    };
    const servers = [{ name: "npm start", url: siteUrl }, floor, exported, ...(proxy ? [proxy] : [])];
    const loads = [];
    for (const { name, url } of servers) {
      const results = [];
      for (const connections of loadConnections)
        results.push(await load(url + column, options.loadSeconds, connections));
      loads.push({ server: name, results });
    }
    const soak =
      options.soakSeconds > 0 ? await soakTest(site.pid ?? 0, siteUrl + column, options.soakSeconds) : undefined;
    return { bytes, search, loads, soak };
  } finally {
    exported.stop();
    proxy?.stop();
    floor.stop();
    await stopServer(site);
  }
}

const mb = (bytes: number) => Math.round(bytes / 1048576);

async function soakTest(pid: number, url: string, seconds: number) {
  const startMb = mb(treeMemory(pid));
  const result = await load(url, seconds, 100);
  return { seconds, ...result, startMb, endMb: mb(treeMemory(pid)) };
}
