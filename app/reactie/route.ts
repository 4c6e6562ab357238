import { getPostBySlug } from "@/lib/content/lookups";
import { postPath } from "@/lib/paths";
import { getReactionsConfig } from "@/lib/reactions/config";
import { plainPage } from "@/lib/reactions/plain-page";
import { clientAddress } from "@/lib/reactions/requests";
import { answer, refuseCrossOrigin, see } from "@/lib/reactions/responses";
import { getDatabase } from "@/lib/reactions/runtime";
import { submitReaction } from "@/lib/reactions/submit";
import { refusalMessages, type Refusal } from "@/lib/reactions/validation";

/** A reader sends the form under a column: 303 to a Dutch page saying what happened, or 429 / 403 with one. */
export async function POST(request: Request) {
  const crossOrigin = refuseCrossOrigin(request, { href: "/", label: "Naar alle columns" });
  if (crossOrigin) return crossOrigin;
  const form = Object.fromEntries(await request.formData());
  const slug = typeof form.column === "string" ? form.column : "";
  const back = { href: getPostBySlug(slug) ? postPath({ slug }) : "/", label: "Terug naar de column" };
  const config = getReactionsConfig();
  if (!config) return refused("gesloten", slug);
  if (!getPostBySlug(slug)) return refused("column", "");
  const outcome = await submitReaction(await getDatabase(), {
    columnSlug: slug,
    form,
    address: clientAddress(request),
    secret: config.secret,
  });
  if (outcome.kind === "limited") {
    return answer(429, plainPage("Even geduld", refusalMessages["te-veel"], back), {
      "Retry-After": String(outcome.retryAfter),
    });
  }
  if (outcome.kind === "refused") return refused(outcome.refusal, slug);
  return see(`/reactie/ontvangen?column=${encodeURIComponent(slug)}`);
}

function refused(refusal: Refusal, slug: string): Response {
  return see(`/reactie/geweigerd?reden=${refusal}${slug ? `&column=${encodeURIComponent(slug)}` : ""}`);
}
