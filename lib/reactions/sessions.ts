import crypto from "node:crypto";
import type { Queryable } from "./database";
import { sessionHours } from "./auth";

// The cookie holds a random id; the table holds only its hash, so a copy of the database opens no session.
const hashOf = (text: string) => crypto.createHash("sha256").update(text).digest("base64url");

/** Starts a session for the editor and returns the cookie value. A new password hash ends every earlier session. */
export async function startSession(db: Queryable, passwordHash: string, now = Date.now()): Promise<string> {
  const id = crypto.randomBytes(32).toString("base64url");
  await db.query("delete from sessions where expires_at <= $1", [new Date(now)]);
  await db.query("insert into sessions (id_hash, password_tag, created_at, expires_at) values ($1, $2, $3, $4)", [
    hashOf(id),
    hashOf(passwordHash),
    new Date(now),
    new Date(now + sessionHours * 60 * 60_000),
  ]);
  return id;
}

/** Resolves to true when the cookie value names a session that was started, not ended, and has not expired. */
export async function hasSession(
  db: Queryable,
  passwordHash: string,
  cookie: string | undefined,
  now = Date.now(),
): Promise<boolean> {
  if (!cookie || cookie.length > 100) return false;
  const rows = await db.query("select 1 from sessions where id_hash = $1 and password_tag = $2 and expires_at > $3", [
    hashOf(cookie),
    hashOf(passwordHash),
    new Date(now),
  ]);
  return rows.length > 0;
}

/** Ends the session the cookie names: the same cookie, replayed, opens nothing afterwards. */
export async function endSession(db: Queryable, cookie: string | undefined): Promise<void> {
  if (cookie) await db.query("delete from sessions where id_hash = $1", [hashOf(cookie)]);
}
