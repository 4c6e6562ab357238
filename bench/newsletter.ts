// jiti bench/newsletter.ts [url of a running npm start] [its process id] [column path]: one column to 10,000
// confirmed subscribers (NEWSLETTER_BENCH_SUBSCRIBERS) through a local SMTP sink that only counts, on a fresh
// embedded database in a temporary folder. Prints mails a second, this process's peak memory, and, given a running
// server, the column's median response time idle and while the mails go out.
// NEWSLETTER_RATE caps the rate (default here 1,000 a second). Targets (issue 19): ≥ 200 mails/s, memory flat in
// the number of subscribers, readers' median within 1.5× of idle. Run it on a quiet machine.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { getAllPosts } from "../lib/content/lookups";
import { runNewsletter } from "../lib/newsletter/run";
import { openMailer } from "../lib/newsletter/transport";
import { openEmbeddedDatabase } from "../lib/reactions/database";
import { migrate } from "../lib/reactions/migrations";
import { freePort } from "../tools/ports";
import { load } from "./load";

const subscribers = Number(process.env.NEWSLETTER_BENCH_SUBSCRIBERS ?? 10_000);
const columnUrl = process.argv[2] && `${process.argv[2]}${process.argv[4] ?? "/"}`;
const rate = Number(process.env.NEWSLETTER_RATE ?? 1_000);

let received = 0;
const sink = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, _session, callback) {
    stream.on("data", () => {}).on("end", () => (received++, callback()));
  },
});
const port = await freePort();
await new Promise<void>((resolve) => sink.listen(port, "127.0.0.1", resolve));

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "column-site-bench-newsletter-"));
const db = await openEmbeddedDatabase(dataDir);
await migrate(db);
await db.query(
  `insert into newsletter_subscribers (id, email, status, unsubscribe_token, confirmed_at)
   select 'b' || n, 'lezer' || n || '@example.nl', 'confirmed', md5('token' || n), now() from generate_series(1, $1) n`,
  [subscribers],
);
const [post, ...archive] = getAllPosts();
for (const old of archive) {
  await db.query("insert into newsletter_columns (column_slug, status) values ($1, 'archive')", [old.slug]);
}
if (archive.length === 0) await db.query("insert into newsletter_columns values ('bench-archive', 'archive')");

// The readers: one wrk connection in a process of its own, so that this busy process does not slow what it measures.
const readers = () => (columnUrl ? load(columnUrl, 5, 1).then((result) => result.p50Ms) : Promise.resolve(NaN));
const idle = await readers();
const before = process.memoryUsage().rss;
let peak = before;
const memory = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
const config = { smtpUrl: `smtp://127.0.0.1:${port}`, from: "Bench <bench@example.nl>", secret: "", rate };
const mailer = openMailer(config, 5);
const started = performance.now();
const sending = runNewsletter(db, mailer, config, [post, ...archive], { parallel: 5 });
const during = await readers();
const report = await sending;
const seconds = (performance.now() - started) / 1000;
clearInterval(memory);
mailer.close();
await db.close();
await new Promise((resolve) => sink.close(() => resolve(undefined)));
fs.rmSync(dataDir, { recursive: true, force: true });

console.log(
  `| subscribers | sent | received | mails/s | RSS before → peak | column p50 idle | column p50 while sending |`,
);
console.log(`|---|---|---|---|---|---|---|`);
console.log(
  `| ${subscribers} | ${report.sent} | ${received} | ${(report.sent / seconds).toFixed(0)} | ` +
    `${(before / 1024 ** 2).toFixed(0)} → ${(peak / 1024 ** 2).toFixed(0)} MB | ${idle.toFixed(2)} ms | ${during.toFixed(2)} ms |`,
);
