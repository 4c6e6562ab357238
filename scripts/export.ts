// npm run export: the static site in out/, derived from the production build in .next (run npm run build first),
// through the record that Next's build adapter (lib/outputs/build-adapter.mjs) left there.
import { exportUrlProblem } from "../lib/public-url";
import { loadProjectEnv } from "../lib/reactions/environment";
import { readBuildStamp } from "../lib/build-stamp";
import { exportSite } from "./export-site";

// The pages already carry the address the build was made for: one made for localhost by npm start is not exported.
loadProjectEnv();
const urlProblem = exportUrlProblem(readBuildStamp(".next"), process.env.SITE_URL);
if (urlProblem) {
  console.error(urlProblem);
  process.exit(1);
}
await exportSite();
