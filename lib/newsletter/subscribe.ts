import { AttemptLimiter, hashAddress } from "../reactions/limits";
import type { Queryable } from "../reactions/database";
import { addressLimits } from "../reactions/submit";
import { checkMailAddress } from "./address";
import type { NewsletterConfig } from "./config";
import { confirmationMail } from "./confirmation-mail";
import type { OutgoingMail } from "./column-mail";
import {
  claimConfirmationMail,
  forgetConfirmationMails,
  getSubscriberByEmail,
  releaseConfirmationMail,
} from "./subscribers";

export interface Subscription {
  form: Record<string, unknown>;
  /** The client's address, from the one function every limit uses. */
  client: string;
  config: NewsletterConfig;
  /** Sends one mail to one address; throws when the relay refuses it. */
  send: (to: string, mail: OutgoingMail) => Promise<void>;
}

export type SubscribeOutcome =
  | { kind: "accepted" }
  | { kind: "refused"; message: string; address: string }
  | { kind: "limited"; retryAfter: number }
  | { kind: "unsent" };

// The same limit per client as the reaction form: five tries in ten minutes.
const limiter = new AttemptLimiter(addressLimits.attempts, addressLimits.windowMs);
let lastForgotten = 0;

/**
 * Handles the subscribe form, cheapest check first: the per-client limit, the honeypot, the address. Mails a
 * confirmation link unless one went to that address in the last 24 hours or it is subscribed already; the reader
 * is told the same in every one of those cases, so the form reveals nothing about who subscribes.
 */
export async function subscribe(db: Queryable, request: Subscription, now = Date.now()): Promise<SubscribeOutcome> {
  const { form, config } = request;
  const clientHash = hashAddress(config.secret, request.client);
  if (!limiter.take(clientHash, now)) return { kind: "limited", retryAfter: limiter.retryAfter(clientHash, now) };
  if (typeof form.website === "string" && form.website !== "") return { kind: "accepted" };
  const checked = checkMailAddress(form.email);
  if (!checked.ok)
    return { kind: "refused", message: checked.message, address: String(form.email ?? "").slice(0, 254) };
  if (now - lastForgotten > 60 * 60_000) {
    lastForgotten = now;
    await forgetConfirmationMails(db, new Date(now));
  }
  if ((await getSubscriberByEmail(db, checked.address))?.status === "confirmed") return { kind: "accepted" };
  const addressHash = hashAddress(config.secret, `newsletter\0${checked.address}`);
  if (!(await claimConfirmationMail(db, addressHash, new Date(now)))) return { kind: "accepted" };
  try {
    await request.send(checked.address, confirmationMail(config.secret, checked.address, now));
  } catch (error) {
    await releaseConfirmationMail(db, addressHash);
    console.error(`newsletter: the confirmation mail could not be sent through SMTP_URL: ${String(error)}`);
    return { kind: "unsent" };
  }
  return { kind: "accepted" };
}
