import net from "node:net";
import { Readable } from "node:stream";
import { setImmediate as nextTurn } from "node:timers/promises";
import addressparser from "nodemailer/lib/addressparser";
import MailComposer from "nodemailer/lib/mail-composer";
import SMTPConnection from "nodemailer/lib/smtp-connection";
import type { OutgoingMail } from "./column-mail";
import type { NewsletterConfig } from "./config";

/** One message for the relay: who it is from and for, the whole message, and what to record before its end. */
export interface Outgoing {
  from: string;
  to: string;
  message: Buffer;
  /**
   * Records the mail as sent. Runs once every byte but the final dot has left this process, with `release`, which
   * hands the dot to the kernel (the relay accepts the mail at its dot) and settles once the kernel has it: commit
   * the record after that, so that a process killed at any moment never leaves a mail recorded that the relay did
   * not get. When `record` settles without having called `release`, the relay never gets the dot, and the send
   * fails.
   */
  record?: (release: () => Promise<void>) => Promise<unknown>;
}

export interface Mailer {
  /** Sends one message; throws with the relay's answer (`responseCode`) when it is refused. */
  send(outgoing: Outgoing): Promise<void>;
  close(): void;
}

/**
 * Returns a pool of up to `connections` SMTP connections to the relay in SMTP_URL, opened when first needed and
 * kept for the next message. Each connection carries one message at a time, on a socket opened here, so a
 * message's final dot can wait at its own socket (see `record`). Nothing is ever sent again on its own: the
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

// One connection, greeted and logged in, on a socket of our own (nodemailer still does STARTTLS or TLS on it).
async function openLane(relay: Relay): Promise<Lane> {
  const socket = await connectSocket(relay);
  const connection = new SMTPConnection({
    connection: socket,
    secure: relay.secure,
    host: relay.host,
    port: relay.port,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
    // Closing destroys the socket: ending it would first send a final dot still held back (see holdDot).
    socketCloseTimeout: 0,
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

  function send({ from, to, message, record }: Outgoing): Promise<void> {
    const held = record && holdDot(message, wire(connection), record);
    return new Promise((resolve, reject) =>
      connection.send({ from: bareAddress(from), to: [bareAddress(to)] }, held ? held.stream : message, (error) => {
        if (!error) return held ? held.recorded.then(resolve, reject) : resolve();
        if (error.code !== "EENVELOPE") {
          lane.broken = true; // the connection may be anywhere in the dialogue: open a new one
          return reject(error);
        }
        // A refused sender or recipient leaves the transaction open: RSET ends it, and the connection is reused.
        connection.reset((resetError) => {
          if (resetError) lane.broken = true;
          reject(error);
        });
      }),
    );
  }
}

// "Blog <nieuwsbrief@example.nl>" is nieuwsbrief@example.nl on the envelope.
function bareAddress(address: string): string {
  const [first] = addressparser(address, { flatten: true });
  return first?.address || address;
}

function connectSocket(relay: Relay): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: relay.host, port: relay.port });
    socket.setTimeout(30_000, () =>
      socket.destroy(new Error(`the SMTP relay ${relay.host}:${relay.port} did not answer`)),
    );
    socket.once("error", reject);
    socket.once("connect", () => {
      socket.setTimeout(0);
      socket.off("error", reject);
      resolve(socket);
    });
  });
}

// The socket the connection writes to: ours, or the TLS socket on top of it after STARTTLS.
function wire(connection: SMTPConnection): net.Socket {
  return (connection as unknown as { _socket: net.Socket })._socket;
}

// Waits until the socket holds no bytes not yet given to the kernel (which sends them even if this process dies).
async function written(socket: net.Socket): Promise<void> {
  for (;;) {
    await nextTurn(); // lets the streams in front of the socket pass on what they hold
    if (socket.writableLength === 0 || socket.destroyed) return;
    await new Promise((resolve) => socket.once("drain", resolve).once("close", resolve));
  }
}

// Waits until the (corked) socket holds the bytes the connection wrote after the message: the final dot.
async function holding(socket: net.Socket): Promise<void> {
  for (let turns = 0; socket.writableLength === 0; turns++) {
    if (socket.destroyed || turns === 100) throw new Error("the SMTP connection did not write the final dot");
    await nextTurn();
  }
}

/** Returns the whole message (headers and both parts) as the relay receives it. */
export function composeMail(from: string, to: string, mail: OutgoingMail, messageId?: string): Promise<Buffer> {
  const composer = new MailComposer({ from, to, messageId, ...mail });
  return composer.compile().build();
}

/** The relay accepted a mail whose record failed after it had released the final dot. */
export class SentUnrecorded extends Error {
  constructor(cause: unknown) {
    super(`the relay has the mail, but recording it failed: ${cause}`, { cause });
  }
}

/**
 * Returns a stream of `message` for the connection to send to `socket`. Once the message has left this process
 * (`written`), the stream ends with the socket corked, so the final dot the connection then writes waits in the
 * socket; `record` gets the function that uncorks it. When `record` settles without calling it, the socket is
 * destroyed with the dot still in it: the relay never accepts the mail, and the connection's send fails.
 * `recorded` settles with `record`, and fails with SentUnrecorded when `record` failed after the release.
 */
export function holdDot(
  message: Buffer,
  socket: net.Socket,
  record: (release: () => Promise<void>) => Promise<unknown>,
): { stream: Readable; recorded: Promise<void> } {
  let pushed = false;
  let released = false;
  const release = () => {
    if (!released) socket.uncork();
    released = true;
    return written(socket);
  };
  let settle: { resolve: () => void; reject: (error: unknown) => void };
  const recorded = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  recorded.catch(() => {}); // the send may fail before anyone waits for it
  const drop = (error: unknown) => {
    if (released) return settle.reject(new SentUnrecorded(error));
    socket.destroy(error instanceof Error ? error : new Error(String(error)));
    settle.reject(error);
  };
  const stream = new Readable({
    read() {
      if (!pushed) {
        pushed = true;
        this.push(message);
        return;
      }
      written(socket)
        .then(() => {
          socket.cork();
          this.push(null);
          return holding(socket);
        })
        .then(() => record(release))
        .then(() => (released ? settle.resolve() : drop(new Error("this run no longer holds the claim"))), drop);
    },
  });
  return { stream, recorded };
}

/** How a failed send counts: "permanent" for a 5xx answer (the address or message is refused for good). */
export function classifyFailure(error: unknown): "permanent" | "temporary" {
  const code = typeof error === "object" && error && "responseCode" in error ? Number(error.responseCode) : NaN;
  return code >= 500 && code < 600 ? "permanent" : "temporary";
}
