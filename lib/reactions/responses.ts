import { plainPage } from "./plain-page";
import { isSameOrigin } from "./requests";
import { site } from "../site";

/** Returns a 403 page when a page elsewhere posted this form, else undefined. */
export function refuseCrossOrigin(request: Request, link = back): Response | undefined {
  if (isSameOrigin(request, new URL(site.url).origin)) return undefined;
  return answer(403, plainPage("Geweigerd", "Dit formulier kan alleen vanaf deze site worden verstuurd.", link));
}

/** The link under an answer of /beheer's route handlers. */
export const back = { href: "/beheer", label: "Naar Reacties beheren" };

/** Returns a 303 to `location`, with extra headers (a cookie). */
export function see(location: string, headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store", ...headers } });
}

/** Returns an HTML answer with a status of its own, never cached. */
export function answer(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}
