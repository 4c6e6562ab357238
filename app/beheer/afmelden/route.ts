import { cookies } from "next/headers";
import { sessionCookie, sessionCookieHeader } from "@/lib/reactions/auth";
import { getReactionsConfig } from "@/lib/reactions/config";
import { isHttps } from "@/lib/reactions/requests";
import { refuseCrossOrigin, see } from "@/lib/reactions/responses";
import { getDatabase } from "@/lib/reactions/runtime";
import { endSession } from "@/lib/reactions/sessions";

/** The editor signs out: the session ends on the server, and the cookie is cleared. */
export async function POST(request: Request) {
  const refusal = refuseCrossOrigin(request);
  if (refusal) return refusal;
  if (getReactionsConfig()) await endSession(await getDatabase(), (await cookies()).get(sessionCookie)?.value);
  return see("/beheer", { "Set-Cookie": sessionCookieHeader("", isHttps(request)) });
}
