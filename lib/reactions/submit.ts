import type { Queryable } from "./database";
import { AttemptLimiter, checkFormToken, fingerprint, hashAddress } from "./limits";
import { addReaction, countReactionsFrom, hasFingerprint } from "./store";
import { checkReactionFields, type Refusal } from "./validation";

/** Per address: five tries in ten minutes in memory, twenty stored reactions a day in the database. */
export const addressLimits = { attempts: 5, windowMs: 10 * 60_000, perDay: 20 };
/** Addresses are kept (as hashes) this long, for the per-address limits, then erased. */
export const addressRetentionMs = 30 * 24 * 60 * 60_000;

export interface Submission {
  columnSlug: string;
  form: Record<string, unknown>;
  address: string;
  /** The current secret first (it hashes addresses), then previous ones whose form tokens still count. */
  secrets: string[];
}

export type Outcome =
  { kind: "accepted"; id?: string } | { kind: "refused"; refusal: Refusal } | { kind: "limited"; retryAfter: number };

const limiter = new AttemptLimiter(addressLimits.attempts, addressLimits.windowMs);

/**
 * Counts an attempt against the client before its body is read; returns the seconds to wait when it is one too
 * many, else undefined. The route calls it first, so a flood from one client costs no reading and no parsing.
 */
export function takeAttempt(secret: string, address: string, now = Date.now()): number | undefined {
  const addressHash = hashAddress(secret, address);
  return limiter.take(addressHash, now) ? undefined : limiter.retryAfter(addressHash, now);
}

/**
 * Checks a sent reaction form (after `takeAttempt`) and stores it as pending. The order is cheapest first: the
 * honeypot, the signed timestamp and the fields, and only then the database (per-day limit, duplicates).
 */
export async function submitReaction(db: Queryable, submission: Submission, now = Date.now()): Promise<Outcome> {
  const { columnSlug, form, secrets } = submission;
  const addressHash = hashAddress(secrets[0], submission.address);
  // A filled honeypot is a robot: it is told "thank you" and nothing is stored, so it learns nothing.
  if (typeof form.website === "string" && form.website !== "") return { kind: "accepted" };
  const token = checkFormToken(secrets, columnSlug, form.token, now);
  if (token !== "ok") return { kind: "refused", refusal: token };
  const checked = checkReactionFields(form);
  if (!checked.ok) return { kind: "refused", refusal: checked.refusal };
  if ((await countReactionsFrom(db, addressHash, new Date(now - 24 * 60 * 60_000))) >= addressLimits.perDay) {
    return { kind: "limited", retryAfter: 60 * 60 };
  }
  const print = fingerprint(columnSlug, checked.fields.body);
  // A duplicate gets the answer any accepted reaction gets: whether a text is stored already is nobody's business.
  if (await hasFingerprint(db, print)) return { kind: "accepted" };
  const stored = await addReaction(db, { columnSlug, ...checked.fields, addressHash, fingerprint: print });
  return { kind: "accepted", id: stored.id };
}
