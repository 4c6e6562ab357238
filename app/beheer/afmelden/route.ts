import { sessionCookieHeader } from "@/lib/reactions/auth";
import { isHttps } from "@/lib/reactions/requests";
import { refuseCrossOrigin, see } from "@/lib/reactions/responses";

/** The editor signs out: the session cookie is cleared. */
export async function POST(request: Request) {
  return refuseCrossOrigin(request) ?? see("/beheer", { "Set-Cookie": sessionCookieHeader("", isHttps(request)) });
}
