// Nothing lost: a reaction the store acknowledged survives kill -9 of the process, and an export restores
// every reaction into an empty database through the npm commands.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { defaultDataDir } from "@/lib/reactions/data-dir";
import { openEmbeddedDatabase } from "@/lib/reactions/database";
import { emptyDatabaseDir } from "./helpers";

const jiti = path.resolve("node_modules/.bin/jiti");
const folders: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "column-site-durable-"));
  folders.push(dir);
  return dir;
};
const databaseDir = () => {
  const dir = emptyDatabaseDir("column-site-durable-");
  folders.push(dir);
  return dir;
};
afterAll(() => folders.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** Starts the writer, waits for `acks` acknowledgements, kills it with SIGKILL, and returns the acknowledged ids. */
async function writeAndKill(dataDir: string, acks: number): Promise<string[]> {
  const child = spawn(jiti, ["tests/fixtures/reactions/writer.ts"], {
    env: { ...process.env, REACTIONS_DATA_DIR: dataDir, DATABASE_URL: "" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const ids: string[] = [];
  await new Promise<void>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`the writer stopped by itself (status ${code})`)));
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      for (const line of chunk.split("\n")) if (line.startsWith("ack ")) ids.push(line.slice(4));
      if (ids.length >= acks) {
        child.removeAllListeners("exit");
        child.kill("SIGKILL"); // In the middle of the next write.
        child.once("exit", () => resolve());
      }
    });
  });
  return ids;
}

describe("durability", () => {
  it("keeps every acknowledged reaction after kill -9, three times over, and opens the killed database again", async () => {
    const dataDir = databaseDir();
    const acknowledged: string[] = [];
    for (const acks of [3, 10, 30]) acknowledged.push(...(await writeAndKill(dataDir, acknowledged.length + acks)));
    const db = await openEmbeddedDatabase(dataDir);
    const rows = await db.query<{ id: string }>("select id from reactions");
    await db.close();
    const stored = new Set(rows.map((row) => row.id));
    expect(acknowledged.length).toBeGreaterThanOrEqual(43);
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
  }, 420_000);

  it("exports with npm run reactions:export and restores into an empty database with reactions:import", async () => {
    const source = databaseDir();
    await writeAndKill(source, 8);
    const file = path.join(tempDir(), "reactions.json");
    const env = { ...process.env, DATABASE_URL: "" };
    const exported = spawnSync(jiti, ["scripts/reactions-export.ts", file], {
      env: { ...env, REACTIONS_DATA_DIR: source },
    });
    expect(exported.stderr.toString()).toMatch(/^\d+ reactions written to /);
    const target = databaseDir();
    const imported = spawnSync(jiti, ["scripts/reactions-import.ts", file], {
      env: { ...env, REACTIONS_DATA_DIR: target },
    });
    expect(imported.stdout.toString()).toMatch(/^\d+ reactions imported/);
    const again = spawnSync(jiti, ["scripts/reactions-import.ts", file], {
      env: { ...env, REACTIONS_DATA_DIR: target },
    });
    expect(again.status).toBe(1);
    expect(again.stderr.toString()).toContain("import only into an empty one");
    const back = spawnSync(jiti, ["scripts/reactions-export.ts"], { env: { ...env, REACTIONS_DATA_DIR: target } });
    expect(JSON.parse(back.stdout.toString())).toEqual(JSON.parse(fs.readFileSync(file, "utf8")));
  }, 420_000);

  it("refuses to open the embedded database while another live process has it open", async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "column-site.lock"), String(process.ppid));
    await expect(openEmbeddedDatabase(dir)).rejects.toThrow(/is open in process \d+ .* set DATABASE_URL/);
  });

  it("takes over the lock a killed process left, and gives it back on close", async () => {
    const dir = databaseDir();
    const lock = path.join(dir, "column-site.lock");
    fs.writeFileSync(lock, "999999999"); // No such process.
    const db = await openEmbeddedDatabase(dir);
    expect(fs.readFileSync(lock, "utf8")).toBe(String(process.pid));
    await db.close();
    expect(fs.existsSync(lock)).toBe(false);
  }, 420_000);

  it("keeps npm run dev's database apart from npm start's, so one checkout runs both", () => {
    vi.stubEnv("REACTIONS_DATA_DIR", undefined);
    vi.stubEnv("NODE_ENV", "development");
    expect(path.relative(process.cwd(), defaultDataDir())).toBe(path.join("data", "dev", "reactions"));
    vi.stubEnv("NODE_ENV", "production");
    expect(path.relative(process.cwd(), defaultDataDir())).toBe(path.join("data", "reactions"));
    vi.unstubAllEnvs();
  });
});
