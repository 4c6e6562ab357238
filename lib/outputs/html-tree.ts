// A page as a tree, through parse5 (the HTML standard's parsing algorithm): the export changes pages by their
// elements, never by matching text.
import { defaultTreeAdapter as tree, html, parse, serialize, serializeOuter, type DefaultTreeAdapterMap } from "parse5";

export type HtmlDocument = DefaultTreeAdapterMap["document"];
export type HtmlElement = DefaultTreeAdapterMap["element"];
type HtmlNode = DefaultTreeAdapterMap["childNode"];

/** Returns the document a browser would build from `text`; never throws (HTML has no fatal errors). */
export function parseHtml(text: string): HtmlDocument {
  return parse(text);
}

/** Returns the document as HTML text. */
export function serializeHtml(document: HtmlDocument): string {
  return serialize(document);
}

/** Returns an element with its content as HTML text. */
export function outerHtml(element: HtmlElement): string {
  return serializeOuter(element);
}

/** Returns every element under `root`, in document order. */
export function getElements(root: HtmlDocument | HtmlElement): HtmlElement[] {
  const found: HtmlElement[] = [];
  const visit = (node: HtmlNode) => {
    if (!tree.isElementNode(node)) return;
    found.push(node);
    node.childNodes.forEach(visit);
  };
  root.childNodes.forEach(visit);
  return found;
}

/** Returns every comment under `root`, in document order. */
export function getComments(root: HtmlDocument | HtmlElement): DefaultTreeAdapterMap["commentNode"][] {
  const comments = root.childNodes.filter((node) => tree.isCommentNode(node));
  return [...comments, ...root.childNodes.filter((node) => tree.isElementNode(node)).flatMap(getComments)];
}

/** Returns the value of an attribute, or undefined when the element does not have it. */
export function getAttribute(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find((attribute) => attribute.name === name)?.value;
}

/** Takes a node out of its document. */
export function removeNode(node: HtmlNode): void {
  tree.detachNode(node);
}

/** Returns a new HTML element with these attributes, in this order, and no children. */
export function createElement(tagName: string, attributes: Record<string, string>): HtmlElement {
  const attrs = Object.entries(attributes).map(([name, value]) => ({ name, value }));
  return tree.createElement(tagName, html.NS.HTML, attrs);
}

/** Appends `child` as the last child of `parent`. */
export function appendChild(parent: HtmlElement, child: HtmlElement): void {
  tree.appendChild(parent, child);
}

/** Returns an element without its content as HTML text, for messages and checks: `<script src="/x.js"></script>`. */
export function emptyElementHtml(element: HtmlElement): string {
  return serializeOuter(tree.createElement(element.tagName, element.namespaceURI, element.attrs));
}
