// The static export's /zoeken: a static host cannot run a search, so the exported page searches in the browser.
// It is the one exported page with a script: the site's public/zoeken.js, which loads Pagefind's index.
import { appendChild, createElement, emptyElementHtml, getElements, type HtmlDocument } from "./html-tree";
import { findClientScripts } from "./static-export";

/** The exported search page, relative to out/. */
export const searchPageFile = "zoeken.html";

const searchScriptAttributes = { type: "module", src: "/zoeken.js" };

/** The script element the exported search page gains, as HTML. */
export const searchScript = emptyElementHtml(createElement("script", searchScriptAttributes));

/**
 * Gives the search page, made static already, its script at the end of <head>. Throws when the page has no <head>, or
 * no <noscript> notice for readers without JavaScript (its component lost the export-noscript mark).
 */
export function addSearchScript(document: HtmlDocument): void {
  const elements = getElements(document);
  if (!elements.some((element) => element.tagName === "noscript")) {
    throw new Error(`${searchPageFile}: the search page has no <noscript> notice: mark it with exportNoscript`);
  }
  const head = elements.find((element) => element.tagName === "head");
  if (!head) throw new Error(`${searchPageFile}: the search page has no <head> for its script`);
  appendChild(head, createElement("script", searchScriptAttributes));
}

/** Returns the scripts an exported page must not carry: any, but the search script on the search page. */
export function unexpectedScripts(file: string, document: HtmlDocument): string[] {
  return findClientScripts(document).filter((script) => !(file === searchPageFile && script === searchScript));
}
