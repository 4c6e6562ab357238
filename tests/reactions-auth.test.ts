import { describe, expect, it } from "vitest";
import { checkSession, hashPassword, makeSession, sessionCookieHeader, verifyPassword } from "@/lib/reactions/auth";
import { getReactionsConfig } from "@/lib/reactions/config";
import { clientAddress, isSameOrigin } from "@/lib/reactions/requests";

const secret = "a-secret-of-at-least-thirty-two-characters";

describe("the editor's password", () => {
  const hash = hashPassword("correct paard batterij");

  it("is stored as a salted scrypt hash without the password or a dollar sign", () => {
    expect(hash).toMatch(/^scrypt:16384:8:1:[\w-]+:[\w-]+$/);
    expect(hash).not.toBe(hashPassword("correct paard batterij"));
  });

  it("matches only itself", () => {
    expect(verifyPassword("correct paard batterij", hash)).toBe(true);
    expect(verifyPassword("correct paard batterij ", hash)).toBe(false);
    expect(verifyPassword("x", "not-a-hash")).toBe(false);
  });
});

describe("the session cookie", () => {
  const now = 1_700_000_000_000;
  const session = makeSession(secret, "hash-1", now);

  it("is valid for eight hours, for this secret and password hash only", () => {
    expect(checkSession(secret, "hash-1", session, now + 60_000)).toBe(true);
    expect(checkSession(secret, "hash-1", session, now + 8 * 3600_000 + 1)).toBe(false);
    expect(checkSession(secret, "hash-2", session, now)).toBe(false);
    expect(checkSession(`${secret}x`, "hash-1", session, now)).toBe(false);
    expect(checkSession(secret, "hash-1", session.replace(/^\d+/, String(now + 9e9)), now)).toBe(false);
    expect(checkSession(secret, "hash-1", undefined, now)).toBe(false);
  });

  it("is HttpOnly and SameSite=Strict, under /beheer only, and Secure behind HTTPS", () => {
    expect(sessionCookieHeader("v", false)).toBe(
      "beheer_sessie=v; Path=/beheer; Max-Age=28800; HttpOnly; SameSite=Strict",
    );
    expect(sessionCookieHeader("v", true)).toMatch(/; Secure$/);
    expect(sessionCookieHeader("", false)).toContain("Max-Age=0");
  });
});

describe("the configuration", () => {
  it("is closed without both variables or with a short secret", () => {
    expect(getReactionsConfig({})).toBeUndefined();
    expect(getReactionsConfig({ REACTIONS_PASSWORD_HASH: "h", REACTIONS_SECRET: "short" })).toBeUndefined();
    expect(getReactionsConfig({ REACTIONS_PASSWORD_HASH: "h", REACTIONS_SECRET: secret })).toEqual({
      passwordHash: "h",
      secret,
    });
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

  it("takes the address the nearest proxy saw, not what the client wrote", () => {
    expect(clientAddress(post({ "x-forwarded-for": "1.2.3.4, 203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientAddress(post({}))).toBe("unknown");
  });
});
