// npm run export: the static site in out/, derived from the production build in .next (run npm run build first),
// through the record that Next's build adapter (lib/outputs/build-adapter.mjs) left there.
import path from "node:path";
import { writeStaticSite } from "../lib/outputs/static-site";

const started = performance.now();
const pages = writeStaticSite({ nextDir: ".next", publicDir: "public", outDir: path.resolve("out") });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `out/ is ready: ${pages} pages, no client JavaScript but the search on /zoeken, headers in out/_headers (${seconds} s).`,
);
