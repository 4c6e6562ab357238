// The approved reactions a build shows: read by a child process before next build, then from a file by every worker.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Queryable } from "@/lib/reactions/database";
import type { ReactionRow } from "@/lib/reactions/store";

vi.unmock("@/lib/reactions/snapshot"); // tests/reactions-fixture.ts replaces it for the page tests
// What the build step imports must not load PGlite: a site without reactions never pays for it.
vi.mock("@electric-sql/pglite", () => {
  throw new Error("the snapshot module loaded PGlite");
});

const { embeddedDataDir, getColumnReactions, hasDatabase, readApprovedSnapshot } =
  await import("@/lib/reactions/snapshot");
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
  it("reads the snapshot while next build prerenders, and never opens the database", async () => {
    const file = path.join(dir, "approved.json");
    writeApprovedSnapshot({ x: [anna] }, file);
    vi.stubEnv("NEXT_PHASE", PHASE_PRODUCTION_BUILD);
    const open = vi.fn(async () => fakeDatabase());
    expect(await getColumnReactions("x", open, file)).toEqual([anna]);
    expect(await getColumnReactions("y", open, file)).toEqual([]);
    expect(open).not.toHaveBeenCalled();
  });

  it("reads the database on the server, where a column regenerates after a reaction is approved", async () => {
    vi.stubEnv("NEXT_PHASE", "phase-production-server");
    vi.stubEnv("DATABASE_URL", "postgres://localhost/reacties");
    const db = fakeDatabase();
    expect(await getColumnReactions("x", async () => db, path.join(dir, "none.json"))).toEqual([
      { id: "r2", name: "Bert", body: "Eens.", createdAt: "2026-03-02T09:00:00.000Z" },
    ]);
    expect(db.queries).toBe(1);
  });

  it("opens no database on the server while none has been made: nobody has reacted yet", async () => {
    vi.stubEnv("NEXT_PHASE", "phase-production-server");
    fs.mkdirSync(path.join(dir, "data")); // REACTIONS_DATA_DIR, still empty
    const open = vi.fn(async () => fakeDatabase());
    expect(await getColumnReactions("x", open, path.join(dir, "none.json"))).toEqual([]);
    expect(open).not.toHaveBeenCalled();
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

  it("looks in the folder the database module opens, with and without REACTIONS_DATA_DIR", async () => {
    vi.doUnmock("@electric-sql/pglite");
    const { defaultDataDir } = await import("@/lib/reactions/database");
    expect(embeddedDataDir()).toBe(defaultDataDir());
    vi.stubEnv("REACTIONS_DATA_DIR", undefined);
    expect(embeddedDataDir()).toBe(defaultDataDir());
  });
});
