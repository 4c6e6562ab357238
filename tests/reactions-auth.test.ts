import { describe, expect, it } from "vitest";
import { hashPassword, sessionCookieHeader, verifyPassword } from "@/lib/reactions/auth";
import { checkReactionsConfig, getReactionsConfig } from "@/lib/reactions/config";
import { isSameOrigin } from "@/lib/reactions/requests";
import { SignInGate } from "@/lib/reactions/sign-in-gate";

const secret = "Zq8LwX1vR4tN7bY2kP9sHc3mJ6dF0gTa";
const hash = "scrypt:16384:8:1:c2FsdA:aGFzaA";

describe("the editor's password", () => {
  const stored = hashPassword("correct paard batterij");

  it("is stored as a salted scrypt hash without the password or a dollar sign", () => {
    expect(stored).toMatch(/^scrypt:16384:8:1:[\w-]+:[\w-]+$/);
    expect(stored).not.toBe(hashPassword("correct paard batterij"));
  });

  it("matches only itself", async () => {
    expect(await verifyPassword("correct paard batterij", stored)).toBe(true);
    expect(await verifyPassword("correct paard batterij ", stored)).toBe(false);
    expect(await verifyPassword("x", "not-a-hash")).toBe(false);
  });

  it("is checked off the event loop: timers keep firing while guesses are hashed", async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const started = performance.now();
    await Promise.all(Array.from({ length: 8 }, () => verifyPassword("raden", stored)));
    const elapsed = performance.now() - started;
    clearInterval(timer);
    // A synchronous scrypt would let no timer fire until all eight were done.
    expect(ticks).toBeGreaterThanOrEqual(Math.floor(elapsed / 5 / 4));
  });
});

describe("the sign-in gate for all clients together", () => {
  it("checks one password at a time, and refuses more than the queue holds", async () => {
    const gate = new SignInGate({ maxWaiting: 3, freeFailures: 10, windowMs: 60_000, maxPauseMs: 2_000 });
    let running = 0;
    let most = 0;
    const check = async () => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, 10));
      running--;
      return false;
    };
    const answers = await Promise.all(Array.from({ length: 5 }, () => gate.run(check)));
    expect(most).toBe(1);
    expect(answers.filter((answer) => answer === "busy")).toHaveLength(2);
  });

  it("pauses longer before each check as failures pile up, whatever address they come from", async () => {
    const gate = new SignInGate({ maxWaiting: 50, freeFailures: 2, windowMs: 60_000, maxPauseMs: 300 });
    for (let i = 0; i < 2; i++) await gate.run(async () => false);
    expect(gate.pauseMs()).toBe(0);
    await gate.run(async () => false);
    expect(gate.pauseMs()).toBe(100);
    for (let i = 0; i < 5; i++) await gate.run(async () => false);
    expect(gate.pauseMs()).toBe(300);
  });
});

describe("the session cookie", () => {
  it("is HttpOnly and SameSite=Strict, under /beheer only, and Secure behind HTTPS", () => {
    expect(sessionCookieHeader("v", false)).toBe(
      "beheer_sessie=v; Path=/beheer; Max-Age=28800; HttpOnly; SameSite=Strict",
    );
    expect(sessionCookieHeader("v", true)).toMatch(/; Secure$/);
    expect(sessionCookieHeader("", false)).toContain("Max-Age=0");
  });
});

describe("the configuration", () => {
  it("is closed without both variables, naming each", () => {
    expect(getReactionsConfig({})).toBeUndefined();
    expect(checkReactionsConfig({}).problems).toEqual([
      expect.stringContaining("REACTIONS_PASSWORD_HASH is niet ingesteld"),
      expect.stringContaining("REACTIONS_SECRET is niet ingesteld"),
    ]);
  });

  it("refuses a short secret, naming the variable and the command that makes a good one", () => {
    const { problems } = checkReactionsConfig({ REACTIONS_PASSWORD_HASH: hash, REACTIONS_SECRET: "short" });
    expect(problems).toEqual([expect.stringMatching(/REACTIONS_SECRET is te kort.*npm run reactions:password/)]);
  });

  it("refuses a repetitive secret of any length: 32 × a, abab…, a phrase typed twice", () => {
    for (const weak of ["a".repeat(32), "ab".repeat(20), "correcthorsebatterystaple".repeat(2)]) {
      const { config, problems } = checkReactionsConfig({ REACTIONS_PASSWORD_HASH: hash, REACTIONS_SECRET: weak });
      expect(config).toBeUndefined();
      expect(problems).toEqual([expect.stringMatching(/REACTIONS_SECRET is niet willekeurig.*reactions:password/)]);
    }
  });

  it("accepts a random secret, and a random previous one during a change", () => {
    const previous = "4hQp2Nw9Xe7Rt1Ly6Ub3Vc8Mz5Ka0Jd-";
    expect(getReactionsConfig({ REACTIONS_PASSWORD_HASH: hash, REACTIONS_SECRET: secret })).toEqual({
      passwordHash: hash,
      secret,
      previousSecrets: [],
    });
    const env = { REACTIONS_PASSWORD_HASH: hash, REACTIONS_SECRET: secret, REACTIONS_SECRET_PREVIOUS: previous };
    expect(getReactionsConfig(env)?.previousSecrets).toEqual([previous]);
    expect(checkReactionsConfig({ ...env, REACTIONS_SECRET_PREVIOUS: "zz" }).problems).toEqual([
      expect.stringContaining("REACTIONS_SECRET_PREVIOUS is te kort"),
    ]);
  });
});

describe("requests", () => {
  const post = (headers: Record<string, string>) =>
    new Request("http://127.0.0.1:3000/reactie", { method: "POST", headers: { host: "127.0.0.1:3000", ...headers } });

  it("refuses a post from a page of another origin", () => {
    expect(isSameOrigin(post({ origin: "https://kwaad.example" }), "https://columns.example")).toBe(false);
    expect(isSameOrigin(post({ "sec-fetch-site": "cross-site" }), "https://columns.example")).toBe(false);
    expect(isSameOrigin(post({ "sec-fetch-site": "same-site" }), "https://columns.example")).toBe(false);
  });

  it("accepts a post from this origin, the configured site URL, or a client that is no browser", () => {
    expect(
      isSameOrigin(post({ origin: "http://127.0.0.1:3000", "sec-fetch-site": "same-origin" }), "https://x.example"),
    ).toBe(true);
    expect(isSameOrigin(post({ origin: "https://columns.example" }), "https://columns.example")).toBe(true);
    expect(isSameOrigin(post({}), "https://columns.example")).toBe(true);
  });
});
