// npm run export: the static site in out/, derived from the production build in .next (run npm run build first),
// through the record that Next's build adapter (lib/outputs/build-adapter.mjs) left there.
import path from "node:path";
import { writeStaticSite } from "../lib/outputs/static-site";
import { exportUrlProblem } from "../lib/public-url";
import { loadProjectEnv } from "../lib/reactions/environment";
import { readBuildStamp } from "../lib/build-stamp";

// The pages already carry the address the build was made for: one made for localhost by npm start is not exported.
loadProjectEnv();
const urlProblem = exportUrlProblem(readBuildStamp(".next"), process.env.SITE_URL);
if (urlProblem) {
  console.error(urlProblem);
  process.exit(1);
}

const started = performance.now();
const pages = writeStaticSite({ nextDir: ".next", publicDir: "public", outDir: path.resolve("out") });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `out/ is ready: ${pages} pages, no client JavaScript but the search on /zoeken, headers in out/_headers (${seconds} s).`,
);
