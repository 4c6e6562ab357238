import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { defaultDataDir } from "./data-dir";
import { lockFile, openDatabase, type Database } from "./database";
import { migrate } from "./migrations";

// The embedded database allows one process, so while the server runs, a command (the exports, newsletter:send) asks
// the server to do its work. The server leaves a file beside its database with its address and a random token;
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

/**
 * Does a command's database work: on a database this process opens, or, while a server holds the embedded
 * database, by asking that server (`route`, with its token) and returning its JSON answer. One way for every
 * command that must work while the site runs.
 */
export async function runOnDatabase<T>(
  route: { path: string; method?: "GET" | "POST" },
  work: (db: Database) => Promise<T>,
): Promise<T> {
  const dir = defaultDataDir();
  const handle = !process.env.DATABASE_URL && fs.existsSync(lockFile(dir)) ? readServerHandle(dir) : undefined;
  // No handle beside a lock: another command holds the database, and opening it says so.
  if (!handle) return openAndRun(work);
  const response = await fetch(handle.url + route.path, {
    method: route.method ?? "GET",
    headers: { Authorization: `Bearer ${handle.token}` },
    redirect: "manual",
  }).catch((error: unknown) => {
    throw new Error(`The server (process ${handle.pid}) holds the database but did not answer at ${handle.url}.`, {
      cause: error,
    });
  });
  if (!response.ok) {
    const answer = (await response.json().catch(() => ({}))) as { error?: string };
    throw new Error(answer.error ?? `The running server refused ${route.path} (HTTP ${response.status}).`);
  }
  const answer = (await response.json()) as T | { error: string };
  // A long job (see answerWhenDone) has said 200 before it knew how it would end: its failure is in the answer.
  if (isFailure(answer)) throw new Error(answer.error);
  console.error(`Done by the running server (process ${handle.pid}), which holds the database.`);
  return answer;
}

function isFailure(answer: unknown): answer is { error: string } {
  return typeof answer === "object" && answer !== null && Object.keys(answer).join() === "error";
}

/**
 * Answers a command with what `work` returns, as JSON, however long it takes: a send to thousands of subscribers
 * outlasts what a client waits for an answer (Node's fetch gives up after 300 s without one). So the answer starts
 * at once and gets a space every `keepAliveMs` (JSON allows whitespace before a value) until the result follows;
 * a failure then comes as `{ "error": … }`, which runOnDatabase throws.
 */
export function answerWhenDone(work: () => Promise<unknown>, keepAliveMs = 10_000): Response {
  const encoder = new TextEncoder();
  let keepAlive: NodeJS.Timeout | undefined;
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      // The command may have gone (Ctrl-C): then the answer is closed, and the work goes on to its end regardless.
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          clearInterval(keepAlive);
        }
      };
      send(" ");
      keepAlive = setInterval(() => send(" "), keepAliveMs);
      let result: unknown;
      try {
        result = await work();
      } catch (error) {
        result = { error: error instanceof Error ? error.message : String(error) };
      } finally {
        clearInterval(keepAlive);
      }
      send(JSON.stringify(result));
      try {
        controller.close();
      } catch {
        // Closed already: the command went.
      }
    },
    cancel() {
      clearInterval(keepAlive);
    },
  });
  return new Response(body, { headers: { "Content-Type": "application/json", "Cache-Control": "no-store" } });
}

async function openAndRun<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase();
  try {
    await migrate(db);
    return await work(db);
  } finally {
    await db.close();
  }
}
