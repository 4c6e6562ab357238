import crypto from "node:crypto";
import { promisify } from "node:util";

// scrypt with Node's defaults (N = 2^14, r = 8, p = 1): about 50 ms a guess, and no native dependency.
const cost = { N: 16384, r: 8, p: 1 };
const keyLength = 32;
// The asynchronous scrypt runs on libuv's thread pool: a guess never holds up the requests of readers.
const scrypt = promisify(crypto.scrypt) as (
  password: string,
  salt: Buffer,
  length: number,
  options: crypto.ScryptOptions,
) => Promise<Buffer>;

/**
 * Returns a storable hash of `password`: `scrypt:N:r:p:salt:hash`, with no `$` to trip up a shell or an .env file.
 * Synchronous: only commands call it (npm run reactions:password), never the server.
 */
export function hashPassword(password: string): string {
  const salt = crypto.randomBytes(16);
  const hash = crypto.scryptSync(password, salt, keyLength, cost);
  return ["scrypt", cost.N, cost.r, cost.p, salt.toString("base64url"), hash.toString("base64url")].join(":");
}

/** Resolves to true when `password` matches `stored`; false for a wrong password or a malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, N, r, p, salt, hash] = stored.split(":");
  if (scheme !== "scrypt" || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64url");
  const params = { N: Number(N), r: Number(r), p: Number(p), maxmem: 256 * 1024 * 1024 };
  try {
    const actual = await scrypt(password, Buffer.from(salt, "base64url"), expected.length, params);
    return expected.length > 0 && crypto.timingSafeEqual(actual, expected);
  } catch {
    return false;
  }
}

export const sessionCookie = "beheer_sessie";
export const sessionHours = 8;

/** Returns the Set-Cookie header for a session: HttpOnly, SameSite=Strict, only under /beheer, Secure behind HTTPS. */
export function sessionCookieHeader(value: string, secure: boolean): string {
  const maxAge = value ? sessionHours * 60 * 60 : 0;
  return `${sessionCookie}=${value}; Path=/beheer; Max-Age=${maxAge}; HttpOnly; SameSite=Strict${secure ? "; Secure" : ""}`;
}
