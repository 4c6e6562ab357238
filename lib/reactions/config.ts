/** What moderation and the reaction form need from the environment. */
export interface ReactionsConfig {
  /** The editor's password, hashed by `npm run reactions:password` (scrypt). */
  passwordHash: string;
  /** Signs session cookies and form timestamps, and salts address hashes: at least 32 characters, kept secret. */
  secret: string;
}

export const passwordHashVariable = "REACTIONS_PASSWORD_HASH";
export const secretVariable = "REACTIONS_SECRET";
export const minimumSecretLength = 32;

/**
 * Returns the reactions configuration, or undefined when a variable is missing or the secret is too short: then
 * reactions are closed and /beheer explains how to set them.
 */
export function getReactionsConfig(env: Record<string, string | undefined> = process.env): ReactionsConfig | undefined {
  const passwordHash = env[passwordHashVariable]?.trim();
  const secret = env[secretVariable]?.trim();
  if (!passwordHash || !secret || secret.length < minimumSecretLength) return undefined;
  return { passwordHash, secret };
}
