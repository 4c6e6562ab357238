/** What moderation and the reaction form need from the environment. */
export interface ReactionsConfig {
  /** The editor's password, hashed by `npm run reactions:password` (scrypt). */
  passwordHash: string;
  /** Signs form tokens and salts address hashes: random, at least 32 characters, kept secret. */
  secret: string;
  /** Secrets whose form tokens are still accepted: the one before a change (REACTIONS_SECRET_PREVIOUS). */
  previousSecrets: string[];
}

export const passwordHashVariable = "REACTIONS_PASSWORD_HASH";
export const secretVariable = "REACTIONS_SECRET";
export const previousSecretVariable = "REACTIONS_SECRET_PREVIOUS";
export const minimumSecretLength = 32;
/** The command that makes a good secret (and the password hash): named in every message about a weak one. */
export const secretCommand = "npm run reactions:password";

// 32 random base64url characters carry 192 bits, 32 hex digits 128; measured by a secret's own letter counts they
// show about 100 or more. So: at least 90 bits by that measure, and no text that is a shorter one repeated. That
// refuses "aaaa…", "abab…" and a phrase typed twice, and passes any random string of 32 characters or more.
const minimumBits = 90;

export type ConfigCheck = { config: ReactionsConfig; problems: [] } | { config: undefined; problems: string[] };

/**
 * Returns the reactions configuration, or the problems that keep reactions closed: a missing variable, a short or
 * repetitive secret. Each problem names the variable and what to do; /beheer and the server's start show them.
 */
export function checkReactionsConfig(env: Record<string, string | undefined> = process.env): ConfigCheck {
  const passwordHash = env[passwordHashVariable]?.trim();
  const secret = env[secretVariable]?.trim();
  const previous = env[previousSecretVariable]?.trim();
  const problems: string[] = [];
  if (!passwordHash) problems.push(`${passwordHashVariable} is niet ingesteld: maak het met ${secretCommand}.`);
  else if (!passwordHash.startsWith("scrypt:")) {
    problems.push(`${passwordHashVariable} is geen wachtwoord-hash van ${secretCommand}: maak een nieuwe.`);
  }
  if (!secret) problems.push(`${secretVariable} is niet ingesteld: maak het met ${secretCommand}.`);
  else problems.push(...secretProblems(secretVariable, secret));
  if (previous) problems.push(...secretProblems(previousSecretVariable, previous));
  if (problems.length > 0 || !passwordHash || !secret) return { config: undefined, problems };
  return { config: { passwordHash, secret, previousSecrets: previous ? [previous] : [] }, problems: [] };
}

/** Returns the reactions configuration, or undefined while it has problems (then reactions are closed). */
export function getReactionsConfig(env: Record<string, string | undefined> = process.env): ReactionsConfig | undefined {
  return checkReactionsConfig(env).config;
}

/** Returns what is wrong with a secret, in Dutch, naming the variable and the command that makes a good one. */
export function secretProblems(variable: string, secret: string): string[] {
  if (secret.length < minimumSecretLength) {
    return [
      `${variable} is te kort (${secret.length} tekens, minstens ${minimumSecretLength}): maak een willekeurig geheim met ${secretCommand}.`,
    ];
  }
  if (estimatedBits(secret) < minimumBits || isRepeated(secret)) {
    return [
      `${variable} is niet willekeurig genoeg (herhaalde tekens): maak een willekeurig geheim met ${secretCommand}.`,
    ];
  }
  return [];
}

/** Returns the bits a string carries by its own character frequencies: length × Shannon entropy per character. */
export function estimatedBits(text: string): number {
  const counts = new Map<string, number>();
  for (const character of text) counts.set(character, (counts.get(character) ?? 0) + 1);
  const length = [...text].length;
  let perCharacter = 0;
  for (const count of counts.values()) perCharacter -= (count / length) * Math.log2(count / length);
  return perCharacter * length;
}

// True when the text is some shorter text over and over ("abcabcabc…", "zin zin "), allowing a partial last copy.
function isRepeated(text: string): boolean {
  for (let period = 1; period <= text.length / 2; period++) {
    if (text.slice(period) === text.slice(0, text.length - period)) return true;
  }
  return false;
}
