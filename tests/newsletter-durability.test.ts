// Every subscriber gets the column, and as one message: `npm run newsletter:send` killed with SIGKILL in the middle of
// a send, twice, then run again to the end, on the embedded database and on a PostgreSQL server. (The export and
// import, and sending while the server runs: tests/e2e/server-start.test.ts.)
import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPublished } from "@/lib/content/posts";
import { readContent } from "@/lib/content/read";
import { confirmSubscriber } from "@/lib/newsletter/subscribers";
import { openEmbeddedDatabase, openServerDatabase, type Database } from "@/lib/reactions/database";
import { migrate } from "@/lib/reactions/migrations";
import { startPostgres, type TestServer } from "./postgres";
import { emptyDatabaseDir } from "./helpers";
import { startSmtpSink, type SmtpSink } from "./smtp-sink";

const jiti = path.resolve("node_modules/.bin/jiti");
const content = path.join(import.meta.dirname, "fixtures", "site");
const [newest, ...archive] = readContent(content).posts.filter(isPublished);
const subscribers = Array.from({ length: 120 }, (_, i) => `lezer${i}@example.nl`);

let sink: SmtpSink;
let postgres: TestServer;
const folders: string[] = [];
beforeAll(async () => {
  sink = await startSmtpSink();
  postgres = await startPostgres();
}, 240_000);
afterAll(async () => {
  await sink?.stop();
  await postgres?.stop();
  folders.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }));
}, 60_000);

function environment(database: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    CONTENT_DIR: content,
    SMTP_URL: sink.url,
    NEWSLETTER_FROM: "Blog <nieuwsbrief@example.nl>",
    NEWSLETTER_RATE: "80",
    REACTIONS_SECRET: "durability-test-secret-of-more-than-32-characters",
    DATABASE_URL: "",
    ...database,
  };
}

/**
 * Runs newsletter:send until `mails` more mails arrived, then kills it with SIGKILL at a random moment in the next
 * 30 ms: anywhere in a mail's dialogue with the relay (about 12 ms a mail here, three at once).
 */
async function sendAndKill(env: NodeJS.ProcessEnv, mails: number): Promise<void> {
  const target = sink.mails.length + mails;
  const child = spawn(jiti, ["scripts/newsletter-send.ts"], { env, stdio: ["ignore", "ignore", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`newsletter:send finished before the kill (status ${code})`)));
    const timer = setInterval(() => {
      if (sink.mails.length < target) return;
      clearInterval(timer);
      setTimeout(() => {
        child.removeAllListeners("exit");
        child.once("exit", () => resolve());
        child.kill("SIGKILL");
      }, Math.random() * 30);
    }, 5);
  });
}

async function prepare(db: Database): Promise<void> {
  await migrate(db);
  for (const address of subscribers) await confirmSubscriber(db, address);
  // Subscriptions started before the newest column: the rest is the archive.
  for (const post of archive) {
    await db.query("insert into newsletter_columns (column_slug, status) values ($1, 'archive')", [post.slug]);
  }
  await db.close();
}

// The limit of any SMTP sender: the relay accepts a mail at its final dot, and no process can hear that answer and
// commit "sent" in one step (RFC 1047). The mark comes after the answer, so a kill between the two leaves a mail the
// relay has and a row not marked: the next run sends it again, with the same Message-ID. So a subscriber can get a
// copy too many, only of a mail in flight at a kill (one per connection), and never goes without the column.
const inFlight = 3;
const backends: [string, () => Promise<Record<string, string>>][] = [
  [
    "the embedded database (PGlite)",
    async () => {
      const dir = emptyDatabaseDir("column-site-newsletter-");
      folders.push(dir);
      await prepare(await openEmbeddedDatabase(dir));
      return { REACTIONS_DATA_DIR: dir };
    },
  ],
  [
    "a PostgreSQL server",
    async () => {
      const db = await openServerDatabase(postgres.url);
      await db.query("drop schema public cascade");
      await db.query("create schema public");
      await prepare(db);
      return { DATABASE_URL: postgres.url };
    },
  ],
];

/** Runs newsletter:send to the end and checks that it sent everything it had. */
async function sendToTheEnd(env: NodeJS.ProcessEnv): Promise<void> {
  // Not spawnSync: the SMTP server lives in this process and must keep answering while the command runs.
  const last = await promisify(execFile)(jiti, ["scripts/newsletter-send.ts"], { env, encoding: "utf8" });
  expect(last.stderr).toBe("");
  expect(last.stdout).toMatch(/^Sent \d+, to retry later 0, failed 0, bouncing 0\.$/m);
}

/** Checks that every subscriber, and nobody else, got the newest column, and every copy of it as one message. */
function expectOneMessageEach(): void {
  expect(sink.mails.every((mail) => mail.parsed.subject === newest.title)).toBe(true);
  const messages = new Map<string, Set<string>>();
  for (const mail of sink.mails) {
    messages.set(mail.to, (messages.get(mail.to) ?? new Set()).add(mail.parsed.messageId ?? ""));
  }
  expect([...messages.keys()].sort()).toEqual([...subscribers].sort());
  const ids = [...messages.values()].map((set) => [...set]);
  expect(ids.filter((one) => one.length !== 1 || !one[0])).toEqual([]);
  expect(new Set(ids.flat()).size).toBe(subscribers.length);
}

describe.each(backends)("newsletter:send killed with SIGKILL on %s", (_name, setup) => {
  it("mails every subscriber the column as one message, after two kills at random and a third run", async () => {
    sink.mails.length = 0;
    const env = environment(await setup());
    await sendAndKill(env, 15);
    await sendAndKill(env, 30);
    await sendToTheEnd(env);
    expectOneMessageEach();
    expect(sink.mails.length - subscribers.length).toBeLessThanOrEqual(2 * inFlight);
  }, 600_000);

  // Two moments a kill at random rarely hits: the relay holds its answers while the test kills the send. Before the
  // relay has a message (at its recipient), the next run sends it once; a message the relay has but has not yet
  // answered, the next run sends again, as the same message (as it does one answered but not yet marked).
  it.each(["recipient", "message"] as const)(
    "mails every subscriber the column as one message after a kill as the relay answers a %s",
    async (step) => {
      sink.mails.length = 0;
      const env = environment(await setup());
      const child = spawn(jiti, ["scripts/newsletter-send.ts"], { env, stdio: ["ignore", "ignore", "inherit"] });
      const ended = new Promise<NodeJS.Signals | null>((resolve) =>
        child.once("exit", (_code, signal) => resolve(signal)),
      );
      sink.beforeAnswer(step, async () => {
        child.kill("SIGKILL");
        await ended;
      });
      expect(await ended).toBe("SIGKILL");
      await sink.idle(); // what was on its way to the relay at the kill has arrived
      const hadAtKill = sink.mails.map((mail) => mail.to).sort();
      expect(hadAtKill.length > 0).toBe(step === "message");
      await sendToTheEnd(env);
      expectOneMessageEach();
      expect(subscribers.filter((address) => sink.to(address).length === 2).sort()).toEqual(hadAtKill);
      expect(sink.mails).toHaveLength(subscribers.length + hadAtKill.length);
    },
    120_000,
  );
});
