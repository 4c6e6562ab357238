// A page as a tree, through htmlparser2: the export changes pages by their elements, never by matching text. It is
// the tree of the text as written: no element the text leaves out is implied (<html>, <head>, <tbody>), no character
// reference is decoded (so none is encoded again), and <noscript> and <template> hold elements like any other. It is
// five times faster than parse5, which builds the HTML standard's full document (a column page: 0.5 ms against 2.4
// ms). Next's pages are complete documents that React wrote, with neither of those two elements, so the two build the
// same tree from them.
import { Element, isComment, type ChildNode, type Comment, type Document } from "domhandler";
import { DomUtils, parseDocument } from "htmlparser2";

export type HtmlDocument = Document;
export type HtmlElement = Element;

// Text stays as written, in the parser and the serializer alike, and an empty attribute keeps its `=""`: a page comes
// back as React wrote it but for the edits (and the slash of a void element, which HTML ignores).
const asWritten = { decodeEntities: false, emptyAttrs: true } as const;

/** Returns the tree of `text` as written: elements, text and comments, with no element implied. */
export function parseHtml(text: string): HtmlDocument {
  return parseDocument(text, asWritten);
}

/** Returns the document as HTML text. */
export function serializeHtml(document: HtmlDocument): string {
  return DomUtils.getOuterHTML(document, asWritten);
}

/** Returns an element with its content as HTML text. */
export function outerHtml(element: HtmlElement): string {
  return DomUtils.getOuterHTML(element, asWritten);
}

/** Returns every element under `root`, in document order. */
export function getElements(root: HtmlDocument | HtmlElement): HtmlElement[] {
  return DomUtils.findAll(() => true, root.children);
}

/** Returns every comment under `root`, in document order. */
export function getComments(root: HtmlDocument | HtmlElement): Comment[] {
  return DomUtils.filter(() => true, root.children).filter(isComment);
}

/** Returns the value of an attribute, or undefined when the element does not have it. */
export function getAttribute(element: HtmlElement, name: string): string | undefined {
  return element.attribs[name];
}

/** Takes a node out of its document. */
export function removeNode(node: ChildNode): void {
  DomUtils.removeElement(node);
}

/** Returns a new HTML element with these attributes, in this order, and no children. */
export function createElement(tagName: string, attributes: Record<string, string>): HtmlElement {
  return new Element(tagName, { ...attributes });
}

/** Appends `child` as the last child of `parent`. */
export function appendChild(parent: HtmlElement, child: HtmlElement): void {
  DomUtils.appendChild(parent, child);
}

/** Returns an element without its content as HTML text, for messages and checks: `<script src="/x.js"></script>`. */
export function emptyElementHtml(element: HtmlElement): string {
  return outerHtml(new Element(element.name, { ...element.attribs }));
}
