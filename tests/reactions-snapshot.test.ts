// The approved reactions a build shows: read by a child process before next build, then from a file by every worker.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Queryable } from "@/lib/reactions/database";
import type { ReactionRow } from "@/lib/reactions/store";

vi.unmock("@/lib/reactions/snapshot"); // tests/reactions-fixture.ts replaces it for the page tests
// What the build step imports must not load PGlite: a site without reactions never pays for it.
vi.mock("@electric-sql/pglite", () => {
  throw new Error("the snapshot module loaded PGlite");
});

const { getColumnReactions, readApprovedSnapshot } = await import("@/lib/reactions/snapshot");
const { defaultDataDir, hasDatabase } = await import("@/lib/reactions/data-dir");
const { writeApprovedSnapshot } = await import("@/lib/reactions/snapshot-write");

const anna = { id: "r1", name: "Anna", body: "Mooi.", createdAt: "2026-03-01T23:30:00.000Z" };
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "column-reactions-"));
  vi.stubEnv("DATABASE_URL", "");
  vi.stubEnv("REACTIONS_DATA_DIR", path.join(dir, "data"));
});
afterEach(() => vi.unstubAllEnvs());

/** A database that answers every query with one approved reaction by Bert, and counts the queries. */
function fakeDatabase(): Queryable & { queries: number } {
  const row: ReactionRow = {
    ...{ id: "r2", column_slug: "x", name: "Bert", email: null, body: "Eens.", status: "approved" },
    ...{ created_at: new Date("2026-03-02T09:00:00.000Z"), moderated_at: null },
  };
  return {
    queries: 0,
    async query<Row>() {
      this.queries++;
      return [row] as Row[];
    },
  };
}

describe("the snapshot file", () => {
  it("holds what was written, read back whole, and counts the reactions", () => {
    const file = path.join(dir, "cache", "approved.json");
    expect(writeApprovedSnapshot({ x: [anna, anna], y: [anna] }, file)).toBe(3);
    expect(readApprovedSnapshot(file)).toEqual({ x: [anna, anna], y: [anna] });
    expect(fs.readdirSync(path.dirname(file))).toEqual(["approved.json"]);
  });

  it("gives no reactions when there is no file (next build run on its own)", () => {
    expect(readApprovedSnapshot(path.join(dir, "none.json"))).toEqual({});
  });
});

describe("getColumnReactions", () => {
  it("reads the snapshot in a process without an open database (the build's workers), opening none", async () => {
    const file = path.join(dir, "approved.json");
    writeApprovedSnapshot({ x: [anna] }, file);
    expect(await getColumnReactions("x", undefined, file)).toEqual([anna]);
    expect(await getColumnReactions("y", undefined, file)).toEqual([]);
  });

  it("reads the database the process has open (the server's), where a column regenerates after an approval", async () => {
    const db = fakeDatabase();
    expect(await getColumnReactions("x", Promise.resolve(db), path.join(dir, "none.json"))).toEqual([
      { id: "r2", name: "Bert", body: "Eens.", createdAt: "2026-03-02T09:00:00.000Z" },
    ]);
    expect(db.queries).toBe(1);
  });
});

describe("hasDatabase", () => {
  it("says no when there is neither DATABASE_URL nor the embedded database's folder", () => {
    expect(hasDatabase()).toBe(false);
  });

  it("says yes once the embedded database was made in its folder (an empty folder is none yet), or DATABASE_URL is set", () => {
    fs.mkdirSync(path.join(dir, "data"));
    expect(hasDatabase()).toBe(false);
    fs.writeFileSync(path.join(dir, "data", "PG_VERSION"), "17\n");
    expect(hasDatabase()).toBe(true);
    fs.rmSync(path.join(dir, "data"), { recursive: true });
    vi.stubEnv("DATABASE_URL", "postgres://localhost/reacties");
    expect(hasDatabase()).toBe(true);
  });

  it("looks where the database is opened: data/reactions, and data/dev/reactions under npm run dev", () => {
    vi.stubEnv("REACTIONS_DATA_DIR", undefined);
    vi.stubEnv("NODE_ENV", "production");
    expect(defaultDataDir()).toBe(path.join(process.cwd(), "data", "reactions"));
    vi.stubEnv("NODE_ENV", "development");
    expect(defaultDataDir()).toBe(path.join(process.cwd(), "data", "dev", "reactions"));
  });
});
