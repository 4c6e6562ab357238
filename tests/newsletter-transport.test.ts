// The newsletter's SMTP pool: SMTP_URL read as documented, and a message's final dot held back until its `record`
// releases it: one that never does never reaches the relay, while the pool goes on to the next message.
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/tools/ports";
import { openMailer, parseSmtpUrl, SentUnrecorded, type Mailer } from "@/lib/newsletter/transport";
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

  it("holds the final dot until record releases it, and drops the mail when it never does", async () => {
    const order: string[] = [];
    await mailer.send({
      from: "Blog <nieuwsbrief@example.nl>",
      to: "lezer@example.nl",
      message: message("eerste"),
      record: async (release) => {
        order.push(`record, ${sink.mails.length} received`);
        await new Promise((resolve) => setTimeout(resolve, 100));
        order.push(`100 ms later, ${sink.mails.length} received`);
        await release();
      },
    });
    expect(order).toEqual(["record, 0 received", "100 ms later, 0 received"]);
    expect(sink.mails).toHaveLength(1);
    await expect(
      mailer.send({
        from: "nieuwsbrief@example.nl",
        to: "lezer@example.nl",
        message: message("tweede"),
        record: async () => {},
      }),
    ).rejects.toThrow("this run no longer holds the claim");
    await mailer.send({ from: "nieuwsbrief@example.nl", to: "lezer@example.nl", message: message("derde") });
    expect(sink.mails.map((mail) => [mail.to, mail.parsed.subject])).toEqual([
      ["lezer@example.nl", "eerste"],
      ["lezer@example.nl", "derde"],
    ]);
  });

  it("says so when the record fails after it released the dot: the relay has that mail", async () => {
    const sending = mailer.send({
      from: "nieuwsbrief@example.nl",
      to: "lezer@example.nl",
      message: message("vierde"),
      record: async (release) => {
        await release();
        throw new Error("de database is weg");
      },
    });
    await expect(sending).rejects.toThrow(SentUnrecorded);
    await expect(sending).rejects.toThrow("de database is weg");
    expect(sink.mails.at(-1)?.parsed.subject).toBe("vierde");
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
