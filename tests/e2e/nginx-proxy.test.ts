// Moderation through the README's nginx (deploy/nginx-proxy.conf), as readers meet it: an approval shows within
// 5 s, a deletion is gone within 5 s. Column pages used to say s-maxage=31536000, which nginx kept for a year.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./browser";
import { startProxyNginx, type RunningNginx } from "./nginx";
import { testPassword } from "./reactions-env";

const baseUrl = inject("baseUrl");
const target = inject("target");
const column = "/blog/ik-doe-wat-ik-doe";
const run = `nginx-${Date.now()}`;
const client = { "X-Forwarded-For": `192.0.2.${(Date.now() % 200) + 1}` };

describe.runIf(target === "server")("moderation through the nginx recipe", () => {
  let nginx: RunningNginx;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let cookie = "";
  let id = "";

  beforeAll(async () => {
    nginx = await startProxyNginx(new URL(baseUrl).host);
    browser = await launchBrowser();
    context = await browser.newContext({ javaScriptEnabled: false, ignoreHTTPSErrors: true });
    page = await context.newPage();
    const signIn = await fetch(`${baseUrl}/beheer/aanmelden`, {
      method: "POST",
      body: new URLSearchParams({ password: testPassword }),
      headers: { "Content-Type": "application/x-www-form-urlencoded", ...client },
      redirect: "manual",
    });
    cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0];
    expect(cookie).toMatch(/^beheer_sessie=/);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await nginx?.stop();
  });

  const columnThroughNginx = async () => {
    await page.goto(`${nginx.https}${column}`);
    return page.locator(".reactions").innerText();
  };

  /** Resolves to the seconds until `check` holds, reloading through nginx every quarter second; fails after 10 s. */
  async function secondsUntil(check: (text: string) => boolean): Promise<number> {
    const started = Date.now();
    while (Date.now() - started < 10_000) {
      if (check(await columnThroughNginx())) return (Date.now() - started) / 1000;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error("not within 10 s");
  }

  it("sends plain HTTP to HTTPS, and HTTPS carries HSTS", async () => {
    const plain = await fetch(`${nginx.http}${column}`, { redirect: "manual" });
    expect(plain.status).toBe(301);
    expect(plain.headers.get("location")).toMatch(/^https:\/\//);
    const response = await page.goto(`${nginx.https}${column}`);
    expect(response?.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    expect(response?.headers()["cache-control"]).toMatch(/^s-maxage=\d{1,2}, stale-while-revalidate=\d+$/);
  });

  it("shows an approval within 5 s and hides a deletion within 5 s, with the page cached in between", async () => {
    const html = await (await fetch(baseUrl + column)).text();
    const token = /name="token" value="([^"]+)"/.exec(html)?.[1] ?? "";
    await new Promise((resolve) => setTimeout(resolve, 3_100)); // A person takes longer than the form's minimum.
    const sent = await fetch(`${baseUrl}/reactie`, {
      method: "POST",
      body: new URLSearchParams({ column: "ik-doe-wat-ik-doe", token, name: "Via nginx", body: `Reactie ${run}` }),
      headers: { "Content-Type": "application/x-www-form-urlencoded", ...client },
      redirect: "manual",
    });
    expect(sent.headers.get("location")).toContain("/reactie/ontvangen");
    expect(await columnThroughNginx()).not.toContain(run); // Now nginx holds the page without it.

    const queue = await (await fetch(`${baseUrl}/beheer`, { headers: { cookie } })).text();
    // The reaction's own buttons follow its text: the first id after it is its id.
    id = /name="id" value="([^"]+)"/.exec(queue.slice(queue.indexOf(run)))?.[1] ?? "";
    expect(id).not.toBe("");
    const moderate = (action: string) =>
      fetch(`${baseUrl}/beheer/reacties`, {
        method: "POST",
        body: new URLSearchParams({ id, action }),
        headers: { "Content-Type": "application/x-www-form-urlencoded", cookie },
        redirect: "manual",
      });
    expect((await moderate("approve")).headers.get("location")).toBe("/beheer?gedaan=approve");
    expect(await secondsUntil((text) => text.includes(run))).toBeLessThanOrEqual(5);
    expect((await moderate("delete")).headers.get("location")).toBe("/beheer?gedaan=delete");
    expect(await secondsUntil((text) => !text.includes(run))).toBeLessThanOrEqual(5);
  }, 60_000);
});
