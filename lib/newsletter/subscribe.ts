import { hashAddress } from "../reactions/limits";
import type { Queryable } from "../reactions/database";
import { checkMailAddress } from "./address";
import type { NewsletterConfig } from "./config";
import { confirmationMail } from "./confirmation-mail";
import type { OutgoingMail } from "./column-mail";
import { claimConfirmationMail, getSubscriberByEmail, releaseConfirmationMail } from "./subscribers";

export interface Subscription {
  form: Record<string, unknown>;
  config: NewsletterConfig;
  /** Sends one mail to one address; throws when the relay refuses it. */
  send: (to: string, mail: OutgoingMail) => Promise<void>;
}

export type SubscribeOutcome =
  | {
      kind: "accepted";
      /** The confirmation mail on its way, if one goes: settles once sent or logged as failed. */ mailed?: Promise<void>;
    }
  | { kind: "refused"; message: string; address: string };

/**
 * Handles the subscribe form (after the route counted the client's attempt with the reaction form's limit):
 * the honeypot, the address, then the database. Mails a confirmation link unless one went to that address in the
 * last 24 hours or it is subscribed already. The reader is told the same in every one of those cases, and as soon:
 * the mail goes out after the answer (`mailed`), so neither the answer nor its time tells whether the address was
 * known, or the relay down. A mail that could not go is logged, and the address may ask again at once.
 */
export async function subscribe(db: Queryable, request: Subscription, now = Date.now()): Promise<SubscribeOutcome> {
  const { form, config } = request;
  if (typeof form.website === "string" && form.website !== "") return { kind: "accepted" };
  const checked = checkMailAddress(form.email);
  if (!checked.ok)
    return { kind: "refused", message: checked.message, address: String(form.email ?? "").slice(0, 254) };
  if ((await getSubscriberByEmail(db, checked.address))?.status === "confirmed") return { kind: "accepted" };
  const addressHash = hashAddress(config.secret, `newsletter\0${checked.address}`);
  if (!(await claimConfirmationMail(db, addressHash, new Date(now)))) return { kind: "accepted" };
  const mailed = request
    .send(checked.address, confirmationMail(config.secret, checked.address, now))
    .catch(async (error: unknown) => {
      await releaseConfirmationMail(db, addressHash).catch((release: unknown) => console.error(String(release)));
      console.error(`newsletter: the confirmation mail could not be sent through SMTP_URL: ${String(error)}`);
    });
  return { kind: "accepted", mailed };
}
