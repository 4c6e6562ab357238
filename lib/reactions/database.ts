import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { isAlive } from "../process-alive";
import { defaultDataDir } from "./data-dir";

/** What the store needs of a database: parameterised queries, and transactions on top. */
export interface Queryable {
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
}

export interface Database extends Queryable {
  /** "embedded" is PGlite in a folder on disk; "server" is a PostgreSQL server reached through DATABASE_URL. */
  readonly kind: "embedded" | "server";
  /** Runs `work` in a transaction: committed when it returns, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Opens the PostgreSQL server at `url`; several app instances may share it. */
export async function openServerDatabase(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 5 });
  // An idle connection the server drops (a restart, an administrator) is emitted here; unheard, it ends the process.
  // The pool opens a new connection for the next query.
  pool.on("error", (error) => console.error(`PostgreSQL closed an idle connection: ${error.message}`));
  await pool.query("select 1"); // Fail at start with the server's own message, not at the first reaction.
  return {
    kind: "server",
    query: async <Row>(sql: string, params?: unknown[]) => (await pool.query(sql, params)).rows as Row[],
    async transaction(work) {
      const client = await pool.connect();
      // A connection lost mid-transaction fails the query in flight; unheard, its "error" event would also end the
      // process. The lost connection is then closed, not given back to the pool.
      let lost: Error | undefined;
      const onError = (error: Error) => (lost = error);
      client.on("error", onError);
      try {
        await client.query("begin");
        const result = await work({ query: async (sql, params) => (await client.query(sql, params)).rows });
        await client.query("commit");
        return result;
      } catch (error) {
        await client.query("rollback").catch((rollbackError: Error) => (lost ??= rollbackError));
        throw error;
      } finally {
        client.off("error", onError);
        client.release(lost);
      }
    },
    close: () => pool.end(),
  };
}

/**
 * Opens the embedded database in `dir`, made on first use. Only one process may have it open: a lock file names
 * the process, and a second one is refused with an instruction (a stale lock from a killed process is taken over).
 */
export async function openEmbeddedDatabase(dir: string): Promise<Database> {
  fs.mkdirSync(dir, { recursive: true });
  const lock = takeLock(dir);
  let db: PGlite;
  try {
    db = await PGlite.create(dir);
  } catch (error) {
    fs.rmSync(lock, { force: true });
    throw error;
  }
  return {
    kind: "embedded",
    query: async <Row>(sql: string, params?: unknown[]) => (await db.query<Row>(sql, params)).rows,
    transaction: (work) =>
      db.transaction((tx) => work({ query: async (sql, params) => (await tx.query(sql, params)).rows as never })),
    async close() {
      await db.close();
      fs.rmSync(lock, { force: true });
    },
  };
}

/** Opens the database the environment names: DATABASE_URL when set, else the embedded one in `dir`. */
export function openDatabase(dir = defaultDataDir()): Promise<Database> {
  const url = process.env.DATABASE_URL;
  return url ? openServerDatabase(url) : openEmbeddedDatabase(dir);
}

/** Returns the file that marks the embedded database in `dir` as open, holding the owner's process id. */
export function lockFile(dir: string): string {
  return path.join(dir, "column-site.lock");
}

function takeLock(dir: string): string {
  const lock = lockFile(dir);
  for (let tries = 0; tries < 2; tries++) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: "wx" }); // Atomic: of two at once, one creates it.
      return lock;
    } catch (error) {
      if (!(error instanceof Error && "code" in error && error.code === "EEXIST")) throw error;
    }
    const owner = Number(fs.readFileSync(lock, "utf8"));
    if (owner === process.pid) return lock;
    if (isAlive(owner)) throw new Error(lockedMessage(dir, owner));
    removeStaleLock(lock, owner);
  }
  throw new Error(lockedMessage(dir, Number(fs.readFileSync(lock, "utf8"))));
}

// A killed process left its lock: move it aside, and put it back if another process took the lock meanwhile.
function removeStaleLock(lock: string, owner: number): void {
  const aside = `${lock}.stale-${process.pid}`;
  try {
    fs.renameSync(lock, aside);
  } catch {
    return; // Someone else moved it first; the next try sees their lock or none.
  }
  if (Number(fs.readFileSync(aside, "utf8")) === owner) fs.rmSync(aside, { force: true });
  else fs.renameSync(aside, lock);
}

function lockedMessage(dir: string, owner: number): string {
  return (
    `${dir} is open in process ${owner} (the server, or another command): the embedded database allows one ` +
    "process at a time. Stop that process first, or set DATABASE_URL to share a PostgreSQL server. " +
    "While the server runs, npm run reactions:export asks it for the export."
  );
}
