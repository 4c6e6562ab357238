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

const bodyRefusals = {
  400: ["Onleesbaar formulier", "Het formulier kwam onleesbaar aan. Laad de pagina opnieuw en verstuur het nog eens."],
  413: ["Te groot", "Het formulier is te groot (hoogstens 64 kB). Maak uw tekst korter en verstuur het nog eens."],
  415: ["Verkeerd formulier", "Dit adres neemt alleen het formulier van deze site aan. Verstuur het vanaf de pagina."],
} as const;

/** Returns the Dutch answer to a form body that was refused unread or unreadable: 400, 413 or 415. */
export function refuseBody(status: 400 | 413 | 415, link = back): Response {
  const [title, message] = bodyRefusals[status];
  // 413 before the body is read: the connection is closed, so the client stops sending the rest.
  return answer(status, plainPage(title, message, link), status === 413 ? { Connection: "close" } : {});
}
