import addressparser from "nodemailer/lib/addressparser";
import MailComposer from "nodemailer/lib/mail-composer";
import SMTPConnection from "nodemailer/lib/smtp-connection";
import type { OutgoingMail } from "./column-mail";
import type { NewsletterConfig } from "./config";

/** One message for the relay: who it is from and for, and the whole message. */
export interface Outgoing {
  from: string;
  to: string;
  message: Buffer;
}

export interface Mailer {
  /**
   * Sends one message and resolves once the relay has accepted it (its answer to the final dot); throws with the
   * relay's answer (`responseCode`) when it is refused, at any step.
   */
  send(outgoing: Outgoing): Promise<void>;
  close(): void;
}

/**
 * Returns a pool of up to `connections` SMTP connections to the relay in SMTP_URL, opened when first needed and
 * kept for the next message, each carrying one message at a time. Nothing is ever sent again on its own: the
 * outbox decides what is retried.
 */
export function openMailer(config: Pick<NewsletterConfig, "smtpUrl">, connections = 3): Mailer {
  const relay = parseSmtpUrl(config.smtpUrl);
  const idle: Lane[] = [];
  const waiting: { resolve: (lane: Lane) => void; reject: (error: unknown) => void }[] = [];
  let open = 0;
  let closed = false;

  function discard(lane: Lane) {
    lane.connection.close();
    open -= 1;
  }

  function openOne(): Promise<Lane> {
    open += 1;
    return openLane(relay).catch((error: unknown) => {
      open -= 1;
      queueMicrotask(serveWaiting); // there is room for another try
      throw error;
    });
  }

  // Gives the waiting sends what there is: an idle connection, or a new one while there is room. A connection that
  // cannot be opened fails the send it was for; a closed mailer fails them all.
  function serveWaiting() {
    while (waiting.length > 0) {
      const lane = idle.pop();
      if (lane?.broken) discard(lane);
      else if (lane) waiting.shift()!.resolve(lane);
      else if (closed) waiting.shift()!.reject(new Error("the mailer is closed"));
      else if (open < connections) {
        const waiter = waiting.shift()!;
        openOne().then(waiter.resolve, waiter.reject);
      } else return;
    }
  }

  function take(): Promise<Lane> {
    return new Promise((resolve, reject) => {
      waiting.push({ resolve, reject });
      serveWaiting();
    });
  }

  function give(lane: Lane) {
    if (closed || lane.broken) discard(lane);
    else idle.push(lane);
    serveWaiting();
  }

  return {
    async send(outgoing) {
      const lane = await take();
      try {
        await lane.send(outgoing);
      } finally {
        give(lane);
      }
    },
    close() {
      closed = true;
      for (const lane of idle.splice(0)) {
        lane.connection.quit();
        open -= 1;
      }
      serveWaiting();
    },
  };
}

interface Relay {
  host: string;
  port: number;
  secure: boolean;
  auth?: { user: string; pass: string };
}

/** Reads `smtp://user:password@host:587` or `smtps://…:465`. */
export function parseSmtpUrl(value: string): Relay {
  const url = new URL(value);
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") {
    throw new Error(`SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}//`);
  }
  const secure = url.protocol === "smtps:";
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, "$1"),
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
  };
}

interface Lane {
  connection: SMTPConnection;
  broken: boolean;
  send(outgoing: Outgoing): Promise<void>;
}

// One connection, greeted and logged in.
async function openLane(relay: Relay): Promise<Lane> {
  const connection = new SMTPConnection({
    host: relay.host,
    port: relay.port,
    secure: relay.secure,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  const lane: Lane = { connection, broken: false, send };
  connection.on("error", () => (lane.broken = true));
  connection.on("end", () => (lane.broken = true));
  try {
    await step(connection, (done) => connection.connect(done));
    if (relay.auth) await step(connection, (done) => connection.login(relay.auth!, done));
  } catch (error) {
    connection.close(); // a relay that does not greet or refuses the login leaves no socket open
    throw error;
  }
  return lane;

  // Any refusal or failure closes this connection and the next message opens a new one: after a refused message the
  // relay may close it anyway (421) or not answer the RSET that would reuse it, and a refusal is rare.
  function send({ from, to, message }: Outgoing): Promise<void> {
    return step(connection, (done) =>
      connection.send({ from: bareAddress(from), to: [bareAddress(to)] }, message, (error) => {
        if (error) lane.broken = true;
        done(error);
      }),
    );
  }
}

// Runs one step of the dialogue until its callback, or until the connection fails: nodemailer reports some failures
// (a refused or lost connection, a relay that never greets) only as an "error" or "end" event.
function step(connection: SMTPConnection, start: (done: (error?: Error | null) => void) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (error?: Error) => {
      stop();
      reject(error ?? new Error("the SMTP relay closed the connection"));
    };
    const ended = () => fail();
    const stop = () => {
      connection.off("error", fail);
      connection.off("end", ended);
    };
    connection.once("error", fail);
    connection.once("end", ended);
    start((error) => {
      stop();
      if (error) reject(error);
      else resolve();
    });
  });
}

// "Blog <nieuwsbrief@example.nl>" is nieuwsbrief@example.nl on the envelope.
function bareAddress(address: string): string {
  const [first] = addressparser(address, { flatten: true });
  return first?.address || address;
}

/** Returns the whole message (headers and both parts) as the relay receives it. */
export function composeMail(from: string, to: string, mail: OutgoingMail, messageId?: string): Promise<Buffer> {
  const composer = new MailComposer({ from, to, messageId, ...mail });
  return composer.compile().build();
}

/**
 * How a failed send counts: "bouncing" when the relay refuses the address for good (5xx to RCPT TO), "refused" when
 * it refuses this message for good (5xx at DATA or its final dot, or larger than its SIZE: too large, taken for
 * spam), else "temporary" (4xx, a lost connection, or a 5xx to the sender or the login, which only the SMTP settings
 * can mend).
 */
export function classifyFailure(error: unknown): "bouncing" | "refused" | "temporary" {
  const { responseCode, command, code } = (typeof error === "object" && error ? error : {}) as {
    responseCode?: number;
    command?: string;
    code?: string;
  };
  if (!responseCode && code === "EMESSAGE") return "refused"; // refused before it left: larger than SIZE allows
  if (!responseCode || responseCode < 500 || responseCode >= 600) return "temporary";
  return command === "RCPT TO" ? "bouncing" : command === "DATA" ? "refused" : "temporary";
}
