import { forgetConfirmationMails } from "../newsletter/subscribers";
import { hasDatabase } from "./data-dir";
import { openDatabase, type Database, type Queryable } from "./database";
import { migrate } from "./migrations";
import { forgetAddresses } from "./store";
import { addressRetentionMs } from "./submit";

// Next bundles each route separately, so a module-level variable would exist once per route: two handles on one
// embedded database in one process, each blind to the other's writes. One handle per process, kept on globalThis,
// with the timer that erases what is kept only for a while.
const key = Symbol.for("column-site.reactions.database");
const timerKey = Symbol.for("column-site.reactions.forget-timer");
const shared = globalThis as typeof globalThis & {
  [key]?: Promise<Database>;
  [timerKey]?: ReturnType<typeof setInterval>;
};

/** How often an open database erases what has expired, whether or not anyone reacts or subscribes meanwhile. */
export const forgetEveryMs = 60 * 60_000;

/**
 * Erases what is kept only for a while: the hashed client addresses of reactions after 30 days (addressRetentionMs),
 * and the records of confirmation mails after the link's 48 hours. The README's privacy section promises both.
 */
export async function forgetExpired(db: Queryable, now = new Date()): Promise<void> {
  await forgetAddresses(db, new Date(now.getTime() - addressRetentionMs));
  await forgetConfirmationMails(db, now);
}

/**
 * Returns this process's database, opened on first use with the migrations applied and what has expired erased, then
 * again every hour while it is open. The server opens it as it starts (when there is one, or reactions or the
 * newsletter are open); Next's build workers never do, and read the build's snapshot instead.
 */
export function getDatabase(): Promise<Database> {
  shared[key] ??= openAndMigrate().catch((error: unknown) => {
    shared[key] = undefined; // Let the next request try again, after the editor fixed what the error says.
    throw error;
  });
  return shared[key];
}

async function openAndMigrate(): Promise<Database> {
  const db = await openDatabase();
  await migrate(db);
  await forgetExpired(db);
  clearInterval(shared[timerKey]);
  shared[timerKey] = setInterval(() => {
    forgetExpired(db).catch((error: unknown) => console.error(`Erasing what has expired failed: ${String(error)}`));
  }, forgetEveryMs).unref();
  return db;
}

/**
 * Returns the database to read when there is one, never making one: the one this process opened (the server opens it
 * as it starts when there is one), or in npm run dev the preview's own when it exists (next dev has no start of its
 * own). Undefined otherwise, and always in Next's build workers, which read the build's snapshot.
 */
export function existingDatabase(): Promise<Database> | undefined {
  if (shared[key]) return shared[key];
  return process.env.NODE_ENV === "development" && hasDatabase() ? getDatabase() : undefined;
}

/** Closes this process's database, if one is open, and forgets it: the next getDatabase opens one afresh. */
export async function closeDatabase(): Promise<void> {
  const open = shared[key];
  shared[key] = undefined;
  clearInterval(shared[timerKey]);
  shared[timerKey] = undefined;
  if (open) await (await open).close();
}
