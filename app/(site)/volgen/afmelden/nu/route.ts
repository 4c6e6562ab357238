import { leavePath } from "@/lib/newsletter/links";
import { unsubscribe } from "@/lib/newsletter/subscribers";
import { see } from "@/lib/reactions/responses";
import { existingDatabase } from "@/lib/reactions/runtime";

/**
 * Unsubscribes the token's subscriber: the List-Unsubscribe URL, which a mail client POSTs to from its own server
 * (RFC 8058: no cookie, no page, no cross-origin check), and the leave page's button. The body is not needed and
 * not read. An unknown token gets the same answer: there is nothing left to unsubscribe.
 */
export async function POST(request: Request) {
  const token = new URL(request.url).searchParams.get("token");
  const database = existingDatabase(); // none: no subscriber to unsubscribe, and none is made to find that out
  if (token && database) await unsubscribe(await database, token);
  return see("/volgen/afgemeld");
}

/** A GET (someone opened the URL itself) only shows the leave page with its button. */
export async function GET(request: Request) {
  return see(leavePath(new URL(request.url).searchParams.get("token") ?? ""));
}
