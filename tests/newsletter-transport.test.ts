// The newsletter's SMTP pool: SMTP_URL read as documented; a message sent once the relay accepts it; a refusal (of
// the recipient or, at its final dot, of the message) or an unreachable relay thrown with its reason, after which the
// next message goes out on a new connection.
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/tools/ports";
import { classifyFailure, openMailer, parseSmtpUrl, type Mailer } from "@/lib/newsletter/transport";
import { startSmtpSink, type SmtpSink } from "./smtp-sink";

describe("parseSmtpUrl", () => {
  it("reads host, port, TLS and the (escaped) login from SMTP_URL", () => {
    expect(parseSmtpUrl("smtp://nieuws%40blog.nl:ge%3Aheim@mail.example:2525")).toEqual({
      host: "mail.example",
      port: 2525,
      secure: false,
      auth: { user: "nieuws@blog.nl", pass: "ge:heim" },
    });
    expect(parseSmtpUrl("smtps://mail.example")).toMatchObject({ port: 465, secure: true, auth: undefined });
    expect(parseSmtpUrl("smtp://[::1]")).toMatchObject({ host: "::1", port: 587 });
    expect(() => parseSmtpUrl("http://mail.example")).toThrow("SMTP_URL must start with smtp:// or smtps://");
  });
});

describe("openMailer", () => {
  let sink: SmtpSink;
  let mailer: Mailer;
  beforeAll(async () => {
    sink = await startSmtpSink();
    mailer = openMailer({ smtpUrl: sink.url }, 1);
  });
  afterAll(async () => {
    mailer?.close();
    await sink?.stop();
  });

  const message = (subject: string) =>
    Buffer.from(
      `From: nieuwsbrief@example.nl\r\nTo: lezer@example.nl\r\nSubject: ${subject}\r\n\r\n${"tekst\r\n".repeat(20_000)}`,
    );

  it("resolves once the relay accepted a message, throws a refusal with its code, and goes on to the next", async () => {
    const send = (subject: string) =>
      mailer.send({ from: "Blog <nieuwsbrief@example.nl>", to: "lezer@example.nl", message: message(subject) });
    await send("eerste");
    expect(sink.mails.map((mail) => mail.parsed.subject)).toEqual(["eerste"]);
    sink.refuse(() => 452, "message");
    await expect(send("tweede")).rejects.toMatchObject({ responseCode: 452 });
    sink.refuse(() => 550, "recipient");
    await expect(send("derde")).rejects.toMatchObject({ responseCode: 550 });
    sink.refuse(() => 421, "message"); // "closing": the relay ends the connection as it answers
    await expect(send("vijfde")).rejects.toMatchObject({ responseCode: 421 });
    sink.refuse(() => undefined);
    await send("zesde");
    expect(sink.mails.map((mail) => mail.parsed.subject)).toEqual(["eerste", "zesde"]);
  });
});

describe("openMailer against a relay that cannot be reached", () => {
  it("throws the connection's error to every send waiting, and refuses sends once closed", async () => {
    const port = await freePort(); // nothing listens here yet
    const mailer = openMailer({ smtpUrl: `smtp://127.0.0.1:${port}` }, 1);
    const send = () =>
      mailer.send({
        from: "nieuwsbrief@example.nl",
        to: "lezer@example.nl",
        message: Buffer.from("Subject: x\r\n\r\nx\r\n"),
      });
    try {
      const sends = [send(), send(), send()];
      for (const sending of sends) await expect(sending).rejects.toThrow(/ECONNREFUSED/);
    } finally {
      mailer.close();
    }
    await expect(send()).rejects.toThrow("the mailer is closed");
  });
});

describe("classifyFailure", () => {
  it("bounces an address only for a permanent refusal of the recipient", () => {
    const failure = (responseCode: number, command: string) =>
      classifyFailure(Object.assign(new Error("nee"), { responseCode, command }));
    expect(failure(550, "RCPT TO")).toBe("bouncing");
    expect(failure(554, "DATA")).toBe("refused");
    expect(failure(553, "MAIL FROM")).toBe("temporary"); // the sender: a setting to mend, not the reader's address
    expect(failure(535, "AUTH PLAIN")).toBe("temporary");
    expect(failure(451, "RCPT TO")).toBe("temporary");
    expect(classifyFailure(Object.assign(new Error("weg"), { code: "ECONNRESET" }))).toBe("temporary");
    expect(classifyFailure(Object.assign(new Error("te groot"), { code: "EMESSAGE" }))).toBe("refused");
  });
});

describe("openMailer against a relay that refuses the login", () => {
  it("throws the relay's answer and leaves no connection open", async () => {
    const relay = new SMTPServer({
      disabledCommands: ["STARTTLS"],
      allowInsecureAuth: true,
      logger: false,
      closeTimeout: 100,
      onAuth: (_auth, _session, callback) => callback(new Error("Onbekende gebruiker")),
    });
    const port = await freePort();
    await new Promise<void>((resolve) => relay.listen(port, "127.0.0.1", resolve));
    const mailer = openMailer({ smtpUrl: `smtp://nieuws:fout@127.0.0.1:${port}` });
    try {
      await expect(
        mailer.send({
          from: "nieuwsbrief@example.nl",
          to: "lezer@example.nl",
          message: Buffer.from("Subject: x\r\n\r\nx\r\n"),
        }),
      ).rejects.toThrow(/Invalid login|Onbekende gebruiker/);
      const connections = (relay as unknown as { connections: Set<unknown> }).connections;
      for (let tries = 0; connections.size > 0 && tries < 50; tries++) await new Promise((r) => setTimeout(r, 20));
      expect(connections.size).toBe(0);
    } finally {
      mailer.close();
      await new Promise<void>((resolve) => relay.close(() => resolve()));
    }
  });
});
