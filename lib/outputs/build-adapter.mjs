// Next's build adapter (next.config.ts `adapterPath`): when `next build` is done, it records where the build put each
// prerendered page, route file and static file, as Next's documented adapter outputs give them, in one file that
// `npm run export` reads (lib/outputs/build-outputs.ts). Plain JavaScript: Next imports it without compiling it.
import fs from "node:fs/promises";
import path from "node:path";

/** The record, in the build folder (.next). */
export const outputsFileName = "static-site-outputs.json";

/** @type {import("next").NextAdapter} */
const adapter = {
  name: "column-site-static-outputs",
  async onBuildComplete({ outputs, distDir, buildId }) {
    const record = {
      buildId,
      // The primary response of each prerender (the ones with a routeType): a page's HTML or a route handler's body.
      prerenders: outputs.prerenders
        .filter((prerender) => prerender.routeType && prerender.fallback?.filePath)
        .map(({ pathname, routeType, fallback }) => ({
          pathname,
          routeType,
          filePath: fallback.filePath,
          status: fallback.initialStatus ?? 200,
          contentType: String(fallback.initialHeaders?.["content-type"] ?? ""),
        })),
      staticFiles: outputs.staticFiles.map(({ pathname, filePath }) => ({ pathname, filePath })),
    };
    await fs.writeFile(path.join(distDir, outputsFileName), JSON.stringify(record, null, 1));
  },
};

export default adapter;
