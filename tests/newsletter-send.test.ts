import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { isPublished } from "@/lib/content/posts";
import { readContent } from "@/lib/content/read";
import type { NewsletterConfig } from "@/lib/newsletter/config";
import { runNewsletter } from "@/lib/newsletter/run";
import { claimDue, markFailed, markSent, queueNewColumns, recordArchive, startRun } from "@/lib/newsletter/outbox";
import { getRecentSends } from "@/lib/newsletter/sends";
import { confirmSubscriber, countConfirmed, unsubscribe } from "@/lib/newsletter/subscribers";
import { openMailer, type Mailer } from "@/lib/newsletter/transport";
import { openEmbeddedDatabase, openServerDatabase, type Database } from "@/lib/reactions/database";
import { migrate } from "@/lib/reactions/migrations";
import { startPostgres } from "./postgres";
import { startSmtpSink, type RelayStep, type SmtpSink } from "./smtp-sink";
import { emptyDatabaseDir } from "./helpers";

const content = path.join(import.meta.dirname, "fixtures", "site");
const published = readContent(content).posts.filter(isPublished);
const [newest, ...archive] = published;

const backends: [string, () => Promise<{ db: Database; cleanup: () => Promise<void> }>][] = [
  [
    "the embedded database (PGlite)",
    async () => {
      const dir = emptyDatabaseDir("column-site-newsletter-");
      const db = await openEmbeddedDatabase(dir);
      return { db, cleanup: async () => (await db.close(), fs.rmSync(dir, { recursive: true })) };
    },
  ],
  [
    "a PostgreSQL server",
    async () => {
      const server = await startPostgres();
      const db = await openServerDatabase(server.url);
      return { db, cleanup: async () => (await db.close(), await server.stop()) };
    },
  ],
];

