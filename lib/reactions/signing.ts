import crypto from "node:crypto";

/** Returns an HMAC-SHA256 of `value` under `secret`, as base64url, for `purpose` (so one signature never fits another use). */
export function sign(secret: string, purpose: string, value: string): string {
  return crypto.createHmac("sha256", secret).update(`${purpose}\0${value}`).digest("base64url");
}

/** Returns true when `signature` is the signature of `value`; compares in constant time. */
export function verify(secret: string, purpose: string, value: string, signature: string): boolean {
  const expected = Buffer.from(sign(secret, purpose, value));
  const given = Buffer.from(signature);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}
