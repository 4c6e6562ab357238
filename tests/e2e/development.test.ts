// npm run dev as an editor starts and stops it, day after day: it checks the content into its store while next dev
// starts, before any page is asked for, and the pages read only that store; after the first page it makes its
// generated files, in a folder of its own; a mistake saved in a post shows in the browser, and saving the fix brings
// the column back without a restart; a stop (Ctrl-C) leaves Turbopack's cache written, so the next start compiles
// from it instead of from nothing.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, inject, it, vi } from "vitest";
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

// Waits, checking every 100 ms for up to `seconds`, until `check` passes; fails with its last failure.
const within = (seconds: number, check: () => unknown) => vi.waitFor(check, { timeout: seconds * 1000, interval: 100 });

describe.runIf(target === "server")("npm run dev", () => {
  it(
    "stores the content as it starts, makes its own generated files, shows a saved mistake until it is fixed, and writes Turbopack's cache when stopped",
    {
      timeout: 240_000,
    },
    async () => {
      const port = await freePort();
      const column = `http://127.0.0.1:${port}/blog/ik-doe-wat-ik-doe`;
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
      // A copy of the content, for the editor's mistake: that server reads the real one.
      const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), "column-dev-content-"));
      fs.cpSync("content", contentDir, { recursive: true });
      const postFile = path.join(contentDir, "posts", "ik-doe-wat-ik-doe.md");
      const post = fs.readFileSync(postFile, "utf8");
      const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), CONTENT_DIR: contentDir };
      for (const key of Object.keys(env)) if (/^(REACTIONS_|DATABASE_URL|CACHE_DIR)/.test(key)) delete env[key];
      const dev = spawn("node_modules/.bin/jiti", ["scripts/dev.ts"], { env, stdio: "ignore", detached: true });
      const exited = new Promise((resolve) => dev.once("exit", resolve));
      let since = Date.now();
      try {
        // No page asked for yet: the check beside next dev writes the store (the background step would only start
        // half a minute after Ready).
        await within(20, () => expect(fs.existsSync(path.join(storeDir, "content.json"))).toBe(true));
        await within(90, async () => expect((await fetch(column)).status).toBe(200));
        // The column's server code, as next dev compiled it: the store is its content, so no Markdown parser or
        // schema is compiled, or loaded (lib/content/load.ts). Its folder keeps earlier compiles' chunks: only the
        // ones the page names count.
        const page = path.join(".next", "dev", "server", "app", "(site)", "blog", "[slug]", "page.js");
        const chunks = [...fs.readFileSync(page, "utf8").matchAll(/"server\/(chunks\/[^"]+\.js)"/g)];
        expect(chunks.length).toBeGreaterThan(5);
        const code = chunks.map(([, chunk]) => fs.readFileSync(path.join(".next", "dev", "server", chunk), "utf8"));
        expect(code.filter((text) => /micromark|gray-matter|zod\/v4/.test(text))).toEqual([]);
        // The first page served starts the background step, which writes the search index first.
        await within(60, () => expect(fs.existsSync(path.join(devGenerated, "pagefind", "pagefind.js"))).toBe(true));

        // A date that is no date, saved: the next request shows the file, line, field and message of npm run check.
        fs.writeFileSync(postFile, post.replace(/^date: .*$/m, "date: 2024-13-45"));
        // The page's text, without its tags (React puts comments between the parts of "1 fout").
        const problem = (await (await fetch(column)).text()).replace(/<[^>]*>/g, "");
        expect(problem).toContain("De inhoud heeft 1 fout");
        expect(problem).toContain(`${postFile}:3: date: must be a date like 2017-08-31, got &quot;2024-13-45&quot;`);
        // The fix, saved: the column is back, without a restart.
        fs.writeFileSync(postFile, post);
        const fixed = await fetch(column);
        expect(fixed.status).toBe(200);
        expect(await fixed.text()).not.toContain("De inhoud heeft");
      } finally {
        // Ctrl-C in a terminal reaches the whole process group. What the cache holds from here was written on the stop.
        since = Date.now();
        process.kill(-dev.pid!, "SIGINT");
        const stopped = await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000, "late"))]);
        if (stopped === "late") process.kill(-dev.pid!, "SIGKILL");
        fs.rmSync(contentDir, { recursive: true, force: true });
        expect(stopped).not.toBe("late");
      }
      expect(fs.statSync(buildStore).mtimeMs).toBe(buildStoreBefore);
      expect(fs.statSync(buildSearchIndex).mtimeMs).toBe(buildSearchIndexBefore);
      expect(cacheWrittenSince(since).length).toBeGreaterThan(0);
    },
  );
});
