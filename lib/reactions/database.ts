import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

/** What the store needs of a database: parameterised queries, and transactions on top. */
export interface Queryable {
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
}

export interface Database extends Queryable {
  /** "embedded" is PGlite in a folder on disk; "server" is a PostgreSQL server reached through DATABASE_URL. */
  readonly kind: "embedded" | "server";
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Where the embedded database lives unless REACTIONS_DATA_DIR says otherwise: data/ is git-ignored. */
export function defaultDataDir(): string {
  return process.env.REACTIONS_DATA_DIR ?? path.join(process.cwd(), "data", "reactions");
}

/** Opens the PostgreSQL server at `url`; several app instances may share it. */
export async function openServerDatabase(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 5 });
  await pool.query("select 1"); // Fail at start with the server's own message, not at the first reaction.
  return {
    kind: "server",
    query: async <Row>(sql: string, params?: unknown[]) => (await pool.query(sql, params)).rows as Row[],
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query("begin");
        const result = await work({ query: async (sql, params) => (await client.query(sql, params)).rows });
        await client.query("commit");
        return result;
      } catch (error) {
        await client.query("rollback");
        throw error;
      } finally {
        client.release();
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

function takeLock(dir: string): string {
  const lock = path.join(dir, "column-site.lock");
  try {
    fs.writeFileSync(lock, String(process.pid), { flag: "wx" });
    return lock;
  } catch (error) {
    if (!(error instanceof Error && "code" in error && error.code === "EEXIST")) throw error;
  }
  const owner = Number(fs.readFileSync(lock, "utf8"));
  if (owner !== process.pid && isAlive(owner)) {
    throw new Error(
      `${dir} is open in process ${owner}: the embedded database allows one process at a time. ` +
        "Stop that process (the server) first, or set DATABASE_URL to share a PostgreSQL server.",
    );
  }
  fs.writeFileSync(lock, String(process.pid));
  return lock;
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error instanceof Error && "code" in error && error.code === "EPERM";
  }
}
