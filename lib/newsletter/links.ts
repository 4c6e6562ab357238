import { sign, verify } from "../reactions/signing";

/** A confirmation link works this long after it was mailed. */
export const confirmationHours = 48;

/** The form of /volgen/bevestigen: which address, when it was asked for, and the signature over both. */
export interface ConfirmationParams {
  adres: string;
  tijd: string;
  code: string;
}

/** Returns the path of the confirmation link for `address`, signed with `secret` at `now`. */
export function confirmationPath(secret: string, address: string, now = Date.now()): string {
  const code = sign(secret, "newsletter-confirm", `${address}\0${now}`);
  return `/volgen/bevestigen?${new URLSearchParams({ adres: address, tijd: String(now), code })}`;
}

export type LinkCheck = { kind: "ok"; address: string } | { kind: "verlopen" } | { kind: "ongeldig" };

/** Returns the address a confirmation link is for, "verlopen" after 48 hours, or "ongeldig" when it is forged or cut. */
export function checkConfirmation(
  secret: string,
  params: Partial<Record<string, unknown>>,
  now = Date.now(),
): LinkCheck {
  const { adres, tijd, code } = params;
  if (typeof adres !== "string" || typeof tijd !== "string" || typeof code !== "string") return { kind: "ongeldig" };
  if (!/^\d{1,15}$/.test(tijd) || !verify(secret, "newsletter-confirm", `${adres}\0${tijd}`, code)) {
    return { kind: "ongeldig" };
  }
  const age = now - Number(tijd);
  return age > confirmationHours * 60 * 60_000 || age < -60_000 ? { kind: "verlopen" } : { kind: "ok", address: adres };
}

/** Returns the path of a subscriber's page to leave, with a button (the mail's visible link). */
export function leavePath(token: string): string {
  return `/volgen/afmelden?${new URLSearchParams({ token })}`;
}

/** Returns the path that unsubscribes on a POST: the List-Unsubscribe URL (RFC 8058) and the leave page's form. */
export function oneClickPath(token: string): string {
  return `/volgen/afmelden/nu?${new URLSearchParams({ token })}`;
}
