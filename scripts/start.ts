// npm start: serves the last production build when nothing it was made from has changed, and builds first when
// something has (content, code, configuration, the site's address). Secrets and PORT are the server's: no rebuild.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { isLocalUrl } from "../lib/public-url";
import { loadProjectEnv } from "../lib/reactions/environment";
import { site, siteUrl } from "../lib/site";
import { rebuildReason } from "../lib/build-stamp";

/** The one command that serves the build in .next, on PORT (default 3000); arguments to npm start follow it. */
const server = { command: path.join("node_modules", ".bin", "jiti"), args: ["server.ts"] };

loadProjectEnv();
const reason = rebuildReason(".next", { root: process.cwd(), contentDir: site.contentDir, env: process.env });
if (reason) {
  console.log(`npm start: building first, because ${reason}.`);
  const url = siteUrl(process.env.SITE_URL);
  if (isLocalUrl(url)) {
    console.log(`The pages are built for ${url}, this machine. For a public site, set publicUrl in lib/site.ts.`);
  }
  // A laptop needs no public address: npm start may build for localhost, where npm run build refuses to.
  const build = spawnSync(path.join("node_modules", ".bin", "jiti"), ["scripts/build.ts", "--allow-localhost"], {
    stdio: "inherit",
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
} else {
  console.log("npm start: nothing the build was made from has changed; serving the last build.");
}

const child = spawn(server.command, [...server.args, ...process.argv.slice(2)], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
