// The lead of a column without a `description`: its opening words, as a reader sees them under a title, in a search
// result and in a link preview. It never ends on a colon: a sentence that announces a list is left out.
import type { Root } from "mdast";
import { plainText } from "./markdown";

/** How long a derived lead may be, in characters: what search engines show of a description. */
export const leadLength = 160;

// A sentence ends at . ! ? (or …) followed by a space and what starts a sentence: "bijv. de" is one sentence.
const sentenceBreak = /(?<=[.!?…][”’"')]?)\s+(?=[\p{Lu}\p{N}“‘"'(])/u;

/** Returns the text of each top-level paragraph of a Markdown body, whitespace collapsed; lists and quotes left out. */
export function paragraphTexts(body: Root): string[] {
  return body.children
    .filter((node) => node.type === "paragraph")
    .map((node) => plainText(node).replace(/\s+/g, " ").trim())
    .filter((text) => text !== "");
}

/**
 * Returns the lead derived from a body's `paragraphs`: the first paragraph that has whole sentences once a
 * closing sentence that ends on a colon is left out, cut to `length` at a sentence, else at a word with "…".
 * Returns `fallback` (the title) when there is no paragraph.
 */
export function deriveLead(paragraphs: string[], fallback: string, length = leadLength): string {
  for (const paragraph of paragraphs) {
    const sentences = paragraph.split(sentenceBreak);
    const complete = sentences.at(-1)?.endsWith(":") ? sentences.slice(0, -1) : sentences;
    if (complete.length > 0) return shorten(complete, length);
  }
  const first = paragraphs[0];
  return first ? shorten([`${first.replace(/:$/, "")}…`], length) : shorten([fallback], length);
}

// Whole sentences while they fit; a first sentence that is too long is cut at a word.
function shorten(sentences: string[], length: number): string {
  let text = sentences[0];
  for (const sentence of sentences.slice(1)) {
    if (text.length + 1 + sentence.length > length) break;
    text += ` ${sentence}`;
  }
  if (text.length <= length) return text;
  const cut = text.slice(0, length - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[\s,;:.–-]+$/, "")}…`;
}
