import { Readable } from "node:stream";
import nodemailer from "nodemailer";
import MailComposer from "nodemailer/lib/mail-composer";
import type { OutgoingMail } from "./column-mail";
import type { NewsletterConfig } from "./config";

export type Mailer = ReturnType<typeof openMailer>;

/**
 * Returns a pooled SMTP connection to the relay in SMTP_URL. The pool never sends a message again on its own
 * (maxRequeues 0): the outbox decides what is retried, so nothing goes out twice behind its back.
 */
export function openMailer(config: Pick<NewsletterConfig, "smtpUrl">, connections = 3) {
  return nodemailer.createTransport({
    pool: true,
    url: config.smtpUrl,
    maxConnections: connections,
    maxMessages: Infinity,
    maxRequeues: 0,
    connectionTimeout: 30_000,
    socketTimeout: 60_000,
  });
}

/** Returns the whole message (headers and both parts) as the relay receives it. */
export function composeMail(from: string, to: string, mail: OutgoingMail, messageId?: string): Promise<Buffer> {
  const composer = new MailComposer({ from, to, messageId, ...mail });
  return composer.compile().build();
}

/**
 * Returns a stream of `message` that waits for `beforeEnd` before it ends. The SMTP client writes the final dot
 * only when its source ends, so whatever `beforeEnd` records is on disk before the relay can accept the mail;
 * when `beforeEnd` resolves false or throws, the stream fails and the relay never gets the dot.
 */
export function endAfter(message: Buffer, beforeEnd: () => Promise<boolean>): Readable {
  let pushed = false;
  return new Readable({
    read() {
      if (!pushed) {
        pushed = true;
        this.push(message);
        return;
      }
      beforeEnd().then(
        (ok) => (ok ? this.push(null) : this.destroy(new Error("this run no longer holds the claim"))),
        (error: unknown) => this.destroy(error instanceof Error ? error : new Error(String(error))),
      );
    },
  });
}

/** How a failed send counts: "permanent" for a 5xx answer (the address or message is refused for good). */
export function classifyFailure(error: unknown): "permanent" | "temporary" {
  const code = typeof error === "object" && error && "responseCode" in error ? Number(error.responseCode) : NaN;
  return code >= 500 && code < 600 ? "permanent" : "temporary";
}
