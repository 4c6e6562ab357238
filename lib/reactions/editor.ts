import { getReactionsConfig } from "./config";
import { isSignedIn } from "./moderation";
import { getDatabase } from "./runtime";

/** Resolves to true when the session cookie's value names a live editor session of this server's configuration. */
export function isEditor(cookie: string | undefined): Promise<boolean> {
  return isSignedIn(getDatabase, getReactionsConfig(), cookie);
}
