import type { ElementContent } from "hast";
import type { Image, Nodes, Root } from "mdast";
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import remarkHtml from "remark-html";
import { defaultSchema, type Schema } from "hast-util-sanitize";
import type { Picture } from "./images";
import { footnoteIds, pageIds } from "./page-ids";
import { slugify } from "./slug";

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
  const headings = [...walk(tree)].filter((node) => node.type === "heading");
  if (headings.some((heading) => heading.depth === 1)) {
    for (const heading of headings) heading.depth = Math.min(heading.depth + 1, 6) as typeof heading.depth;
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
    for (const node of walk(block)) {
      if (node.type !== "image") continue;
      const picture = pictureOf(node.url);
      if (picture) setPicture(node, picture, first && firstScreen && index < 2);
      first = false;
    }
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

/** Returns the plain text of a node, blocks separated by blank lines. */
export function plainText(node: Nodes): string {
  const parts: string[] = [];
  // A stack of nodes still to write and separators between them, in reverse order: no recursion, any depth.
  const stack: (Nodes | string)[] = [node];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === "string") parts.push(item);
    else if ("value" in item) parts.push(item.type === "html" ? "" : item.value);
    else if ("children" in item) {
      const separator = item.type === "root" || item.type === "list" || item.type === "listItem" ? "\n\n" : "";
      for (let index = item.children.length - 1; index >= 0; index--) {
        stack.push(item.children[index]);
        if (index > 0 && separator) stack.push(separator);
      }
    }
  }
  return parts.join("");
}

/** Returns the plain text of the first paragraph, or undefined when the body has none. */
export function firstParagraph(tree: Root): string | undefined {
  const paragraph = tree.children.find((node) => node.type === "paragraph");
  return paragraph && plainText(paragraph).replace(/\s+/g, " ").trim();
}

/** Returns every link and image target in the body, in order; `![a][b]` and `[a][b]` with the URL of `[b]: …`. */
export function getReferences(tree: Root): Reference[] {
  const nodes = [...walk(tree)];
  const definitions = new Map<string, string>();
  // The first definition of a label wins, as in the HTML.
  for (const node of nodes) {
    if (node.type === "definition" && !definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
  }
  return nodes.flatMap((node): Reference[] => {
    const line = node.position?.start.line ?? 1;
    if (node.type === "link") return [{ kind: "link", url: node.url, line }];
    if (node.type === "image") return [{ kind: "image", url: node.url, line, alt: node.alt ?? "" }];
    if (node.type !== "linkReference" && node.type !== "imageReference") return [];
    const url = definitions.get(node.identifier);
    if (url === undefined) return [];
    return [
      node.type === "imageReference" ? { kind: "image", url, line, alt: node.alt ?? "" } : { kind: "link", url, line },
    ];
  });
}

/** Returns how many levels of nodes the tree has below its root. */
export function treeDepth(tree: Root): number {
  let deepest = 0;
  for (const [, depth] of walkWithDepth(tree)) deepest = Math.max(deepest, depth);
  return deepest;
}

/** A heading in a body: its level (2–6), its text and the id it links to. */
export interface Heading {
  depth: number;
  text: string;
  id: string;
}

/**
 * Gives every heading in the tree an id made from its text (`Wat doe je?` → `wat-doe-je`), unique within the page
 * (`-2`, `-3` after a repeat) and never one of the page's own ids or a footnote's; returns the headings in order. A
 * heading with no letters or digits becomes `kop`.
 */
export function addHeadingIds(tree: Root): Heading[] {
  const taken = new Set<string>(Object.values(pageIds));
  const headings: Heading[] = [];
  for (const node of walk(tree)) {
    if (node.type !== "heading") continue;
    const text = plainText(node).replace(/\s+/g, " ").trim();
    const slug = slugify(text) || "kop";
    const base = footnoteIds.test(slug) ? `kop-${slug}` : slug;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
    headings.push({ depth: node.depth, text, id });
  }
  return headings;
}

// Every node in document order, with an explicit stack: a tree of any depth costs memory, never the call stack.
function* walk(tree: Nodes): Generator<Nodes> {
  for (const [node] of walkWithDepth(tree)) yield node;
}

function* walkWithDepth(tree: Nodes): Generator<[Nodes, number]> {
  const stack: [Nodes, number][] = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    yield [node, depth];
    if ("children" in node) {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push([node.children[index], depth + 1]);
    }
  }
}
