// A real SMTP server for the newsletter tests (the smtp-server package) on a free port: every mail it accepts is
// parsed with mailparser and kept. `refuse` makes it answer a recipient with an SMTP error, as a relay would.
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { freePort } from "../tools/ports";

export interface ReceivedMail {
  to: string;
  parsed: ParsedMail;
  raw: string;
}

export interface SmtpSink {
  url: string;
  port: number;
  mails: ReceivedMail[];
  /** Answers RCPT TO for an address with `code` (e.g. 451 or 550) while the function returns a code. */
  refuse: (rule: (address: string) => number | undefined) => void;
  /** Mails received for one address. */
  to: (address: string) => ReceivedMail[];
  stop(): Promise<void>;
}

/** Starts a sink; `url` is the SMTP_URL that sends to it. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const mails: ReceivedMail[] = [];
  let rule: (address: string) => number | undefined = () => undefined;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    // On stop, a sender's pooled connection still open is closed at once, not after the default 30 s.
    closeTimeout: 100,
    onRcptTo(address, _session, callback) {
      const code = rule(address.address);
      if (!code) return callback();
      const error = Object.assign(new Error(`${code} refused for the test`), { responseCode: code });
      callback(error);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        simpleParser(raw).then((parsed) => {
          for (const to of session.envelope.rcptTo) mails.push({ to: to.address, parsed, raw });
          callback();
        }, callback);
      });
    },
  });
  // The durability tests kill the sending process mid-mail on purpose: its connection resets, which is no failure.
  server.on("error", (error: Error & { code?: string }) => {
    if (error.code !== "ECONNRESET") throw error;
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    mails,
    refuse: (next) => (rule = next),
    to: (address) => mails.filter((mail) => mail.to === address),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
