import crypto from "node:crypto";
import { sign, verify } from "./signing";

/** A form sent sooner than this after its page was made is a machine's. */
export const minimumFormAge = 3_000;

/**
 * A form older than this is refused: a scraped token works for two days at most. Column pages regenerate within
 * seconds of a visit, and never serve a page older than a day (`expireTime` in next.config.ts), so a reader who
 * writes for a day still sends a token younger than this.
 */
export const maximumFormAge = 2 * 24 * 60 * 60_000;

/** Returns the signed timestamp for a column's form: when it was made, bound to the column. */
export function makeFormToken(secret: string, columnSlug: string, now = Date.now()): string {
  return `${now}.${sign(secret, "form", `${columnSlug}\0${now}`)}`;
}

/**
 * Returns "ok", "te-snel" when the form came back too soon, or "formulier" when the token is missing, forged or
 * older than `maximumFormAge`. `secrets`: the current one first, then any previous one still accepted.
 */
export function checkFormToken(
  secrets: string | string[],
  columnSlug: string,
  token: unknown,
  now = Date.now(),
): "ok" | "te-snel" | "formulier" {
  if (typeof token !== "string") return "formulier";
  const [time, signature] = token.split(".");
  if (!time || !signature) return "formulier";
  const signed = [secrets].flat().some((secret) => verify(secret, "form", `${columnSlug}\0${time}`, signature));
  const age = now - Number(time);
  if (!signed || !(age < maximumFormAge)) return "formulier";
  return age < minimumFormAge ? "te-snel" : "ok";
}

/** Returns the salted hash the database keeps instead of an address: the address cannot be read back from it. */
export function hashAddress(secret: string, address: string): string {
  return sign(secret, "address", address).slice(0, 32);
}

/** Returns a duplicate fingerprint: the same text under the same column, whatever its case and spacing. */
export function fingerprint(columnSlug: string, body: string): string {
  const text = body.toLowerCase().replace(/\s+/g, " ").trim();
  return crypto.createHash("sha256").update(`${columnSlug}\0${text}`).digest("base64url").slice(0, 32);
}

/**
 * Counts attempts per key in memory over a sliding window, so a burst is refused before it reaches the database.
 * One per process: with several instances, the database's per-address count is the shared limit.
 */
export class AttemptLimiter {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  /** Records an attempt for `key` and returns true when it is within the limit. */
  take(key: string, now = Date.now()): boolean {
    const recent = (this.attempts.get(key) ?? []).filter((time) => now - time < this.windowMs);
    recent.push(now);
    this.attempts.set(key, recent);
    if (this.attempts.size > 10_000) this.forgetOld(now);
    return recent.length <= this.max;
  }

  /** Returns the seconds until `key` may try again (at least 1). */
  retryAfter(key: string, now = Date.now()): number {
    const recent = this.attempts.get(key) ?? [];
    const oldest = recent[Math.max(0, recent.length - this.max)] ?? now;
    return Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000));
  }

  private forgetOld(now: number): void {
    for (const [key, times] of this.attempts) {
      if (times.every((time) => now - time >= this.windowMs)) this.attempts.delete(key);
    }
  }
}
