// Turns a page Next rendered into a page for the static site: the same document, without what needs a server or
// client JavaScript. Works on the parsed page (lib/outputs/html-tree.ts); the markers are in ./export-markers.ts.
import { exportNoscriptAttribute, serverOnlyAttribute } from "./export-markers";
import {
  emptyElementHtml,
  getAttribute,
  getComments,
  getElements,
  removeNode,
  type HtmlDocument,
  type HtmlElement,
} from "./html-tree";

/** Whether an element loads or runs JavaScript: a script (but a JSON-LD data block) or a script preload. */
export function isClientScript(element: HtmlElement): boolean {
  if (element.tagName === "script") return getAttribute(element, "type") !== "application/ld+json";
  if (element.tagName !== "link") return false;
  const rel = (getAttribute(element, "rel") ?? "").toLowerCase().split(" ");
  return rel.includes("modulepreload") || (rel.includes("preload") && getAttribute(element, "as") === "script");
}

/**
 * Changes the page in place into its static form: no scripts or script preloads (JSON-LD stays), no comments (React's
 * hydration markers) nor the hidden element they leave empty, no element marked server-only, and every element marked
 * export-noscript turned into a <noscript> with the same content.
 */
export function makeStatic(document: HtmlDocument): void {
  getComments(document).forEach(removeNode);
  for (const element of getElements(document)) {
    if (isClientScript(element) || getAttribute(element, serverOnlyAttribute) !== undefined) removeNode(element);
    else if (getAttribute(element, exportNoscriptAttribute) !== undefined) toNoscript(element);
    else if (element.tagName === "div" && getAttribute(element, "hidden") !== undefined && !element.children.length) {
      removeNode(element);
    }
  }
}

/** Returns each element in the page that loads or runs JavaScript, as HTML without its content. */
export function findClientScripts(document: HtmlDocument): string[] {
  return getElements(document).filter(isClientScript).map(emptyElementHtml);
}

function toNoscript(element: HtmlElement): void {
  element.name = "noscript";
  delete element.attribs.hidden;
  delete element.attribs[exportNoscriptAttribute];
}
