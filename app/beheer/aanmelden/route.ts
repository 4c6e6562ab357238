import { sessionCookieHeader } from "@/lib/reactions/auth";
import { getReactionsConfig } from "@/lib/reactions/config";
import { signIn } from "@/lib/reactions/moderation";
import { plainPage } from "@/lib/reactions/plain-page";
import { clientAddress, isHttps } from "@/lib/reactions/requests";
import { answer, back, refuseCrossOrigin, see } from "@/lib/reactions/responses";

/** The editor signs in: a session cookie and back to /beheer, or /beheer with a message, or 429 after many tries. */
export async function POST(request: Request) {
  const refusal = refuseCrossOrigin(request);
  if (refusal) return refusal;
  const config = getReactionsConfig();
  if (!config) return see("/beheer");
  const form = await request.formData();
  const result = signIn(config, form.get("password"), clientAddress(request));
  if (result.kind === "limited") {
    const message = "Te veel pogingen om aan te melden. Wacht een kwartier en probeer het dan opnieuw.";
    return answer(429, plainPage("Even geduld", message, back), { "Retry-After": String(result.retryAfter) });
  }
  if (result.kind === "wrong") return see("/beheer?fout=wachtwoord");
  return see("/beheer", { "Set-Cookie": sessionCookieHeader(result.session, isHttps(request)) });
}
