// Following by e-mail through the route handlers and pages, against a real SMTP server, on the embedded database and
// on a PostgreSQL server alike: the confirmation link, no second mail within 24 hours, the same answer for a known
// address, the Dutch error for a typo, the limits, and one-click unsubscribe by POST after which nothing more arrives.
import fs from "node:fs";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { clientAddressHeader, trustClientAddressHeader } from "@/lib/client-address";
import { freePort } from "@/tools/ports";
import { startPostgres } from "./postgres";
import { startSmtpSink, type SmtpSink } from "./smtp-sink";
import { databaseTemplate } from "./helpers";

const dataDir = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? "/tmp"}/column-site-newsletter-routes-${process.pid}`;
  process.env.CONTENT_DIR = `${import.meta.dirname}/fixtures/site`;
  process.env.REACTIONS_DATA_DIR = dir;
  process.env.DATABASE_URL = "";
  process.env.REACTIONS_SECRET = "Zq8LwX1vR4tN7bY2kP9sHc3mJ6dF0gTa";
  process.env.NEWSLETTER_FROM = "Blog <nieuwsbrief@example.nl>";
  process.env.SMTP_URL = "smtp://127.0.0.1:9"; // Replaced by the sink's address before the first mail.
  return dir;
});

const { POST: subscribe } = await import("@/app/(site)/volgen/aanmelden/route");
const { POST: confirm } = await import("@/app/(site)/volgen/bevestigen/ja/route");
const { POST: leave } = await import("@/app/(site)/volgen/afmelden/nu/route");
const { default: ConfirmPage } = await import("@/app/(site)/volgen/bevestigen/page");
const { default: RefusedPage } = await import("@/app/(site)/volgen/geweigerd/page");
const followRoute = await import("@/app/(site)/volgen/page");
const { closeDatabase, getDatabase } = await import("@/lib/reactions/runtime");
const { countConfirmed, getSubscriberByEmail } = await import("@/lib/newsletter/subscribers");
const { confirmationPath } = await import("@/lib/newsletter/links");
const { subscribe: subscribeAddress } = await import("@/lib/newsletter/subscribe");
const { getNewsletterConfig } = await import("@/lib/newsletter/config");
const { queueNewColumns } = await import("@/lib/newsletter/outbox");
const { getAllPosts } = await import("@/lib/content/lookups");

let sink: SmtpSink;
let client = 0;
beforeAll(async () => {
  trustClientAddressHeader();
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
}, 60_000);
afterAll(async () => {
  await sink?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

// Each database in turn as the site's one database (DATABASE_URL or the embedded folder); returns how to stop it.
const backends: [string, () => Promise<() => Promise<void>>][] = [
  [
    "the embedded database (PGlite)",
    async () => {
      fs.cpSync(databaseTemplate, dataDir, { recursive: true });
      process.env.DATABASE_URL = "";
      return async () => {};
    },
  ],
  [
    "a PostgreSQL server",
    async () => {
      const server = await startPostgres();
      process.env.DATABASE_URL = server.url;
      return () => server.stop();
    },
  ],
];

function post(
  handler: (request: Request) => Promise<Response>,
  url: string,
  fields: Record<string, string>,
  from = `198.51.100.${++client}`,
) {
  const headers = { "content-type": "application/x-www-form-urlencoded", [clientAddressHeader]: from };
  return handler(new Request(`http://127.0.0.1${url}`, { method: "POST", headers, body: new URLSearchParams(fields) }));
}

const html = async (element: Promise<React.ReactElement>) => renderToStaticMarkup(await element);
const params = (url: string) => Object.fromEntries(new URL(url, "http://x").searchParams);

