import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportReactions, importReactions } from "@/lib/reactions/backup";
import { openEmbeddedDatabase, openServerDatabase, type Database } from "@/lib/reactions/database";
import { appliedVersions, migrate, migrations } from "@/lib/reactions/migrations";
import {
  addReaction,
  countReactionsByStatus,
  countReactionsFrom,
  deleteReactionsFromSenderOf,
  getReactionsFromSenderOf,
  forgetAddresses,
  getAllApprovedReactions,
  getApprovedReactions,
  getReactionsByStatus,
  hasFingerprint,
  moderateReaction,
  type NewReaction,
} from "@/lib/reactions/store";
import { endSession, hasSession, startSession } from "@/lib/reactions/sessions";
import { startPostgres, type TestServer } from "./postgres";
import { emptyDatabaseDir } from "./helpers";

const reaction = (overrides: Partial<NewReaction> = {}): NewReaction => ({
  columnSlug: "ik-doe-wat-ik-doe",
  name: "Anna",
  email: null,
  body: "Mooi stuk.",
  addressHash: "hash-a",
  fingerprint: `f-${Math.random()}`,
  ...overrides,
});

// The same tests run against both databases: the schema and every query must behave alike.
const backends: [string, () => Promise<{ open: () => Promise<Database>; cleanup: () => Promise<void> }>][] = [
  [
    "the embedded database (PGlite)",
    async () => {
      const dir = emptyDatabaseDir("column-site-pglite-");
      return { open: () => openEmbeddedDatabase(dir), cleanup: async () => fs.rmSync(dir, { recursive: true }) };
    },
  ],
  [
    "a PostgreSQL server",
    async () => {
      const server: TestServer = await startPostgres();
      return { open: () => openServerDatabase(server.url), cleanup: () => server.stop() };
    },
  ],
];

