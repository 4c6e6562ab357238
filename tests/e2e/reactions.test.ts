// Reactions in Chromium with JavaScript off: a reader sends one, the editor signs in and approves it, and the
// column shows it without a rebuild. Then what a hostile page or a robot might try. Against out/: no form at all.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { minimumFormAge } from "../../lib/reactions/limits";
import { axeViolations } from "./axe";
import { launchBrowser } from "./browser";
import { testPassword } from "./reactions-env";
import { saveScreenshot } from "./screenshots";

const baseUrl = inject("baseUrl");
const target = inject("target");
const column = "/blog/ik-doe-wat-ik-doe";
const run = `${Date.now()}`;
const name = `Lezer ${run} <b>vet</b>`;
const body = `Een reactie ${run}: <script>alert("x")</script> & '); drop table reactions; --\n\nTweede alinea, https://voorbeeld.example`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function expectAccessible(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

/** Sends the reaction form as a non-browser client would, with a fresh token taken from the column. */
async function postForm(fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
  const html = await (await fetch(baseUrl + column)).text();
  const token = /name="token" value="([^"]+)"/.exec(html)?.[1] ?? "";
  const form = new URLSearchParams({ column: "ik-doe-wat-ik-doe", token, name: "Robot", body: "x", ...fields });
  return fetch(`${baseUrl}/reactie`, { method: "POST", body: form, headers, redirect: "manual" });
}

