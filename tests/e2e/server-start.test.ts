// npm start's server (server.ts) as an operator meets it: one process per embedded database, a client address no
// header can fake, a clean stop, backups and the newsletter's sending while it runs, and no page of an earlier build.
import { execFile, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";
import { rebuildReason } from "../../lib/build-stamp";
import { getAllPosts } from "../../lib/content/lookups";
import type { NewsletterExport } from "../../lib/newsletter/backup";
import { confirmSubscriber } from "../../lib/newsletter/subscribers";
import { readBuildOutputs } from "../../lib/outputs/build-outputs";
import { writeStaticSite } from "../../lib/outputs/static-site";
import { lockFile, openEmbeddedDatabase } from "../../lib/reactions/database";
import { migrate } from "../../lib/reactions/migrations";
import { site } from "../../lib/site";
import { freePort } from "../../tools/ports";
import { emptyDatabaseDir } from "../helpers";
import { startServer, startSite, stopServer } from "../../tools/server";
import { startSmtpSink } from "../smtp-sink";
import { loadTestReactionsEnv } from "./reactions-env";

const target = inject("target");
const jiti = "node_modules/.bin/jiti";
const column = "/blog/ik-doe-wat-ik-doe";
loadTestReactionsEnv();

describe.runIf(target === "server")("npm start's server, beside the running one", () => {
  it("stops before it says Ready, non-zero and naming the lock, when another server has the same data folder", () => {
    const second = spawnSync(jiti, ["server.ts", "-p", "0", "-H", "127.0.0.1"], { encoding: "utf8", timeout: 60_000 });
    expect(second.status).toBe(1);
    expect(second.stdout).not.toContain("Ready");
    expect(second.stderr).toMatch(/is open in process \d+.*one process at a time.*DATABASE_URL/s);
  }, 90_000);

  it("exports every reaction while the server runs, through the server", () => {
    const exported = spawnSync(jiti, ["scripts/reactions-export.ts"], { encoding: "utf8", timeout: 60_000 });
    expect(exported.stderr).toContain("Done by the running server");
    expect(exported.status).toBe(0);
    expect(JSON.parse(exported.stdout)).toMatchObject({ format: "column-site-reactions", version: 1 });
  }, 90_000);
});

// These start a server of their own on a free port and need neither output's: they run in the export's run, which
// has fewer tests of its own, so that the two runs side by side end at about the same time.
describe.runIf(target === "static")("npm start's server, started by the test", () => {
  it("sends the newsletter, and exports and restores its subscribers, while the server holds the database", async () => {
    const dataDir = emptyDatabaseDir("column-site-newsletter-server-");
    const restored = fs.mkdtempSync(path.join(os.tmpdir(), "column-site-newsletter-file-"));
    // Where the export is restored: another data folder, as on a new machine.
    const elsewhere = { REACTIONS_DATA_DIR: emptyDatabaseDir("column-site-newsletter-restored-") };
    const sink = await startSmtpSink();
    const [newest, ...archive] = getAllPosts();
    const db = await openEmbeddedDatabase(dataDir);
    await migrate(db);
    for (const address of ["een@example.nl", "twee@example.nl"]) await confirmSubscriber(db, address);
    for (const post of archive) {
      await db.query("insert into newsletter_columns (column_slug, status) values ($1, 'archive')", [post.slug]);
    }
    await db.close();
    const env = { REACTIONS_DATA_DIR: dataDir, SMTP_URL: sink.url, NEWSLETTER_FROM: "Blog <nieuwsbrief@example.nl>" };
    const server = await startSite(await freePort(), env);
    try {
      const run = (script: string, extra: Record<string, string> = {}, ...args: string[]) =>
        promisify(execFile)(jiti, [`scripts/${script}.ts`, ...args], {
          env: { ...process.env, ...env, ...extra },
          encoding: "utf8",
        });

      const sent = await run("newsletter-send");
      expect(sent.stderr).toContain("Done by the running server");
      expect(sent.stdout).toContain(`Queued: ${newest.slug}.`);
      expect(sent.stdout).toContain("Sent 2, to retry later 0, failed 0, bouncing 0.");
      expect(sink.mails.map((mail) => [mail.to, mail.parsed.subject]).sort()).toEqual([
        ["een@example.nl", newest.title],
        ["twee@example.nl", newest.title],
      ]);

      const exported = await run("newsletter-export");
      expect(exported.stderr).toContain("Done by the running server");
      const file = path.join(restored, "nieuwsbrief.json");
      fs.writeFileSync(file, exported.stdout);
      expect(
        JSON.parse(exported.stdout)
          .subscribers.map((s: { email: string }) => s.email)
          .sort(),
      ).toEqual(["een@example.nl", "twee@example.nl"]);
      // Restored elsewhere, the subscribers are back, and the column already sent does not go out again.
      expect((await run("newsletter-import", elsewhere, file)).stdout).toContain("2 subscribers imported");
      const bySlug = (file: NewsletterExport) => ({
        ...file,
        columns: [...file.columns].sort((a, b) => a.columnSlug.localeCompare(b.columnSlug)),
      });
      const again = JSON.parse((await run("newsletter-export", elsewhere)).stdout);
      expect(bySlug(again)).toEqual(bySlug(JSON.parse(exported.stdout)));
      expect((await run("newsletter-send", elsewhere)).stdout).toContain("Sent 0,");
      expect(sink.mails).toHaveLength(2);
    } finally {
      await stopServer(server);
      await sink.stop();
      for (const dir of [dataDir, restored, elsewhere.REACTIONS_DATA_DIR])
        fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  // next build keeps the last build's files (cleanDistDir: false in next.config.ts), so a column deleted since is
  // still in .next. Neither output may show it: the server answers only the pages the build listed, and the export
  // takes only what the build's adapter recorded.
  it("serves and exports no page that an earlier build left in .next", async () => {
    const { prerenders } = readBuildOutputs(".next");
    const page = prerenders.find((prerender) => prerender.pathname === column);
    if (!page) throw new Error(`the build recorded no ${column}`);
    const leftover = "/blog/verwijderd-sinds-de-vorige-build";
    const planted = [".html", ".rsc", ".meta"]
      .map((extension) => page.filePath.replace(/\.html$/, extension))
      .filter((file) => fs.existsSync(file))
      .map((file) => {
        const copy = file.replace(path.basename(column), path.basename(leftover));
        fs.copyFileSync(file, copy);
        return copy;
      });
    expect(planted.length).toBeGreaterThan(0);
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "column-site-leftover-out-"));
    const dataDir = emptyDatabaseDir("column-site-leftover-");
    const port = await freePort();
    const server = await startSite(port, { REACTIONS_DATA_DIR: dataDir });
    try {
      expect((await fetch(`http://127.0.0.1:${port}${column}`)).status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${port}${leftover}`)).status).toBe(404);
      await writeStaticSite({ nextDir: ".next", publicDir: "public", outDir });
      expect(fs.existsSync(path.join(outDir, `${column.slice(1)}.html`))).toBe(true);
      expect(fs.existsSync(path.join(outDir, `${leftover.slice(1)}.html`))).toBe(false);
    } finally {
      await stopServer(server);
      for (const file of planted) fs.rmSync(file, { force: true });
      for (const dir of [outDir, dataDir]) fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("restarts in seconds with npm start when nothing the build was made from has changed: no build", async () => {
    const sources = { root: process.cwd(), contentDir: site.contentDir, env: process.env };
    // Were anything changed, npm start would build into the .next the other tests serve: stop here instead.
    expect(rebuildReason(".next", sources)).toBeUndefined();
    const buildId = fs.statSync(".next/BUILD_ID").mtimeMs;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "column-site-restart-"));
    const port = await freePort();
    const started = performance.now();
    const server = await startServer(jiti, ["scripts/start.ts", "-H", "127.0.0.1"], `http://127.0.0.1:${port}/`, {
      PORT: String(port),
      REACTIONS_DATA_DIR: dataDir,
    });
    try {
      expect(performance.now() - started).toBeLessThan(30_000);
      expect((await fetch(`http://127.0.0.1:${port}${column}`)).status).toBe(200);
      expect(fs.statSync(".next/BUILD_ID").mtimeMs).toBe(buildId);
    } finally {
      await stopServer(server);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it("opens no database while there is none and neither reactions nor the newsletter is open", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "column-site-no-database-"));
    const closed = { REACTIONS_PASSWORD_HASH: "", REACTIONS_SECRET: "", SMTP_URL: "", DATABASE_URL: "" };
    const port = await freePort();
    const server = await startSite(port, { ...closed, REACTIONS_DATA_DIR: dataDir });
    try {
      expect((await fetch(`http://127.0.0.1:${port}${column}`)).status).toBe(200);
      // Nothing made or locked in the data folder: PGlite was never started.
      expect(fs.readdirSync(dataDir)).toEqual([]);
    } finally {
      await stopServer(server);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it("limits a client without a proxy in front however it rotates X-Forwarded-For, and stops cleanly", async () => {
    const dataDir = emptyDatabaseDir("column-site-bare-");
    const port = await freePort();
    const server = await startSite(port, { REACTIONS_DATA_DIR: dataDir, TRUSTED_PROXIES: "" });
    const url = `http://127.0.0.1:${port}`;
    expect(fs.existsSync(lockFile(dataDir))).toBe(true);

    const token = /name="token" value="([^"]+)"/.exec(await (await fetch(url + column)).text())?.[1] ?? "";
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const response = await fetch(`${url}/reactie`, {
        method: "POST",
        body: new URLSearchParams({ column: "ik-doe-wat-ik-doe", token, name: "Robot", body: `Nummer ${i}` }),
        headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Forwarded-For": `10.0.${i}.1` },
        redirect: "manual",
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([...Array(5).fill(303), ...Array(7).fill(429)]);

    const exited = new Promise<number | null>((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(fs.existsSync(lockFile(dataDir))).toBe(false);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 120_000);
});