describe("the page /volgen", () => {
  it("offers the form while the server can mail, only the feeds when it cannot, and is made again without a build", () => {
    expect(followRoute.revalidate).toBeGreaterThan(0);
    const open = renderToStaticMarkup(followRoute.default());
    expect(open).toContain('action="/volgen/aanmelden"');
    expect(open).toContain("Ontvang nieuwe columns per e-mail");
    expect(open).toContain('href="/feed.xml"');
    // What only the server can do carries the export's mark (the export keeps the feeds): the form and its invitation.
    expect(open).toMatch(/<p data-server-only="">Laat uw e-mailadres achter/);
    expect(open).toMatch(/<form[^>]*data-server-only=""/);
    vi.stubEnv("SMTP_URL", "");
    try {
      const closed = renderToStaticMarkup(followRoute.default());
      expect(closed).not.toContain("<form");
      expect(closed).toContain("De nieuwsbrief is nog niet open");
      expect(closed).toContain('href="/feed.xml"');
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe.each(backends)("following by e-mail on %s", (name, setup) => {
  let stop = async () => {};
  // One client address of its own per database for the limit test: the limit is counted in this process.
  const limited = `203.0.113.${10 + backends.findIndex(([each]) => each === name)}`;
  beforeAll(async () => {
    sink.mails.length = 0;
    stop = await setup();
    await getDatabase(); // Opened and migrated once, before the timed tests: slow on a busy machine.
  }, 240_000);
  afterAll(async () => {
    await closeDatabase();
    await stop();
    process.env.DATABASE_URL = "";
  }, 60_000);

  it("mails a confirmation link, and nothing more for the same address within 24 hours", async () => {
    const first = await post(subscribe, "/volgen/aanmelden", { email: " Lezer@Example.NL " });
    expect([first.status, first.headers.get("location")]).toEqual([303, "/volgen/ontvangen"]);
    const again = await post(subscribe, "/volgen/aanmelden", { email: "lezer@example.nl" });
    expect(again.headers.get("location")).toBe("/volgen/ontvangen");
    // The mail goes out after the answer.
    await vi.waitFor(() => expect(sink.to("lezer@example.nl")).not.toHaveLength(0));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sink.to("lezer@example.nl")).toHaveLength(1);
    const [mail] = sink.to("lezer@example.nl");
    expect(mail.parsed.subject).toBe("Bevestig uw aanmelding bij Blog Peter Bröring");
    expect(mail.parsed.text).toMatch(
      /http:\/\/localhost:3000\/volgen\/bevestigen\?adres=lezer%40example\.nl&tijd=\d+&code=/,
    );
    expect(await countConfirmed(await getDatabase())).toBe(0); // Nothing is kept as a subscriber before the click.
  });

  it("subscribes through the link's page and its button, not by opening the link", async () => {
    const link = /http:\/\/localhost:3000(\/volgen\/bevestigen\?\S+)/.exec(
      sink.to("lezer@example.nl")[0].parsed.text!,
    )![1];
    const page = await html(ConfirmPage({ searchParams: Promise.resolve(params(link)) }));
    expect(page).toContain("Nieuwe columns ontvangen op lezer@example.nl?");
    expect(await countConfirmed(await getDatabase())).toBe(0);
    const response = await post(confirm, "/volgen/bevestigen/ja", params(link));
    expect([response.status, response.headers.get("location")]).toEqual([303, "/volgen/welkom"]);
    expect((await getSubscriberByEmail(await getDatabase(), "lezer@example.nl"))?.status).toBe("confirmed");
  });

  it("records the columns published when the first subscriber confirms as the archive, and mails a later one", async () => {
    const db = await getDatabase();
    const published = getAllPosts().map((post) => post.slug);
    const columns = await db.query<{ column_slug: string; status: string }>(
      "select column_slug, status from newsletter_columns order by column_slug",
    );
    expect(columns).toEqual(["", ...published].sort().map((slug) => ({ column_slug: slug, status: "archive" })));
    // A column published after that, before the first send, is mailed by it.
    expect(await queueNewColumns(db, [...published, "later-gepubliceerd"])).toEqual({
      queued: ["later-gepubliceerd"],
      archived: 0,
    });
  });

  it("sends no mail at all for an address already subscribed: nothing goes after the answer", async () => {
    const config = getNewsletterConfig()!;
    const send = vi.fn(async () => {});
    const known = await subscribeAddress(await getDatabase(), { form: { email: "lezer@example.nl" }, config, send });
    expect(known).toEqual({ kind: "accepted" });
    const fresh = await subscribeAddress(await getDatabase(), { form: { email: "nieuw@example.nl" }, config, send });
    expect(fresh.kind === "accepted" && fresh.mailed).toBeInstanceOf(Promise);
    await (fresh.kind === "accepted" ? fresh.mailed : undefined);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it("gives the same answer for an address already subscribed, and mails it nothing", async () => {
    sink.mails.length = 0;
    const response = await post(subscribe, "/volgen/aanmelden", { email: "lezer@example.nl" });
    expect(response.headers.get("location")).toBe("/volgen/ontvangen");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sink.mails).toEqual([]);
  });

  it("gives the same answer while the relay is down, logs it, and lets the address ask again at once", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${await freePort()}`); // a free port: nothing listens there
    try {
      const response = await post(subscribe, "/volgen/aanmelden", { email: "later@example.nl" });
      expect(response.headers.get("location")).toBe("/volgen/ontvangen");
      await vi.waitFor(() => expect(String(logged.mock.calls.at(-1)?.[0])).toContain("could not be sent"), 15_000);
    } finally {
      vi.unstubAllEnvs();
      logged.mockRestore();
    }
    const again = await post(subscribe, "/volgen/aanmelden", { email: "later@example.nl" });
    expect(again.headers.get("location")).toBe("/volgen/ontvangen");
    await vi.waitFor(() => expect(sink.to("later@example.nl")).toHaveLength(1));
  }, 30_000);

  it("takes a link for 48 hours, and refuses one older or signed by someone else", async () => {
    const secret = process.env.REACTIONS_SECRET!;
    const hoursAgo = (hours: number) => confirmationPath(secret, "oud@example.nl", Date.now() - hours * 60 * 60_000);
    const page = async (link: string) => html(ConfirmPage({ searchParams: Promise.resolve(params(link)) }));
    expect(await page(hoursAgo(47.9))).toContain("Nieuwe columns ontvangen op oud@example.nl?");
    expect(await page(hoursAgo(48.1))).toContain("werkt 48 uur");
    // The button of a page left open past the 48 hours subscribes nobody either.
    const late = await post(confirm, "/volgen/bevestigen/ja", params(hoursAgo(48.1)));
    expect(late.headers.get("location")).toMatch(/^\/volgen\/bevestigen\?/);
    expect(await getSubscriberByEmail(await getDatabase(), "oud@example.nl")).toBeUndefined();
    const forged = confirmationPath("another-secret-that-is-32-chars-long!", "vals@example.nl");
    const response = await post(confirm, "/volgen/bevestigen/ja", params(forged));
    expect(response.headers.get("location")).toMatch(/^\/volgen\/bevestigen\?/);
    expect(await getSubscriberByEmail(await getDatabase(), "vals@example.nl")).toBeUndefined();
  });

  it("says in Dutch what is wrong with naam@gmail,com and offers the address meant", async () => {
    const response = await post(subscribe, "/volgen/aanmelden", { email: "naam@gmail,com" });
    const location = response.headers.get("location")!;
    expect(location).toBe("/volgen/geweigerd?adres=naam%40gmail%2Ccom");
    const page = await html(RefusedPage({ searchParams: Promise.resolve(params(location)) }));
    expect(page).toContain("Er staat een komma in „naam@gmail,com” waar een punt hoort. Bedoelt u naam@gmail.com?");
    expect(page).toContain('value="naam@gmail,com"');
  });

  it("takes five forms from one client in ten minutes, then answers 429 with a Dutch page and Retry-After", async () => {
    const answers = [];
    for (let form = 1; form <= 6; form++) {
      answers.push(await post(subscribe, "/volgen/aanmelden", { email: `vijf${form}@example.nl` }, limited));
    }
    expect(answers.map((answer) => answer.status)).toEqual([303, 303, 303, 303, 303, 429]);
    expect(Number(answers[5].headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await answers[5].text()).toContain("U hebt kort na elkaar veel formulieren verstuurd.");
    // The five taken get their confirmation mail; the sixth gets none.
    await vi.waitFor(() => expect(sink.mails.filter((mail) => mail.to.startsWith("vijf"))).toHaveLength(5));
    expect(sink.to("vijf6@example.nl")).toEqual([]);
  });

  it("stores nothing and mails nothing for a filled honeypot, and refuses a body over 64 KB with 413", async () => {
    sink.mails.length = 0;
    const robot = await post(subscribe, "/volgen/aanmelden", { email: "doel@example.nl", website: "x" });
    expect(robot.headers.get("location")).toBe("/volgen/ontvangen");
    const big = await post(subscribe, "/volgen/aanmelden", { email: "a@example.nl", extra: "a".repeat(70_000) });
    expect(big.status).toBe(413);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sink.mails).toEqual([]);
  });

  it("unsubscribes by a one-click POST to the List-Unsubscribe URL, without cookie or Origin", async () => {
    const { unsubscribeToken } = (await getSubscriberByEmail(await getDatabase(), "lezer@example.nl"))!;
    const request = new Request(`http://127.0.0.1/volgen/afmelden/nu?token=${unsubscribeToken}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    const response = await leave(request);
    expect([response.status, response.headers.get("location")]).toEqual([303, "/volgen/afgemeld"]);
    expect(await getSubscriberByEmail(await getDatabase(), "lezer@example.nl")).toBeUndefined();
  });
});
