// A real SMTP server for the newsletter tests (the smtp-server package) on a free port: every mail it accepts is
// parsed with mailparser and kept. `refuse` makes it answer a recipient, or a whole message at its final dot, with an
// SMTP error, as a relay would; `beforeAnswer` holds its answers while a test does something at that moment.
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { freePort } from "../tools/ports";

export interface ReceivedMail {
  to: string;
  parsed: ParsedMail;
  raw: string;
}

/** A moment a relay answers: a recipient (RCPT TO), or a whole message (its final dot). */
export type RelayStep = "recipient" | "message";

export interface SmtpSink {
  url: string;
  port: number;
  mails: ReceivedMail[];
  /** Answers a recipient, or a message to it, with `code` (e.g. 451 or 550) while the function returns a code. */
  refuse: (rule: (address: string) => number | undefined, at?: RelayStep) => void;
  /**
   * Runs `hook` at the next `step` (a received message is kept first), and answers nothing, on any connection, until
   * it has finished.
   */
  beforeAnswer: (step: RelayStep, hook: () => Promise<void>) => void;
  /** Resolves once no connection is open and every message received is kept (after a sender was killed, say). */
  idle: () => Promise<void>;
  /** Mails received for one address. */
  to: (address: string) => ReceivedMail[];
  stop(): Promise<void>;
}

/** Starts a sink; `url` is the SMTP_URL that sends to it. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const mails: ReceivedMail[] = [];
  let refusal: { rule: (address: string) => number | undefined; at: RelayStep } = {
    rule: () => undefined,
    at: "recipient",
  };
  let hook: { step: RelayStep; run: () => Promise<void> } | undefined;
  let answers = Promise.resolve();
  let open = 0;
  const keeping = new Set<Promise<void>>();

  // Runs the hook for this step (once), or waits for one running.
  async function gate(step: RelayStep): Promise<void> {
    if (hook?.step === step) {
      const { run } = hook;
      hook = undefined;
      answers = run().catch(() => {}); // a failed hook fails its test, not every later answer
    }
    await answers;
  }

  function refusalFor(step: RelayStep, address: string): Error | undefined {
    const code = refusal.at === step ? refusal.rule(address) : undefined;
    return code ? Object.assign(new Error(`${code} refused for the test`), { responseCode: code }) : undefined;
  }

  // Keeps a whole message (unless refused), then answers it once no hook holds the answers.
  async function keep(to: string[], chunks: Buffer[], callback: (error?: Error | null) => void): Promise<void> {
    try {
      const raw = Buffer.concat(chunks).toString("utf8");
      const refused = refusalFor("message", to[0] ?? "");
      const parsed = await simpleParser(raw);
      if (!refused) for (const address of to) mails.push({ to: address, parsed, raw });
      await gate("message");
      callback(refused);
    } catch (error) {
      callback(error as Error);
    }
  }

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    // On stop, a sender's pooled connection still open is closed at once, not after the default 30 s.
    closeTimeout: 100,
    onConnect(_session, callback) {
      open += 1;
      callback();
    },
    onClose() {
      open -= 1;
    },
    onRcptTo(address, _session, callback) {
      gate("recipient").then(() => callback(refusalFor("recipient", address.address)), callback);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const kept = keep(
          session.envelope.rcptTo.map((recipient) => recipient.address),
          chunks,
          callback,
        );
        keeping.add(kept);
        void kept.finally(() => keeping.delete(kept));
      });
    },
  });
  // The durability tests kill the sending process mid-mail on purpose: its connection resets (or an answer meets a
  // closed socket), which is no failure.
  server.on("error", (error: Error & { code?: string }) => {
    if (error.code !== "ECONNRESET" && error.code !== "EPIPE") throw error;
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    mails,
    refuse: (rule, at = "recipient") => (refusal = { rule, at }),
    beforeAnswer: (step, run) => (hook = { step, run }),
    async idle() {
      for (let tries = 0; open > 0 || keeping.size > 0; tries++) {
        if (tries === 500) throw new Error("the SMTP sink still has a connection open after 10 s");
        await Promise.all(keeping);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    to: (address) => mails.filter((mail) => mail.to === address),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
