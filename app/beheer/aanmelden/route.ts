import { getClientAddress } from "@/lib/client-address";
import { sessionCookieHeader } from "@/lib/reactions/auth";
import { getReactionsConfig } from "@/lib/reactions/config";
import { readFormBody } from "@/lib/reactions/form-body";
import { signIn } from "@/lib/reactions/moderation";
import { plainPage } from "@/lib/reactions/plain-page";
import { isHttps } from "@/lib/reactions/requests";
import { answer, back, refuseBody, refuseCrossOrigin, see } from "@/lib/reactions/responses";
import { getDatabase } from "@/lib/reactions/runtime";

/** The editor signs in: a session cookie and back to /beheer, or /beheer with a message, or 429 after many tries. */
export async function POST(request: Request) {
  const refusal = refuseCrossOrigin(request);
  if (refusal) return refusal;
  const config = getReactionsConfig();
  if (!config) return see("/beheer");
  const body = await readFormBody(request, 4096);
  if (!body.ok) return refuseBody(body.status);
  const result = await signIn(getDatabase, config, body.form.password, getClientAddress(request.headers));
  if (result.kind === "limited") {
    const message = "Te veel pogingen om aan te melden. Wacht even en probeer het dan opnieuw.";
    return answer(429, plainPage("Even geduld", message, back), { "Retry-After": String(result.retryAfter) });
  }
  if (result.kind === "wrong") return see("/beheer?fout=wachtwoord");
  return see("/beheer", { "Set-Cookie": sessionCookieHeader(result.session, isHttps(request)) });
}
