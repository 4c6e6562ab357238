import { getAllPosts, getPostBySlug } from "../content/lookups";
import type { Post } from "../content/posts";
import type { Database } from "../reactions/database";
import { columnMail } from "./column-mail";
import type { NewsletterConfig } from "./config";
import { queueNewColumns, releaseDeadClaims } from "./outbox";
import { sendDue, type SendOptions, type SendReport } from "./send";
import { finishColumns } from "./sends";
import { getSubscriberByEmail } from "./subscribers";
import { composeMail, openMailer, type Mailer } from "./transport";
import { isAlive } from "../process-alive";

export interface RunReport extends SendReport {
  /** Columns recorded as the archive by this run (none once a subscriber has confirmed): mailed to nobody. */
  archived: number;
  /** Columns queued by this run. */
  queued: string[];
  /** Columns whose every mail is out now. */
  finished: string[];
}

/**
 * The whole of `npm run newsletter:send`: puts back what a killed run left claimed, queues the published columns
 * not seen before (as the archive while no column is known: see recordArchive), sends everything due, and returns
 * the counts.
 */
export async function runNewsletter(
  db: Database,
  mailer: Mailer,
  config: NewsletterConfig,
  published: Post[],
  options: Partial<SendOptions> = {},
): Promise<RunReport> {
  await releaseDeadClaims(db, isAlive);
  const oldestFirst = [...published].reverse();
  const { queued, archived } = await queueNewColumns(
    db,
    oldestFirst.map((post) => post.slug),
  );
  const mails = new Map(published.map((post) => [post.slug, columnMail(post)]));
  const report = await sendDue(db, mailer, { from: config.from, rate: config.rate, mails, ...options });
  return { ...report, archived, queued, finished: await finishColumns(db) };
}

/**
 * Sends `post` to one address exactly as a subscriber gets it (their own leave link when they are one), and
 * records nothing: the editor's test before a column goes out.
 */
export async function sendTestMail(
  db: Database,
  mailer: Mailer,
  config: NewsletterConfig,
  post: Post,
  address: string,
): Promise<void> {
  const subscriber = await getSubscriberByEmail(db, address);
  const mail = columnMail(post)(subscriber?.unsubscribeToken ?? "proefmail");
  const message = await composeMail(config.from, address, mail);
  await mailer.send({ from: config.from, to: address, message });
}

/** What `npm run newsletter:send` asks for: every column due, or one column to one address as a test. */
export type SendCommand = { test?: undefined } | { test: string; column?: string };

export type SendOutcome = ({ kind: "run" } & RunReport) | { kind: "test"; title: string; address: string };

/**
 * Carries out `npm run newsletter:send` on `db`, in the command's own process or in the running server's (which
 * holds the embedded database). Throws when the test's column is not a published one.
 */
export async function carryOutSend(db: Database, config: NewsletterConfig, command: SendCommand): Promise<SendOutcome> {
  const mailer = openMailer(config);
  try {
    if (command.test === undefined) return { kind: "run", ...(await runNewsletter(db, mailer, config, getAllPosts())) };
    const post = command.column ? getPostBySlug(command.column) : getAllPosts()[0];
    if (!post) {
      throw new Error(
        command.column
          ? `--column: no published column is called "${command.column}"`
          : "There is no published column yet.",
      );
    }
    await sendTestMail(db, mailer, config, post, command.test);
    return { kind: "test", title: post.title, address: command.test };
  } finally {
    mailer.close();
  }
}