describe.runIf(target === "server")("reactions on the server, with JavaScript off", () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseUrl });
    page = await context.newPage();
    // The server opens its database on the first request that needs it (a few seconds when PGlite starts on a
    // busy machine): open it here, so the steps below measure the pages and not that start.
    const signIn = await fetch(`${baseUrl}/beheer/aanmelden`, {
      method: "POST",
      body: new URLSearchParams({ password: testPassword }),
      redirect: "manual",
    });
    const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0];
    expect((await fetch(`${baseUrl}/beheer`, { headers: { cookie } })).status).toBe(200);
  }, 120_000);
  afterAll(async () => context?.close());

  it("sends a reaction and lands on a Dutch page saying it waits for approval", async () => {
    await page.goto(column);
    // As a reader, not a bot: the form refuses a reaction sent sooner than this after the page was made, and a column
    // the tests before just visited may have been made again a moment ago (it is revalidated every 2 s).
    await page.waitForTimeout(minimumFormAge);
    await page.getByLabel("Naam").fill(name);
    await page.getByLabel(/^E-mail/).fill("lezer@voorbeeld.nl");
    await page.getByRole("textbox", { name: /^Reactie/ }).fill(body);
    await page.getByRole("button", { name: "Verstuur reactie" }).click();
    await page.waitForURL(/\/reactie\/ontvangen\?column=ik-doe-wat-ik-doe$/);
    expect(await page.locator("h1").textContent()).toBe("Dank u wel voor uw reactie");
    expect(await page.locator("main").innerText()).toContain("wacht op goedkeuring");
    await page.getByRole("link", { name: /Terug naar/ }).click();
    await page.waitForURL(`${baseUrl}${column}#reacties`);
    expect(
      await page
        .locator(".reaction-list")
        .innerText()
        .catch(() => ""),
    ).not.toContain(run);
  });

  it("refuses a wrong password, signs in with the right one, and keeps the session cookie HttpOnly and Strict", async () => {
    await page.goto("/beheer");
    await page.getByLabel("Wachtwoord").fill("fout-wachtwoord");
    await page.getByRole("button", { name: "Aanmelden" }).click();
    expect(await page.getByRole("alert").textContent()).toBe("Dat wachtwoord klopt niet.");
    await page.getByLabel("Wachtwoord").fill(testPassword);
    await page.getByRole("button", { name: "Aanmelden" }).click();
    await page.getByRole("heading", { name: /Wachten op goedkeuring/ }).waitFor();
    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({ name: "beheer_sessie", httpOnly: true, sameSite: "Strict", path: "/beheer" });
    const robots = await page.locator('meta[name="robots"]').getAttribute("content");
    expect(robots).toContain("noindex");
    // Its own plain frame: a way back to the site, none of the readers' menu, search or feeds.
    expect(await page.locator("header").first().innerText()).toMatch(/^Beheer · .+\s+Naar de site$/);
    expect(await page.locator("input[type=search], footer, nav[aria-label=Hoofdmenu]").count()).toBe(0);
  });

  it("shows the pending reaction as text with its column, and approves it", async () => {
    const item = page.locator(".moderation li", { hasText: run });
    expect(await item.innerText()).toContain(name);
    expect(await item.innerText()).toContain("lezer@voorbeeld.nl");
    expect(await item.innerText()).toContain("Ik doe wat ik doe");
    await item.getByRole("button", { name: "Goedkeuren" }).click();
    expect(await page.getByRole("status").textContent()).toContain("goedgekeurd");
  });

  it("shows it on the column without a rebuild, as text, with JSON-LD", async () => {
    await page.goto(column);
    const item = page.locator(".reaction-list li", { hasText: run });
    expect(await item.locator(".reaction-name").textContent()).toBe(name);
    expect(await item.innerText()).toContain(`<script>alert("x")</script> & '); drop table reactions; --`);
    expect(await item.locator("p").count()).toBe(3);
    expect(await item.locator("a, script, b").count()).toBe(0);
    expect(await page.locator("main").innerText()).not.toContain("lezer@voorbeeld.nl");
    const jsonLd = await page.locator('script[type="application/ld+json"]').first().textContent();
    const posting = JSON.parse(jsonLd ?? "{}");
    expect(posting.commentCount).toBeGreaterThanOrEqual(1);
    expect(posting.comment.map((c: { author: { name: string } }) => c.author.name)).toContain(name);
  });

  it("has no axe violations on the answer pages and the sign-in form (axe needs JavaScript)", async () => {
    const view = await (await browser.newContext({ baseURL: baseUrl })).newPage();
    for (const url of ["/beheer", "/reactie/ontvangen?column=ik-doe-wat-ik-doe", "/reactie/geweigerd?reden=links"]) {
      await view.goto(url);
      await expectAccessible(view);
    }
    await view.context().close();
  });

  it("has no axe violations on the column with its reactions and on /beheer, phone and desktop, light and dark", async () => {
    // One signed-in tab, each page looked at in every width and scheme in turn (as in tests/e2e/gate.test.ts).
    const signedIn = await browser.newContext({ baseURL: baseUrl });
    try {
      await signedIn.addCookies(await context.cookies());
      const view = await signedIn.newPage();
      for (const [shot, url] of [
        ["column", `${column}#reacties`],
        ["beheer", "/beheer"],
      ]) {
        await view.goto(url);
        for (const colorScheme of ["light", "dark"] as const) {
          for (const width of [375, 1280]) {
            await view.setViewportSize({ width, height: 900 });
            await view.emulateMedia({ colorScheme });
            await expectAccessible(view);
            await saveScreenshot(view, `reactions-${shot}-${width}-${colorScheme}.png`);
          }
        }
      }
    } finally {
      await signedIn.close();
    }
  }, 300_000);

  it("refuses a form posted from a page of another origin, and a moderation post without a session", async () => {
    const crossSite = await postForm({ name: "Ander", body: `Van elders ${run}` }, { Origin: "https://kwaad.example" });
    expect(crossSite.status).toBe(403);
    expect(await crossSite.text()).toContain("alleen vanaf deze site");
    const signIn = await fetch(`${baseUrl}/beheer/aanmelden`, {
      method: "POST",
      body: new URLSearchParams({ password: testPassword }),
      headers: { Origin: "https://kwaad.example", "Sec-Fetch-Site": "cross-site" },
      redirect: "manual",
    });
    expect(signIn.status).toBe(403);
    expect(signIn.headers.get("set-cookie")).toBeNull();
    const approve = await fetch(`${baseUrl}/beheer/reacties`, {
      method: "POST",
      body: new URLSearchParams({ id: "x", action: "delete" }),
      redirect: "manual",
    });
    expect([approve.status, approve.headers.get("location")]).toEqual([303, "/beheer"]);
  });

  it("limits a burst from one address with 429 and a Dutch page", async () => {
    const address = { "X-Forwarded-For": `192.0.2.${Number(run) % 250}` };
    const statuses: number[] = [];
    let refusal: Response | undefined;
    for (let i = 0; i < 12; i++) {
      const response = await postForm({ name: "Robot", body: `Burst ${run} ${i}` }, address);
      statuses.push(response.status);
      if (response.status === 429) refusal = response;
    }
    expect(statuses).toEqual([...Array(5).fill(303), ...Array(7).fill(429)]);
    expect(Number(refusal?.headers.get("retry-after"))).toBeGreaterThan(0);
    const text = (await refusal?.text()) ?? "";
    expect(text).toContain('<html lang="nl">');
    expect(text).toContain("Probeer het later nog eens");
  });

  it("is not in the sitemap", async () => {
    const sitemap = await (await fetch(`${baseUrl}/sitemap.xml`)).text();
    expect(sitemap).not.toContain("/beheer");
    expect(sitemap).not.toContain("/reactie");
  });
});

describe.runIf(target === "static")("reactions in the static export", () => {
  it("shows the reactions approved at build time, and no form or note that could not work", async () => {
    const html = await (await fetch(baseUrl + column)).text();
    expect(html).toContain('id="reacties"');
    // The search form in the header stays (it works in the export); no form posts a reaction.
    expect(html).not.toContain('action="/reactie"');
    expect(html).not.toMatch(/<form[^>]*method="post"/);
    expect(html).not.toContain("data-server-only");
    expect(html).not.toContain("gesloten");
    const count = Number(/"commentCount":(\d+)/.exec(html)?.[1]);
    expect(count, "npm test imports tests/fixtures/reactions/seed.json before it builds").toBeGreaterThan(0);
    expect(html.match(/<li id="reactie-/g)?.length ?? 0).toBe(count);
  });

  it("has no moderation and no endpoint for the form", async () => {
    expect((await fetch(`${baseUrl}/beheer`)).status).toBe(404);
    expect((await fetch(`${baseUrl}/reactie/ontvangen`)).status).toBe(404);
  });
});
