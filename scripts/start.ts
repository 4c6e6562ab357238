// npm start: serves the last production build when nothing it was made from has changed, and builds first when
// something has (content, code, configuration, the site's address). Secrets and PORT are the server's: no rebuild.
import { spawn } from "node:child_process";
import path from "node:path";
import { isLocalUrl } from "../lib/public-url";
import { loadProjectEnv } from "../lib/reactions/environment";
import { site, siteUrl } from "../lib/site";
import { publicationDue, rebuildReason } from "../lib/build-stamp";

/** The one command that serves the build in .next, on PORT (default 3000); arguments to npm start follow it. */
const server = { command: path.join("node_modules", ".bin", "jiti"), args: ["server.ts"] };

// A laptop needs no public address: npm start may build for localhost, where npm run build refuses to.
const build = { command: path.join("node_modules", ".bin", "jiti"), args: ["scripts/build.ts", "--allow-localhost"] };

loadProjectEnv();
const reason = rebuildReason(".next", { root: process.cwd(), contentDir: site.contentDir, env: process.env });
// A scheduled column due since the last build: a new build publishes it, but the last one is still good to serve.
const due = reason ? undefined : publicationDue(".next");
if (reason || due) {
  console.log(`npm start: building first, because ${reason ?? due}.`);
  const url = siteUrl(process.env.SITE_URL);
  if (isLocalUrl(url)) {
    console.log(`The pages are built for ${url}, this machine. For a public site, set publicUrl in lib/site.ts.`);
  }
  const status = await run(build.command, build.args);
  if (status !== 0 && reason) process.exit(status);
  if (status !== 0) console.error("npm start: that build failed (see above), so the last build is served as it was.");
} else {
  console.log("npm start: nothing the build was made from has changed; serving the last build.");
}
process.exit(await run(server.command, [...server.args, ...process.argv.slice(2)]));

// Runs a command as a process group of its own. A stop signal to npm start goes to the whole group (the build's
// `next build` and its workers too); what still runs when the command ends, or 10 s later, is killed.
function run(command: string, args: string[]): Promise<number> {
  const child = spawn(command, args, { stdio: "inherit", detached: true });
  const group = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // The group has ended already.
    }
  };
  let stopping = false;
  const forward = (signal: NodeJS.Signals) => {
    stopping = true;
    group(signal);
    setTimeout(() => group("SIGKILL"), 10_000).unref();
  };
  process.on("SIGINT", forward).on("SIGTERM", forward).on("SIGHUP", forward);
  return new Promise((resolve) =>
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward).off("SIGTERM", forward).off("SIGHUP", forward);
      if (stopping) group("SIGKILL");
      resolve(code ?? (signal ? 1 : 0));
    }),
  );
}
