import { secretProblems, secretVariable } from "../reactions/config";

/** What the newsletter needs from the environment: a relay, a sender, and the site's secret to sign links with. */
export interface NewsletterConfig {
  /** `smtp://user:password@mail.example:587` (or `smtps://` for TLS from the first byte). */
  smtpUrl: string;
  /** The sender every mail carries, e.g. `Blog Peter Bröring <nieuwsbrief@example.nl>`. */
  from: string;
  /** REACTIONS_SECRET: signs the confirmation links and salts the client-address hashes. */
  secret: string;
  /** Mails a second at most (NEWSLETTER_RATE, default 10). */
  rate: number;
}

export const smtpUrlVariable = "SMTP_URL";
export const fromVariable = "NEWSLETTER_FROM";
export const rateVariable = "NEWSLETTER_RATE";
const defaultRate = 10;

type Env = Record<string, string | undefined>;

/** Returns the variables that keep the newsletter closed (unset, or a weak secret); none when open. */
export function missingNewsletterVariables(env: Env = process.env): string[] {
  const missing: string[] = [];
  if (!env[smtpUrlVariable]?.trim()) missing.push(smtpUrlVariable);
  if (!env[fromVariable]?.trim()) missing.push(fromVariable);
  const secret = env[secretVariable]?.trim();
  if (!secret || secretProblems(secretVariable, secret).length > 0) missing.push(secretVariable);
  return missing;
}

/**
 * Returns the newsletter configuration, or undefined while a variable is missing: then no form is shown and /volgen
 * says the newsletter is not open. Throws when NEWSLETTER_RATE or SMTP_URL is set but malformed.
 */
export function getNewsletterConfig(env: Env = process.env): NewsletterConfig | undefined {
  if (missingNewsletterVariables(env).length > 0) return undefined;
  const smtpUrl = env[smtpUrlVariable]!.trim();
  if (!/^smtps?:\/\/[^/]/.test(smtpUrl)) {
    throw new Error(`${smtpUrlVariable} must look like smtp://user:password@mail.example:587, got "${smtpUrl}"`);
  }
  const rateText = env[rateVariable]?.trim();
  const rate = rateText ? Number(rateText) : defaultRate;
  if (!Number.isFinite(rate) || rate <= 0) {
    throw new Error(`${rateVariable} must be a number of mails a second above 0, such as 10; got "${rateText}"`);
  }
  return { smtpUrl, from: env[fromVariable]!.trim(), secret: env[secretVariable]!.trim(), rate };
}
