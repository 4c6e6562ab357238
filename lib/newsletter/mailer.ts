import type { OutgoingMail } from "./column-mail";
import type { NewsletterConfig } from "./config";
import { composeMail, openMailer, type Mailer } from "./transport";

// One pooled connection per server process, kept on globalThis because Next bundles each route on its own.
const key = Symbol.for("column-site.newsletter.mailer");
const shared = globalThis as typeof globalThis & { [key]?: { url: string; mailer: Mailer } };

/** Returns this process's connection to the relay, opened on first use (and again when SMTP_URL changed). */
export function getMailer(config: NewsletterConfig): Mailer {
  if (shared[key]?.url !== config.smtpUrl) {
    shared[key]?.mailer.close();
    shared[key] = { url: config.smtpUrl, mailer: openMailer(config, 1) };
  }
  return shared[key].mailer;
}

/** Sends one mail to one address through `mailer`; throws with the relay's answer when it is refused. */
export async function sendOne(mailer: Mailer, from: string, to: string, mail: OutgoingMail): Promise<void> {
  await mailer.send({ from, to, message: await composeMail(from, to, mail) });
}
