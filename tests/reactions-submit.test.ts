import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openEmbeddedDatabase, type Database } from "@/lib/reactions/database";
import { makeFormToken, maximumFormAge, minimumFormAge } from "@/lib/reactions/limits";
import { migrate } from "@/lib/reactions/migrations";
import { getReactionsByStatus } from "@/lib/reactions/store";
import { addressLimits, submitReaction, takeAttempt, type Outcome } from "@/lib/reactions/submit";
import { emptyDatabaseDir } from "./helpers";

const secret = "a-secret-of-at-least-thirty-two-characters";
const made = Date.now() - 60_000;
let db: Database;
let dir: string;
let counter = 0;

beforeAll(async () => {
  dir = emptyDatabaseDir("column-site-submit-");
  db = await openEmbeddedDatabase(dir);
  await migrate(db);
}, 60_000);
afterAll(async () => {
  await db.close();
  fs.rmSync(dir, { recursive: true });
});

// As the route does: the client's attempt counts before its form is read, then the form is checked and stored.
async function send(address: string, form: Record<string, unknown> = {}, now = Date.now()): Promise<Outcome> {
  const wait = takeAttempt(secret, address, now);
  if (wait !== undefined) return { kind: "limited", retryAfter: wait };
  const fields = { name: "Anna", body: `Reactie ${++counter}`, token: makeFormToken(secret, "c", made), ...form };
  return submitReaction(db, { columnSlug: "c", form: fields, address, secrets: [secret] }, now);
}

const stored = async () => (await getReactionsByStatus(db, "pending", 1000)).length;

describe("submitReaction", () => {
  it("stores a good reaction as pending, with the address only as a hash", async () => {
    const outcome = await send("198.51.100.1", { email: "anna@voorbeeld.nl" });
    expect(outcome).toMatchObject({ kind: "accepted", id: expect.any(String) });
    const [row] = await db.query<{ address_hash: string; email: string }>("select address_hash, email from reactions");
    expect(row.email).toBe("anna@voorbeeld.nl");
    expect(row.address_hash).toMatch(/^[\w-]{32}$/);
    expect(JSON.stringify(await db.query("select * from reactions"))).not.toContain("198.51.100.1");
  });

  it("thanks a robot that filled the honeypot and stores nothing", async () => {
    const before = await stored();
    expect(await send("198.51.100.2", { website: "https://spam.example" })).toEqual({ kind: "accepted" });
    expect(await stored()).toBe(before);
  });

  it("refuses a form sent too fast, and one without a valid token", async () => {
    const now = Date.now();
    const fresh = makeFormToken(secret, "c", now - minimumFormAge + 500);
    expect(await send("198.51.100.3", { token: fresh }, now)).toEqual({ kind: "refused", refusal: "te-snel" });
    expect(await send("198.51.100.3", { token: "123.abc" })).toEqual({ kind: "refused", refusal: "formulier" });
  });

  it("stores the same text under the same column once, and answers the duplicate as any accepted reaction", async () => {
    expect((await send("198.51.100.4", { body: "Precies dit." })).kind).toBe("accepted");
    const before = await stored();
    expect(await send("198.51.100.5", { body: "precies   DIT." })).toEqual({ kind: "accepted" });
    expect(await stored()).toBe(before);
  });

  it("refuses a token older than two days, and accepts one signed with the previous secret", async () => {
    const now = Date.now();
    const old = makeFormToken(secret, "c", now - maximumFormAge - 1);
    expect(await send("198.51.100.7", { token: old }, now)).toEqual({ kind: "refused", refusal: "formulier" });
    const previous = "the-previous-secret-Zq8LwX1vR4tN7bY2kP9s";
    const fields = { name: "Anna", body: "Onder het oude geheim.", token: makeFormToken(previous, "c", made) };
    const outcome = await submitReaction(db, {
      columnSlug: "c",
      form: fields,
      address: "198.51.100.8",
      secrets: [secret, previous],
    });
    expect(outcome.kind).toBe("accepted");
  });

  it("refuses a third link", async () => {
    const body = "http://a.example http://b.example http://c.example";
    expect(await send("198.51.100.6", { body })).toEqual({ kind: "refused", refusal: "links" });
  });

  it("limits a burst from one address to the allowed few, and lets other addresses through", async () => {
    const before = await stored();
    const outcomes = [];
    for (let i = 0; i < 100; i++) outcomes.push(await send("203.0.113.9"));
    const accepted = outcomes.filter((o) => o.kind === "accepted");
    expect(accepted).toHaveLength(addressLimits.attempts);
    expect(outcomes.slice(addressLimits.attempts).every((o) => o.kind === "limited" && o.retryAfter > 0)).toBe(true);
    expect(await stored()).toBe(before + addressLimits.attempts);
    expect((await send("203.0.113.10")).kind).toBe("accepted");
  });

  it("limits an address to twenty stored reactions a day, across the in-memory windows", async () => {
    const address = "192.0.2.50";
    let accepted = 0;
    for (let hour = 0; hour < 6; hour++) {
      for (let i = 0; i < addressLimits.attempts; i++) {
        const outcome = await send(address, {}, Date.now() + hour * addressLimits.windowMs);
        if (outcome.kind === "accepted") accepted++;
      }
    }
    expect(accepted).toBe(addressLimits.perDay);
  });
});
