// Never twice: `npm run newsletter:send` killed with SIGKILL in the middle of a send, twice, then run again to the
// end; no subscriber has the column twice, and only mails in flight at a kill can be missing, on the embedded
// database and on a PostgreSQL server. (The
// export and import, and sending while the server runs: tests/e2e/server-start.test.ts.)
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

// The limit of any SMTP sender: the relay accepts a mail at its final dot, and no process can commit "sent" and write
// the dot in one step. The mark's COMMIT and the dot leave in the same turn (transport.ts), so a kill must fall
// between two system calls to leave a mail marked sent that the relay never accepted; on a busy machine the process
// can be paused just there (3 mails in 160 random kills, with five kills a run). So both databases are held to
// "never twice, and at most the mails in flight (the three connections) lost per kill".
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
      await db.query("drop table if exists newsletter_outbox, newsletter_columns, newsletter_subscribers cascade");
      await db.query("drop table if exists newsletter_requests, reactions, schema_migrations cascade");
      await prepare(db);
      return { DATABASE_URL: postgres.url };
    },
  ],
];

describe.each(backends)("newsletter:send killed with SIGKILL on %s", (_name, setup) => {
  it("mails no subscriber twice, and misses at most the mails in flight at each of two kills, after a third run", async () => {
    sink.mails.length = 0;
    const env = environment(await setup());
    await sendAndKill(env, 15);
    await sendAndKill(env, 30);
    // Not spawnSync: the SMTP server lives in this process and must keep answering while the command runs.
    const last = await promisify(execFile)(jiti, ["scripts/newsletter-send.ts"], { env, encoding: "utf8" });
    expect(last.stderr).toBe("");
    expect(last.stdout).toMatch(/^Sent \d+, to retry later 0, failed 0, bouncing 0\.$/m);
    const perAddress = new Map<string, number>();
    for (const mail of sink.mails) perAddress.set(mail.to, (perAddress.get(mail.to) ?? 0) + 1);
    expect(sink.mails.every((mail) => mail.parsed.subject === newest.title)).toBe(true);
    const missing = subscribers.filter((address) => !perAddress.has(address));
    expect(missing.length).toBeLessThanOrEqual(2 * inFlight);
    expect([...perAddress.keys()].every((address) => subscribers.includes(address))).toBe(true);
    expect([...perAddress.values()].filter((count) => count !== 1)).toEqual([]);
  }, 600_000);
});
