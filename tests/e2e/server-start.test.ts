// npm start's server (server.ts) as an operator meets it: one process per embedded database, a client address no
// header can fake, a clean stop, and a backup while it runs.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { lockFile } from "../../lib/reactions/database";
import { freePort } from "../../tools/ports";
import { loadTestReactionsEnv } from "./reactions-env";

const target = inject("target");
const jiti = "node_modules/.bin/jiti";
const column = "/blog/ik-doe-wat-ik-doe";
loadTestReactionsEnv();

describe.runIf(target === "server")("npm start's server", () => {
  it("stops before it says Ready, non-zero and naming the lock, when another server has the same data folder", () => {
    const second = spawnSync(jiti, ["server.ts", "-p", "0", "-H", "127.0.0.1"], { encoding: "utf8", timeout: 60_000 });
    expect(second.status).toBe(1);
    expect(second.stdout).not.toContain("Ready");
    expect(second.stderr).toMatch(/is open in process \d+.*one process at a time.*DATABASE_URL/s);
  }, 90_000);

  it("exports every reaction while the server runs, through the server", () => {
    const exported = spawnSync(jiti, ["scripts/reactions-export.ts"], { encoding: "utf8", timeout: 60_000 });
    expect(exported.stderr).toContain("through the running server");
    expect(exported.status).toBe(0);
    expect(JSON.parse(exported.stdout)).toMatchObject({ format: "column-site-reactions", version: 1 });
  }, 90_000);

  it("limits a client without a proxy in front however it rotates X-Forwarded-For, and stops cleanly", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "column-site-bare-"));
    const port = await freePort();
    const env = { ...process.env, REACTIONS_DATA_DIR: dataDir, TRUSTED_PROXIES: "" };
    const server = spawn(jiti, ["server.ts", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: "pipe" });
    let output = "";
    server.stdout.on("data", (chunk) => (output += chunk));
    const url = `http://127.0.0.1:${port}`;
    for (let tries = 0; tries < 600 && !output.includes("Ready"); tries++) await sleep(100);
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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
