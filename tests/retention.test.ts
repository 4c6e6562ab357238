// What the privacy section promises to erase is erased on time, whether or not anyone reacts or subscribes: the
// hashed client addresses of reactions after 30 days, the records of confirmation mails after 48 hours; when the
// database opens, and every hour while it is open.
import fs from "node:fs";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { emptyDatabaseDir } from "./helpers";

const dataDir = emptyDatabaseDir("column-site-retention-");
process.env.REACTIONS_DATA_DIR = dataDir;
process.env.DATABASE_URL = "";
const { closeDatabase, forgetEveryMs, getDatabase } = await import("@/lib/reactions/runtime");
const { addReaction } = await import("@/lib/reactions/store");

const dayMs = 24 * 60 * 60_000;

afterEach(async () => {
  vi.useRealTimers();
  await closeDatabase();
});

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

// A reaction with an address hash and a confirmation-mail record, each `daysAgo` old; returns their keys.
async function keepFor(daysAgo: number): Promise<{ reaction: string; request: string }> {
  const db = await getDatabase();
  const when = new Date(Date.now() - daysAgo * dayMs);
  const request = `verzoek-${daysAgo}-${Math.random()}`;
  const { id } = await addReaction(db, {
    columnSlug: "ik-doe-wat-ik-doe",
    name: "Lezer",
    email: null,
    body: `Een reactie van ${daysAgo} dagen oud, ${request}.`,
    addressHash: `adres-${request}`,
    fingerprint: request,
  });
  await db.query("update reactions set created_at = $1 where id = $2", [when, id]);
  await db.query("insert into newsletter_requests (email_hash, mailed_at) values ($1, $2)", [request, when]);
  return { reaction: id, request };
}

async function kept({ reaction, request }: { reaction: string; request: string }) {
  const db = await getDatabase();
  const [row] = await db.query<{ address_hash: string | null }>("select address_hash from reactions where id = $1", [
    reaction,
  ]);
  const requests = await db.query("select 1 from newsletter_requests where email_hash = $1", [request]);
  return { addressHash: row.address_hash !== null, request: requests.length > 0 };
}

describe("what is kept only for a while", () => {
  it("is erased when the database opens: addresses after 30 days, confirmation records after 48 hours", async () => {
    const old = await keepFor(31);
    const recent = await keepFor(1);
    await closeDatabase();
    expect(await kept(old)).toEqual({ addressHash: false, request: false });
    expect(await kept(recent)).toEqual({ addressHash: true, request: true });
  });

  it("is erased every hour while the database is open, without a reaction or a subscription", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    await getDatabase();
    const old = await keepFor(40);
    expect(await kept(old)).toEqual({ addressHash: true, request: true });
    vi.advanceTimersByTime(forgetEveryMs);
    await vi.waitFor(async () => expect(await kept(old)).toEqual({ addressHash: false, request: false }));
  });
});
