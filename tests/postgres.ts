// A throwaway PostgreSQL server for the integration tests: initdb in a temporary folder, on a free port, stopped
// afterwards. Root may not run PostgreSQL, so as root the server runs as the `postgres` user the package creates.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort } from "../tools/ports";

export const installHint =
  "PostgreSQL is not installed: run `apt-get install -y postgresql` (Debian/Ubuntu) or put initdb and postgres on PATH, then run the tests again.";

export interface TestServer {
  url: string;
  stop(): Promise<void>;
}

/** Returns the folder holding initdb and postgres, or throws the one-line install instruction. */
export function findPostgresBin(): string {
  const candidates = [process.env.PG_BIN, ...listDebianBins(), ...(process.env.PATH ?? "").split(":")];
  for (const dir of candidates) {
    if (dir && fs.existsSync(path.join(dir, "initdb")) && fs.existsSync(path.join(dir, "postgres"))) return dir;
  }
  throw new Error(installHint);
}

/** Starts a fresh server and returns its URL; `stop` ends it and removes its folder. */
export async function startPostgres(): Promise<TestServer> {
  const bin = findPostgresBin();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "column-site-pg-"));
  const user = process.getuid?.() === 0 ? "postgres" : undefined;
  if (user) fs.chownSync(dir, uidOf(user), 0);
  const run = (command: string, args: string[]) =>
    (user ? ["runuser", ["-u", user, "--", command, ...args]] : [command, args]) as [string, string[]];
  const data = path.join(dir, "data");
  const init = spawnSync(...run(path.join(bin, "initdb"), ["-D", data, "-U", "test", "-A", "trust", "--no-sync"]), {
    encoding: "utf8",
  });
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr || init.stdout}`);
  const port = await freePort();
  const server: ChildProcess = spawn(
    ...run(path.join(bin, "postgres"), [
      "-D",
      data,
      "-p",
      String(port),
      "-k",
      dir,
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "fsync=off",
    ]),
    { stdio: "ignore" },
  );
  const url = `postgres://test@127.0.0.1:${port}/postgres`;
  await waitUntilReady(url, server);
  return {
    url,
    async stop() {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      // PostgreSQL's fast shutdown, sent to postgres itself: runuser does not pass signals on.
      const pid = Number(fs.readFileSync(path.join(data, "postmaster.pid"), "utf8").split("\n")[0]);
      process.kill(pid, "SIGINT");
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitUntilReady(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`postgres exited with status ${server.exitCode}`);
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error("postgres did not accept connections within 30 s");
}

function listDebianBins(): string[] {
  const root = "/usr/lib/postgresql";
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root)
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => path.join(root, version, "bin"));
}

function uidOf(user: string): number {
  const result = spawnSync("id", ["-u", user], { encoding: "utf8" });
  if (result.status !== 0)
    throw new Error(`running tests as root needs a "${user}" user (the postgresql package makes one)`);
  return Number(result.stdout.trim());
}
