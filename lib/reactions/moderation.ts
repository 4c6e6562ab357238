import { checkSession, makeSession, verifyPassword } from "./auth";
import type { ReactionsConfig } from "./config";
import { AttemptLimiter } from "./limits";
import type { ModerationAction } from "./store";

/** Sign-in attempts per address: five in fifteen minutes. scrypt makes each guess cost about 50 ms besides. */
const signInLimiter = new AttemptLimiter(5, 15 * 60_000);

export type SignIn = { kind: "ok"; session: string } | { kind: "wrong" } | { kind: "limited"; retryAfter: number };

/** Checks the editor's password, counting the attempt against the address; returns a session on success. */
export function signIn(config: ReactionsConfig, password: unknown, address: string, now = Date.now()): SignIn {
  if (!signInLimiter.take(address, now)) return { kind: "limited", retryAfter: signInLimiter.retryAfter(address, now) };
  if (typeof password !== "string" || !verifyPassword(password, config.passwordHash)) return { kind: "wrong" };
  return { kind: "ok", session: makeSession(config.secret, config.passwordHash, now) };
}

/** Returns true when the cookie value is a valid session for this configuration. */
export function isSignedIn(config: ReactionsConfig | undefined, cookie: string | undefined): boolean {
  return Boolean(config && checkSession(config.secret, config.passwordHash, cookie));
}

/** Returns the moderation action a form asked for, or undefined for anything else. */
export function parseAction(value: unknown): ModerationAction | undefined {
  return value === "approve" || value === "reject" || value === "delete" ? value : undefined;
}