// The tests of each database run in order on it, as an editor's runs would: the first run records the archive.
describe.each(backends)("newsletter:send on %s", (_name, setup) => {
  let db: Database;
  let cleanup: () => Promise<void>;
  let sink: SmtpSink;
  let mailer: Mailer;
  let config: NewsletterConfig;
  const options = { backoffMs: [50, 100], maxWaitMs: 5_000 };

  beforeAll(async () => {
    ({ db, cleanup } = await setup());
    await migrate(db);
    sink = await startSmtpSink();
    config = { smtpUrl: sink.url, from: "Blog <nieuwsbrief@example.nl>", secret: "x".repeat(32), rate: 500 };
    mailer = openMailer(config);
  }, 240_000); // initdb and a first start are slow on a busy machine.
  afterAll(async () => {
    mailer?.close();
    await sink?.stop();
    await cleanup?.();
  }, 60_000);
  beforeEach(() => {
    sink.mails.length = 0;
    sink.refuse(() => undefined);
  });

  /** Makes the relay refuse at `step`: one address the first time only, another every time; counts the asking. */
  function refuse(step: RelayStep, rules: { once: [string, number]; always: [string, number] }): Map<string, number> {
    const tries = new Map<string, number>();
    sink.refuse((address) => {
      tries.set(address, (tries.get(address) ?? 0) + 1);
      if (address === rules.once[0] && tries.get(address) === 1) return rules.once[1];
      return address === rules.always[0] ? rules.always[1] : undefined;
    }, step);
    return tries;
  }

  it("mails the first column of a site whose first subscriber confirmed before any column was published", async () => {
    const empty = emptyDatabaseDir("column-site-newsletter-first-");
    const fresh = await openEmbeddedDatabase(empty);
    try {
      await migrate(fresh);
      await confirmSubscriber(fresh, "vroeg@example.nl");
      expect(await recordArchive(fresh, [])).toBe(0); // nothing published yet when subscriptions start
      expect(await queueNewColumns(fresh, [newest.slug])).toEqual({ queued: [newest.slug], archived: 0 });
    } finally {
      await fresh.close();
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  it("records the columns already published on the first run, and mails none of them", async () => {
    await confirmSubscriber(db, "lezer@example.nl");
    const report = await runNewsletter(db, mailer, config, archive, options);
    expect(report).toMatchObject({ archived: archive.length, queued: [], sent: 0 });
    expect(sink.mails).toEqual([]);
  });

  it("mails a new column once to each confirmed subscriber: HTML and text, both unsubscribe headers", async () => {
    await confirmSubscriber(db, "tweede@example.nl");
    const report = await runNewsletter(db, mailer, config, published, options);
    expect(report).toMatchObject({ queued: [newest.slug], sent: 2, finished: [newest.slug] });
    const [mail] = sink.to("lezer@example.nl");
    expect(mail.parsed.subject).toBe(newest.title);
    expect(mail.parsed.html).toContain(`<h1><a href="http://localhost:3000/blog/${newest.slug}"`);
    expect(mail.parsed.text).toContain(newest.title.toUpperCase());
    const headers = mail.raw.split("\r\n\r\n")[0].replace(/\r\n[ \t]+/g, " ");
    expect(headers).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    expect(headers).toMatch(/^List-Unsubscribe: <http:\/\/localhost:3000\/volgen\/afmelden\/nu\?token=[\w-]{32}>/m);
    expect(mail.parsed.html).toMatch(/href="http:\/\/localhost:3000\/volgen\/afmelden\?token=[\w-]{32}">Afmelden/);
    expect((await runNewsletter(db, mailer, config, published, options)).sent).toBe(0);
    expect(sink.mails.map((m) => m.to).sort()).toEqual(["lezer@example.nl", "tweede@example.nl"]);
  });

  it("retries a temporary refusal of a recipient, bounces a permanent one, and mails no one who left", async () => {
    refuse("recipient", { once: ["tweede@example.nl", 451], always: ["lezer@example.nl", 550] });
    const leaver = await confirmSubscriber(db, "weg@example.nl");
    expect(await unsubscribe(db, leaver.unsubscribeToken)).toBe(true);
    const report = await runNewsletter(db, mailer, config, [{ ...newest, slug: "derde" }, ...published], options);
    expect(report).toMatchObject({ sent: 1, retried: 1, bounced: 1 });
    expect(sink.mails.map((m) => m.to)).toEqual(["tweede@example.nl"]);
    expect(await countConfirmed(db)).toBe(1);
    const [latest] = await getRecentSends(db, 1);
    expect(latest).toMatchObject({ columnSlug: "derde", sent: 1, failed: 0, bouncing: 1, waiting: 0 });
  });

  it("records a failure only on a row this run holds: not on one marked sent, nor on one another run claimed", async () => {
    const subscriber = await confirmSubscriber(db, "vierde@example.nl");
    await db.query("insert into newsletter_columns (column_slug, status) values ('vierde', 'sending')");
    await db.query(
      `insert into newsletter_outbox (column_slug, subscriber_id, status, next_attempt_at)
       values ('vierde', $1, 'queued', now() - interval '1 minute')`,
      [subscriber.id],
    );
    const delivery = (await claimDue(db, startRun(), 100)).find((claimed) => claimed.columnSlug === "vierde")!;
    const row = async () =>
      (
        await db.query<{ status: string; claimed_by: string | null }>(
          "select status, claimed_by from newsletter_outbox where column_slug = 'vierde'",
        )
      )[0];
    const bounce = { bounced: true, error: "550 te laat" };

    expect(await markSent(db, delivery)).toBe(true);
    await markFailed(db, delivery, bounce); // a failure recorded late, for a mail already marked
    expect(await row()).toMatchObject({ status: "sent" });

    await db.query(
      "update newsletter_outbox set status = 'sending', claimed_by = 'elders:1:x' where column_slug = 'vierde'",
    );
    await markFailed(db, delivery, bounce);
    expect(await row()).toEqual({ status: "sending", claimed_by: "elders:1:x" });
    expect(await countConfirmed(db)).toBe(2);
  });

  it("retries a temporary refusal at the final dot, and fails a permanent one without bouncing the address", async () => {
    const tries = refuse("message", { once: ["zesde@example.nl", 452], always: ["zevende@example.nl", 554] });
    await confirmSubscriber(db, "zesde@example.nl");
    await confirmSubscriber(db, "zevende@example.nl");
    const confirmed = await countConfirmed(db);
    const report = await runNewsletter(db, mailer, config, [{ ...newest, slug: "vijfde" }, ...published], options);
    expect(report).toMatchObject({ sent: confirmed - 1, retried: 1, failed: 1, bounced: 0 });
    expect(tries.get("zesde@example.nl")).toBe(2);
    expect(sink.to("zesde@example.nl")).toHaveLength(1);
    expect(sink.to("zevende@example.nl")).toEqual([]);
    expect(await countConfirmed(db)).toBe(confirmed);
  });

  it("stops at a mark it cannot record, and leaves the rows not marked to the next run", async () => {
    await confirmSubscriber(db, "achtste@example.nl");
    const marks = /set status = 'sent'/;
    const broken: Database = {
      ...db,
      query: <Row>(sql: string, params?: unknown[]) =>
        marks.test(sql) ? Promise.reject(new Error("de database is weg")) : db.query<Row>(sql, params),
    };
    const column = { ...newest, slug: "achtste" };
    await expect(runNewsletter(broken, mailer, config, [column, ...published], options)).rejects.toThrow(
      "de database is weg",
    );
    const unmarked = async () =>
      (
        await db.query<{ n: number }>(
          "select count(*)::int as n from newsletter_outbox where column_slug = 'achtste' and status <> 'sent'",
        )
      )[0].n;
    expect(await unmarked()).toBe(await countConfirmed(db));
    await runNewsletter(db, mailer, config, [column, ...published], options); // the stopped run's rows come back
    expect(await unmarked()).toBe(0);
  });

  it("paces the mails at NEWSLETTER_RATE a second", async () => {
    const column = { ...newest, slug: "op-tempo" };
    const subscribers = await countConfirmed(db);
    expect(subscribers).toBeGreaterThanOrEqual(5);
    const started = performance.now();
    const report = await runNewsletter(db, mailer, { ...config, rate: 10 }, [column, ...published], options);
    const seconds = (performance.now() - started) / 1000;
    expect(report.sent).toBe(subscribers);
    // The first goes at once, then one every tenth of a second: never faster, whatever the relay could take.
    expect(seconds).toBeGreaterThanOrEqual((subscribers - 1) / 10 - 0.02);
    expect(seconds).toBeLessThan(subscribers / 10 + 2);
  });
});
