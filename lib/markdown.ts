import type { ElementContent } from "hast";
import type { Image, Nodes, Root } from "mdast";
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import remarkHtml from "remark-html";
import { defaultSchema, type Schema } from "hast-util-sanitize";
import type { Picture } from "./images";

// The sanitizer allows exactly the markup of an image with variants (see addPictures), and nothing more: a
// <picture> with <source type srcset sizes> and an <img> with srcset, sizes, width, height and the loading hints.
const schema: Schema = {
  ...defaultSchema,
  // Footnote ids already carry remark's "user-content-" prefix; a second one would break their links.
  clobberPrefix: "",
  attributes: {
    ...defaultSchema.attributes,
    picture: [],
    source: [["type", "image/avif", "image/webp"], "srcSet", "sizes"],
    img: [
      ...(defaultSchema.attributes?.img ?? []),
      "srcSet",
      "sizes",
      ["loading", "lazy"],
      ["decoding", "async"],
      ["fetchPriority", "high"],
    ],
  },
};

// No transformers run: every change to the tree happens in parseMarkdown and addPictures, so stringify takes it as
// it is. sanitize: raw HTML, event handlers and javascript: URLs never reach a page or a feed.
const processor = remark().use(remarkGfm).use(remarkHtml, { sanitize: schema });

// GFM's syntax (tables, strikethrough, footnotes, task lists, bare URLs and e-mail addresses) cannot start without
// one of these; a body that has none parses the same without GFM, three times faster.
const gfmMarkers = /[|~@]|\[\^|\[[ xX]\]|www\.|:\/\/|mailto:|xmpp:/;
const commonMarkParser = remark();

// remark-html cannot pass labels to its HTML step, so its English footnote labels are put in Dutch here.
const dutchLabels: [RegExp, string][] = [
  [/>Footnotes<\/h2>/g, ">Voetnoten</h2>"],
  [/aria-label="Back to reference (\d+(?:-\d+)?)"/g, 'aria-label="Terug naar verwijzing $1"'],
];

/** A link or image target in a body, with the line it stands on. */
export interface Reference {
  kind: "link" | "image";
  url: string;
  line: number;
  /** An image's description (its alt text). */
  alt?: string;
}

/** Returns the Markdown syntax tree, with headings shifted so that none is an `h1`. */
export function parseMarkdown(markdown: string): Root {
  const tree = (gfmMarkers.test(markdown) ? processor : commonMarkParser).parse(markdown);
  const hasH1 = someNode(tree, (node) => node.type === "heading" && node.depth === 1);
  if (hasH1) {
    visit(tree, (node) => {
      if (node.type === "heading") node.depth = Math.min(node.depth + 1, 6) as typeof node.depth;
    });
  }
  return tree;
}

/** Returns the tree as sanitized HTML. */
export function renderHtml(tree: Root): string {
  const html = String(processor.stringify(tree));
  return dutchLabels.reduce((result, [english, dutch]) => result.replace(english, dutch), html);
}

/**
 * Turns each image that `pictureOf` knows into a `<picture>` with its variants, width and height. The first image
 * loads at once when `firstScreen` and it stands in the body's first two blocks; every other one loads lazily.
 */
export function addPictures(tree: Root, pictureOf: (url: string) => Picture | undefined, firstScreen: boolean): void {
  let first = true;
  tree.children.forEach((block, index) => {
    visit(block, (node) => {
      if (node.type !== "image") return;
      const picture = pictureOf(node.url);
      if (picture) setPicture(node, picture, first && firstScreen && index < 2);
      first = false;
    });
  });
}

function setPicture(node: Image, { sources, img, sizes }: Picture, eager: boolean): void {
  const element = (tagName: string, properties: Record<string, string | number | undefined>): ElementContent => ({
    type: "element",
    tagName,
    properties,
    children: [],
  });
  const loading = eager ? { fetchPriority: "high", decoding: "async" } : { loading: "lazy", decoding: "async" };
  const image = element("img", { ...img, ...(img.srcSet && { sizes }), alt: node.alt ?? "", ...loading });
  if (sources.length === 0) {
    node.data = { hProperties: { ...img, ...loading } };
    return;
  }
  // src, alt and title move from the <picture> to its <img>: null leaves them off the <picture>.
  node.data = {
    hName: "picture",
    hProperties: { src: undefined, alt: undefined, title: undefined },
    hChildren: [...sources.map((source) => element("source", { ...source, sizes })), image],
  };
}

/** Returns the HTML with each `<picture>` reduced to its plain `<img>` (src, alt, width, height), for feed readers. */
export function plainImages(html: string): string {
  return html.replace(/<picture>.*?(<img [^>]*>)<\/picture>/gs, (_, img: string) =>
    img.replace(/ (srcset|sizes|loading|decoding|fetchpriority)="[^"]*"/g, ""),
  );
}

/** Returns the HTML with site-relative links and images made absolute against `baseUrl`, for feeds. */
export function absoluteUrls(html: string, baseUrl: string): string {
  // remark-html writes every attribute in double quotes; "//host" URLs are already absolute.
  return html.replace(/ (href|src)="\/(?!\/)/g, ` $1="${baseUrl}/`);
}

/** Returns the plain text of a node, blocks separated by blank lines. */
export function plainText(node: Nodes): string {
  if ("value" in node && node.type !== "html") return node.value;
  if (!("children" in node)) return "";
  const separator = node.type === "root" || node.type === "list" || node.type === "listItem" ? "\n\n" : "";
  return node.children.map((child) => plainText(child)).join(separator);
}

/** Returns the plain text of the first paragraph, or undefined when the body has none. */
export function firstParagraph(tree: Root): string | undefined {
  const paragraph = tree.children.find((node) => node.type === "paragraph");
  return paragraph && plainText(paragraph).replace(/\s+/g, " ").trim();
}

/** Returns every link and image target in the body, in order. */
export function getReferences(tree: Root): Reference[] {
  const references: Reference[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === "link") references.push({ kind: "link", url: node.url, line });
    if (node.type === "image") references.push({ kind: "image", url: node.url, line, alt: node.alt ?? "" });
  });
  return references;
}

function visit(node: Nodes, callback: (node: Nodes) => void): void {
  callback(node);
  if ("children" in node) for (const child of node.children) visit(child, callback);
}

function someNode(node: Nodes, test: (node: Nodes) => boolean): boolean {
  return test(node) || ("children" in node && node.children.some((child) => someNode(child, test)));
}
