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
      throw error;
    });
  }

  function take(): Promise<Lane> {
    for (let lane = idle.pop(); lane; lane = idle.pop()) {
      if (!lane.broken) return Promise.resolve(lane);
      discard(lane); // the relay closed it while it was idle
    }
    if (open < connections) return openOne();
    return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
  }

  function give(lane: Lane) {
    if (closed || lane.broken) {
      discard(lane);
      const next = closed ? undefined : waiting.shift();
      if (next) openOne().then(next.resolve, next.reject);
      return;
    }
    const next = waiting.shift();
    if (next) next.resolve(lane);
    else idle.push(lane);
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
      for (const lane of idle.splice(0)) lane.connection.quit();
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
    await new Promise<void>((resolve, reject) => connection.connect((error) => (error ? reject(error) : resolve())));
    if (relay.auth) {
      await new Promise<void>((resolve, reject) =>
        connection.login(relay.auth!, (error) => (error ? reject(error) : resolve())),
      );
    }
  } catch (error) {
    connection.close(); // a relay that does not greet or refuses the login leaves no socket open
    throw error;
  }
  return lane;

  // Any refusal or failure closes this connection and the next message opens a new one: after a refused message the
  // relay may close it anyway (421) or not answer the RSET that would reuse it, and a refusal is rare.
  function send({ from, to, message }: Outgoing): Promise<void> {
    return new Promise((resolve, reject) =>
      connection.send({ from: bareAddress(from), to: [bareAddress(to)] }, message, (error) => {
        if (!error) return resolve();
        lane.broken = true;
        reject(error);
      }),
    );
  }
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
 * it refuses this message for good (5xx at DATA or its final dot: too large, taken for spam), else "temporary" (4xx,
 * a lost connection, or a 5xx to the sender or the login, which only the SMTP settings can mend).
 */
export function classifyFailure(error: unknown): "bouncing" | "refused" | "temporary" {
  const { responseCode, command } = (typeof error === "object" && error ? error : {}) as {
    responseCode?: number;
    command?: string;
  };
  if (!responseCode || responseCode < 500 || responseCode >= 600) return "temporary";
  return command === "RCPT TO" ? "bouncing" : command === "DATA" ? "refused" : "temporary";
}
