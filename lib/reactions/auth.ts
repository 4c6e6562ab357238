import crypto from "node:crypto";
import { sign, verify } from "./signing";

// scrypt with Node's defaults (N = 2^14, r = 8, p = 1): about 50 ms a guess, and no native dependency.
const cost = { N: 16384, r: 8, p: 1 };
const keyLength = 32;

/** Returns a storable hash of `password`: `scrypt:N:r:p:salt:hash`, with no `$` to trip up a shell or an .env file. */
export function hashPassword(password: string): string {
  const salt = crypto.randomBytes(16);
  const hash = crypto.scryptSync(password, salt, keyLength, cost);
  return ["scrypt", cost.N, cost.r, cost.p, salt.toString("base64url"), hash.toString("base64url")].join(":");
}

/** Returns true when `password` matches `stored`; false for a wrong password or a malformed hash. */
export function verifyPassword(password: string, stored: string): boolean {
  const [scheme, N, r, p, salt, hash] = stored.split(":");
  if (scheme !== "scrypt" || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64url");
  const params = { N: Number(N), r: Number(r), p: Number(p), maxmem: 256 * 1024 * 1024 };
  let actual: Buffer;
  try {
    actual = crypto.scryptSync(password, Buffer.from(salt, "base64url"), expected.length, params);
  } catch {
    return false;
  }
  return expected.length > 0 && crypto.timingSafeEqual(actual, expected);
}

export const sessionCookie = "beheer_sessie";
export const sessionHours = 8;

/** Returns a session cookie value: its expiry, signed, bound to the password hash so a new password ends every session. */
export function makeSession(secret: string, passwordHash: string, now = Date.now()): string {
  const expires = now + sessionHours * 60 * 60_000;
  return `${expires}.${sign(secret, "session", `${expires}\0${passwordHash}`)}`;
}

/** Returns true when `value` is an unexpired session signed with `secret` for this password hash. */
export function checkSession(
  secret: string,
  passwordHash: string,
  value: string | undefined,
  now = Date.now(),
): boolean {
  if (!value) return false;
  const [expires, signature] = value.split(".");
  if (!expires || !signature || !verify(secret, "session", `${expires}\0${passwordHash}`, signature)) return false;
  return Number(expires) > now;
}

/** Returns the Set-Cookie header for a session: HttpOnly, SameSite=Strict, only under /beheer, Secure behind HTTPS. */
export function sessionCookieHeader(value: string, secure: boolean): string {
  const maxAge = value ? sessionHours * 60 * 60 : 0;
  return `${sessionCookie}=${value}; Path=/beheer; Max-Age=${maxAge}; HttpOnly; SameSite=Strict${secure ? "; Secure" : ""}`;
}
