import { verifyPassword } from "./auth";
import type { ReactionsConfig } from "./config";
import type { Queryable } from "./database";
import { AttemptLimiter } from "./limits";
import { hasSession, startSession } from "./sessions";
import { SignInGate } from "./sign-in-gate";
import type { ModerationAction } from "./store";

/** Sign-in attempts per client: five in fifteen minutes. */
const signInLimiter = new AttemptLimiter(5, 15 * 60_000);
/** All clients together: one password check at a time, slower as failures pile up. */
const gate = new SignInGate();
/** scrypt takes any length; a "password" of megabytes is no password. */
const maximumPasswordLength = 1024;

export type SignIn = { kind: "ok"; session: string } | { kind: "wrong" } | { kind: "limited"; retryAfter: number };

/** Checks the editor's password, counting the attempt against the client; starts a session in `db` on success. */
export async function signIn(
  db: () => Promise<Queryable>,
  config: ReactionsConfig,
  password: unknown,
  client: string,
  now = Date.now(),
): Promise<SignIn> {
  if (!signInLimiter.take(client, now)) return { kind: "limited", retryAfter: signInLimiter.retryAfter(client, now) };
  if (typeof password !== "string" || password.length > maximumPasswordLength) return { kind: "wrong" };
  const passed = await gate.run(() => verifyPassword(password, config.passwordHash));
  if (passed === "busy") return { kind: "limited", retryAfter: 5 };
  if (!passed) return { kind: "wrong" };
  return { kind: "ok", session: await startSession(await db(), config.passwordHash, now) };
}

/** Resolves to true when the cookie value names a live session under this configuration's password. */
export async function isSignedIn(
  db: () => Promise<Queryable>,
  config: ReactionsConfig | undefined,
  cookie: string | undefined,
): Promise<boolean> {
  if (!config || !cookie) return false;
  return hasSession(await db(), config.passwordHash, cookie);
}

/** Returns the moderation action a form asked for, or undefined for anything else. */
export function parseAction(value: unknown): ModerationAction | "delete-sender" | undefined {
  return value === "approve" || value === "reject" || value === "delete" || value === "delete-sender"
    ? value
    : undefined;
}
