import { getClientAddress } from "@/lib/client-address";
import { getPostBySlug } from "@/lib/content/lookups";
import { postPath } from "@/lib/paths";
import { getReactionsConfig } from "@/lib/reactions/config";
import { readFormBody } from "@/lib/reactions/form-body";
import { plainPage } from "@/lib/reactions/plain-page";
import { answer, refuseBody, refuseCrossOrigin, see } from "@/lib/reactions/responses";
import { getDatabase } from "@/lib/reactions/runtime";
import { submitReaction, takeAttempt } from "@/lib/reactions/submit";
import { refusalMessages, type Refusal } from "@/lib/reactions/validation";

const home = { href: "/", label: "Naar alle columns" };

/**
 * A reader sends the form under a column: 303 to a Dutch page saying what happened, or a Dutch page with its own
 * status. Cheapest first: the origin, the configuration and the client's limit before a byte of the body is read.
 */
export async function POST(request: Request) {
  const crossOrigin = refuseCrossOrigin(request, home);
  if (crossOrigin) return crossOrigin;
  const config = getReactionsConfig();
  if (!config) return refused("gesloten", "");
  const address = getClientAddress(request.headers);
  const wait = takeAttempt(config.secret, address);
  if (wait !== undefined) return limited(wait);
  const body = await readFormBody(request);
  if (!body.ok) return refuseBody(body.status, home);
  const slug = body.form.column ?? "";
  if (!getPostBySlug(slug)) return refused("column", "");
  const secrets = [config.secret, ...config.previousSecrets];
  const outcome = await submitReaction(await getDatabase(), { columnSlug: slug, form: body.form, address, secrets });
  if (outcome.kind === "limited") return limited(outcome.retryAfter, slug);
  if (outcome.kind === "refused") return refused(outcome.refusal, slug);
  return see(`/reactie/ontvangen?column=${encodeURIComponent(slug)}`);
}

function limited(retryAfter: number, slug?: string): Response {
  const back = slug ? { href: postPath({ slug }), label: "Terug naar de column" } : home;
  return answer(429, plainPage("Even geduld", refusalMessages["te-veel"], back), {
    "Retry-After": String(retryAfter),
  });
}

function refused(refusal: Refusal, slug: string): Response {
  return see(`/reactie/geweigerd?reden=${refusal}${slug ? `&column=${encodeURIComponent(slug)}` : ""}`);
}
