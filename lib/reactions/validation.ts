/** Why a reaction was not taken; each has a Dutch explanation for the reader in `refusalMessages`. */
export type Refusal =
  "naam" | "tekst" | "te-lang" | "e-mail" | "links" | "te-snel" | "formulier" | "te-veel" | "gesloten" | "column";

export const refusalMessages: Record<Refusal, string> = {
  naam: "Vul uw naam in, met letters of cijfers die te lezen zijn (hoogstens 100 tekens).",
  tekst: "Schrijf een reactie: het tekstvak was leeg.",
  "te-lang": "Uw reactie is langer dan 5.000 tekens. Maak haar wat korter.",
  "e-mail": "Het e-mailadres klopt niet. Laat het veld leeg als u het niet wilt geven.",
  links: "Uw reactie bevat meer dan twee links. Haal er een paar weg.",
  "te-snel": "Dat ging wel erg snel. Wacht een paar seconden en verstuur uw reactie opnieuw.",
  formulier: "Het formulier is verlopen of onvolledig. Laad de column opnieuw en verstuur uw reactie nog eens.",
  "te-veel": "U hebt kort na elkaar veel reacties verstuurd. Probeer het later nog eens.",
  gesloten: "Reageren is op dit moment niet mogelijk.",
  column: "Deze column bestaat niet (meer).",
};

/** Returns the Dutch explanation for a refusal code from a URL, or undefined for anything else. */
export function refusalMessage(code: unknown): string | undefined {
  return typeof code === "string" && Object.hasOwn(refusalMessages, code)
    ? refusalMessages[code as Refusal]
    : undefined;
}

export const limits = { name: 100, email: 254, body: 5000, links: 2 } as const;

export interface ReactionFields {
  name: string;
  email: string | null;
  body: string;
}

export type Checked = { ok: true; fields: ReactionFields } | { ok: false; refusal: Refusal };

/** Returns the cleaned fields of a sent form (trimmed, control characters and surplus blank lines removed), or why they are refused. */
export function checkReactionFields(form: { name?: unknown; email?: unknown; body?: unknown }): Checked {
  const name = cleanName(form.name);
  const email = clean(form.email);
  const body = clean(form.body).replace(/\n{3,}/g, "\n\n");
  if (!/[\p{L}\p{N}]/u.test(name) || name.length > limits.name) return { ok: false, refusal: "naam" };
  if (!body) return { ok: false, refusal: "tekst" };
  if (body.length > limits.body) return { ok: false, refusal: "te-lang" };
  if (email && (email.length > limits.email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))) {
    return { ok: false, refusal: "e-mail" };
  }
  if (countLinks(`${name} ${body}`) > limits.links) return { ok: false, refusal: "links" };
  return { ok: true, fields: { name, email: email || null, body } };
}

/** Returns how many web addresses a text holds (http://, https:// or www.). */
export function countLinks(text: string): number {
  return text.match(/\bhttps?:\/\/|\bwww\./gi)?.length ?? 0;
}

function clean(value: unknown): string {
  if (typeof value !== "string") return "";
  return (
    value
      .normalize("NFC")
      .replace(/\r\n?/g, "\n")
      // Control and bidirectional-override characters: invisible, and a way to disguise text.
      .replace(/[\u0000-\u0009\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, "")
      .trim()
  );
}

// Characters that show nothing: format characters (zero-width spaces and joiners, bidi marks, the BOM), variation
// selectors and tag characters, and the blank "letters" (Hangul fillers, the braille blank) that pass for a name while showing none.
const invisible =
  /[\p{Cf}\p{Cc}\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u2800\u3164\ufe00-\ufe0f\uffa0\u{e0000}-\u{e0fff}]/gu;

/** At most this many combining marks on one letter (decomposed): enough for Vietnamese, too few to smear a line. */
export const maximumMarks = 2;

/** Returns a name as readers will see it: NFC, invisible characters removed, combining marks bounded, one space between words. */
export function cleanName(value: unknown): string {
  if (typeof value !== "string") return "";
  const marks = new RegExp(`(\\p{M}{${maximumMarks}})\\p{M}+`, "gu");
  // Marks are counted decomposed (NFD), where "ễ" is e with two: the most any script's letter needs.
  const bounded = value.normalize("NFD").replace(invisible, "").replace(marks, "$1");
  return bounded.normalize("NFC").replace(/\s+/g, " ").trim();
}
