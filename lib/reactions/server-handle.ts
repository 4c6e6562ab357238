import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// The embedded database allows one process, so while the server runs, a command (npm run reactions:export) asks the
// server for what it needs. The server leaves a file beside its database with its address and a random token;
// only who can read the data folder can read the token, the same people who could copy the database itself.

interface Handle {
  pid: number;
  url: string;
  token: string;
}

const key = Symbol.for("column-site.reactions.server-token");
const shared = globalThis as typeof globalThis & { [key]?: string };

/** Returns the file in the data folder that names the running server. */
export function handleFile(dir: string): string {
  return path.join(dir, "column-site.server.json");
}

/** Writes the running server's handle (readable by its owner only) and returns a function that removes it. */
export function writeServerHandle(dir: string, url: string): () => void {
  const token = crypto.randomBytes(32).toString("base64url");
  shared[key] = token;
  const file = handleFile(dir);
  fs.writeFileSync(file, JSON.stringify({ pid: process.pid, url, token } satisfies Handle), { mode: 0o600 });
  return () => fs.rmSync(file, { force: true });
}

/** Returns the handle of the server that has the database in `dir` open, or undefined when there is none. */
export function readServerHandle(dir: string): Handle | undefined {
  try {
    return JSON.parse(fs.readFileSync(handleFile(dir), "utf8")) as Handle;
  } catch {
    return undefined;
  }
}

/** Returns true when an Authorization header carries this server's own token (compared in constant time). */
export function isServerToken(authorization: string | null): boolean {
  const token = shared[key];
  if (!token || !authorization?.startsWith("Bearer ")) return false;
  const given = Buffer.from(authorization.slice("Bearer ".length));
  const expected = Buffer.from(token);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}