describe.each(backends)("reactions on %s", (name, setup) => {
  let db: Database;
  let backend: Awaited<ReturnType<typeof setup>>;

  beforeAll(async () => {
    backend = await setup();
    db = await backend.open();
  }, 60_000);
  afterAll(async () => {
    await db?.close();
    await backend?.cleanup();
  });

  it("applies every migration once, and none again on the next start", async () => {
    expect(await migrate(db)).toEqual(migrations.map((m) => m.version));
    expect(await migrate(db)).toEqual([]);
    expect(await appliedVersions(db)).toEqual(migrations.map((m) => m.version));
  });

  it("commits a transaction's work when it returns, and none of it when it throws", async () => {
    const count = () => db.query<{ n: number }>("select count(*)::int as n from reactions where name = 'Commit'");
    await db.transaction((tx) =>
      tx.query(
        "insert into reactions (id, column_slug, name, body, fingerprint) values ('commit', 'x', 'Commit', '.', 'c')",
      ),
    );
    expect(await count()).toEqual([{ n: 1 }]);
    const failed = db.transaction(async (tx) => {
      await tx.query("delete from reactions where name = 'Commit'");
      throw new Error("bij nader inzien niet");
    });
    await expect(failed).rejects.toThrow("bij nader inzien niet");
    expect(await count()).toEqual([{ n: 1 }]);
    await db.query("delete from reactions where name = 'Commit'");
  });

  it.skipIf(!name.includes("PostgreSQL"))(
    "rejects a transaction whose connection is lost, and goes on with a new one",
    async () => {
      const failed = db.transaction(async (tx) => {
        const [{ pid }] = await tx.query<{ pid: number }>("select pg_backend_pid() as pid");
        await db.query("select pg_terminate_backend($1)", [pid]);
        await tx.query("select 1");
      });
      await expect(failed).rejects.toThrow();
      expect(await db.query("select 1 as one")).toEqual([{ one: 1 }]);
    },
  );

  it("keeps a new reaction pending until it is approved, then shows it oldest first", async () => {
    const first = await addReaction(db, reaction({ name: "Eerste" }));
    const second = await addReaction(db, reaction({ name: "Tweede" }));
    expect(first.status).toBe("pending");
    expect(await getApprovedReactions(db, "ik-doe-wat-ik-doe")).toEqual([]);
    expect((await getReactionsByStatus(db, "pending")).map((r) => r.name)).toEqual(["Tweede", "Eerste"]);
    expect(await moderateReaction(db, second.id, "approve")).toBe("ik-doe-wat-ik-doe");
    expect(await moderateReaction(db, first.id, "approve")).toBe("ik-doe-wat-ik-doe");
    const shown = await getApprovedReactions(db, "ik-doe-wat-ik-doe");
    expect(shown.map((r) => r.name)).toEqual(["Eerste", "Tweede"]);
    expect(shown[0]).not.toHaveProperty("email");
    expect(Object.keys(await getAllApprovedReactions(db))).toEqual(["ik-doe-wat-ik-doe"]);
  });

  it("rejects and deletes, and says when there is no such reaction", async () => {
    const spam = await addReaction(db, reaction({ columnSlug: "andere" }));
    expect(await moderateReaction(db, spam.id, "reject")).toBe("andere");
    expect((await getReactionsByStatus(db, "rejected")).map((r) => r.id)).toEqual([spam.id]);
    expect(await moderateReaction(db, spam.id, "delete")).toBe("andere");
    expect(await moderateReaction(db, spam.id, "delete")).toBeUndefined();
  });

  it("stores markup and SQL as the text they are", async () => {
    const hostile = "<script>alert(1)</script>'); drop table reactions; --";
    const stored = await addReaction(db, reaction({ name: hostile, body: hostile, columnSlug: "x" }));
    expect((await getReactionsByStatus(db, "pending")).find((r) => r.id === stored.id)?.body).toBe(hostile);
    await moderateReaction(db, stored.id, "delete");
  });

  it("counts reactions per address, finds duplicates and forgets old addresses", async () => {
    await addReaction(db, reaction({ addressHash: "hash-b", fingerprint: "same" }));
    expect(await countReactionsFrom(db, "hash-b", new Date(Date.now() - 60_000))).toBe(1);
    expect(await countReactionsFrom(db, "hash-b", new Date(Date.now() + 60_000))).toBe(0);
    expect(await hasFingerprint(db, "same")).toBe(true);
    expect(await hasFingerprint(db, "other")).toBe(false);
    expect(await forgetAddresses(db, new Date(Date.now() - 60_000))).toBe(0);
    expect(await forgetAddresses(db, new Date(Date.now() + 60_000))).toBeGreaterThan(0);
    expect(await countReactionsFrom(db, "hash-b", new Date(0))).toBe(0);
  });

  it("counts every pending reaction, however many, and pages through all of them", async () => {
    const before = await countReactionsByStatus(db, "pending");
    await db.transaction(async (tx) => {
      for (let i = 0; i < 250; i++) await addReaction(tx, reaction({ name: `Vloed ${i}`, addressHash: "flood" }));
    });
    expect(await countReactionsByStatus(db, "pending")).toBe(before + 250);
    const seen = new Set<string>();
    for (let offset = 0; offset < before + 250; offset += 50) {
      for (const r of await getReactionsByStatus(db, "pending", 50, offset)) seen.add(r.id);
    }
    expect(seen.size).toBe(before + 250);
  });

  it("removes everything one sender sent, by the stored address fingerprint, and nothing of anyone else", async () => {
    const [one] = await getReactionsByStatus(db, "pending", 1);
    const other = await addReaction(db, reaction({ addressHash: "someone-else" }));
    expect((await getReactionsFromSenderOf(db, one.id)).length).toBe(250);
    expect(await deleteReactionsFromSenderOf(db, one.id)).toEqual(["ik-doe-wat-ik-doe"]);
    expect(await getReactionsFromSenderOf(db, one.id)).toEqual([]);
    expect((await getReactionsFromSenderOf(db, other.id)).map((r) => r.id)).toEqual([other.id]);
    await moderateReaction(db, other.id, "delete");
  });

  it("ends a session on the server: after signing out, the same cookie opens nothing", async () => {
    const cookie = await startSession(db, "scrypt:hash-1");
    expect(await hasSession(db, "scrypt:hash-1", cookie)).toBe(true);
    expect(await hasSession(db, "scrypt:hash-2", cookie)).toBe(false);
    expect(await hasSession(db, "scrypt:hash-1", cookie, Date.now() + 8 * 3600_000 + 1)).toBe(false);
    await endSession(db, cookie);
    expect(await hasSession(db, "scrypt:hash-1", cookie)).toBe(false);
    expect(JSON.stringify(await db.query("select * from sessions"))).not.toContain(cookie);
  });

  it("exports every reaction and imports them into an empty database only", async () => {
    const exported = await exportReactions(db);
    expect(exported.reactions.length).toBeGreaterThan(2);
    await expect(importReactions(db, exported)).rejects.toThrow(/already holds \d+ reactions/);
    await db.query("delete from reactions");
    expect(await importReactions(db, exported)).toBe(exported.reactions.length);
    expect(await exportReactions(db)).toEqual(exported);
  });

  it("exports two reactions of one millisecond in the same order before and after an import", async () => {
    await db.query("delete from reactions");
    for (const [id, time] of [
      ["z-eerst", "2026-01-01T10:00:00.000400Z"],
      ["a-later", "2026-01-01T10:00:00.000700Z"],
    ]) {
      await db.query(
        "insert into reactions (id, column_slug, name, body, fingerprint, created_at) values ($1, 'x', 'Lezer', '.', $1, $2)",
        [id, time],
      );
    }
    const exported = await exportReactions(db);
    await db.query("delete from reactions");
    await importReactions(db, exported);
    expect(await exportReactions(db)).toEqual(exported);
  });
});
