// npm run dev as an editor starts and stops it, day after day: it checks the content into its store while next dev
// starts, before any page is asked for; after the first page it makes its generated files, in a folder of its own; a
// stop (Ctrl-C) leaves Turbopack's cache written, so the next start compiles from it instead of from nothing.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { freePort } from "../../tools/ports";

const target = inject("target");
const cacheDir = path.join(".next", "dev", "cache", "turbopack");

// Cache files written since `since`, in any version's folder.
function cacheWrittenSince(since: number): string[] {
  if (!fs.existsSync(cacheDir)) return [];
  return fs
    .readdirSync(cacheDir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".sst") && fs.statSync(path.join(cacheDir, name)).mtimeMs >= since);
}

describe.runIf(target === "server")("npm run dev", () => {
  it(
    "stores the content as it starts, makes its own generated files, and writes Turbopack's cache when stopped",
    {
      timeout: 120_000,
    },
    async () => {
      const port = await freePort();
      // npm run dev keeps a cache folder of its own, apart from the store the build left, which the server of the
      // browser tests reads meanwhile. Without the reactions settings: that server holds the embedded database.
      const storeDir = path.join(".next", "dev", "cache", "column-site");
      fs.rmSync(storeDir, { recursive: true, force: true });
      const buildStore = path.join(".next", "cache", "column-site", "content.json");
      const buildStoreBefore = fs.statSync(buildStore).mtimeMs;
      // The search index the server of the browser tests serves, and the one npm run dev makes for itself.
      const buildSearchIndex = path.join("public", "_generated", "site", "pagefind", "pagefind.js");
      const buildSearchIndexBefore = fs.statSync(buildSearchIndex).mtimeMs;
      const devGenerated = path.join("public", "_generated", "dev");
      fs.rmSync(devGenerated, { recursive: true, force: true });
      const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port) };
      for (const key of Object.keys(env)) if (/^(REACTIONS_|DATABASE_URL|CACHE_DIR)/.test(key)) delete env[key];
      const dev = spawn("node_modules/.bin/jiti", ["scripts/dev.ts"], {
        env,
        stdio: "ignore",
        detached: true,
      });
      const exited = new Promise((resolve) => dev.once("exit", resolve));
      let since = Date.now();
      try {
        // No page asked for yet: the check beside next dev writes the store (the background step would only start
        // half a minute after Ready).
        for (let tries = 0; tries < 200 && !fs.existsSync(path.join(storeDir, "content.json")); tries++) {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        expect(fs.existsSync(path.join(storeDir, "content.json"))).toBe(true);
        let status = 0;
        for (let tries = 0; tries < 900 && status !== 200; tries++) {
          status = await fetch(`http://127.0.0.1:${port}/blog/ik-doe-wat-ik-doe`).then(
            (response) => response.status,
            () => 0,
          );
          if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
        }
        expect(status).toBe(200);
        // The first page served starts the background step, which writes the search index first.
        const devSearchIndex = path.join(devGenerated, "pagefind", "pagefind.js");
        for (let tries = 0; tries < 600 && !fs.existsSync(devSearchIndex); tries++) {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        expect(fs.existsSync(devSearchIndex)).toBe(true);
      } finally {
        // Ctrl-C in a terminal reaches the whole process group. What the cache holds from here was written on the stop.
        since = Date.now();
        process.kill(-dev.pid!, "SIGINT");
        const stopped = await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000, "late"))]);
        if (stopped === "late") process.kill(-dev.pid!, "SIGKILL");
        expect(stopped).not.toBe("late");
      }
      expect(fs.statSync(buildStore).mtimeMs).toBe(buildStoreBefore);
      expect(fs.statSync(buildSearchIndex).mtimeMs).toBe(buildSearchIndexBefore);
      expect(cacheWrittenSince(since).length).toBeGreaterThan(0);
    },
  );
});
