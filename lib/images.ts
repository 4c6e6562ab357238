// What the site makes of an image: the variants (widths and formats) and the markup that offers them. Pure data,
// shared by the Markdown step, the components and the build step that writes the files (lib/outputs/variants.ts).

/** The formats the pipeline reads. SVG is served as it is; the others get variants. */
export const readableFormats = ["jpeg", "png", "webp", "avif", "gif", "svg"] as const;
export type ImageFormat = (typeof readableFormats)[number];

/** An image in `public/`, as read in the content phase: its site path, content hash and size as shown. */
export interface ImageInfo {
  /** The site path an editor wrote, like `/images/foto.jpg`. */
  src: string;
  /** The first characters of the SHA-256 of the file's content: variants are named and cached by it. */
  hash: string;
  width: number;
  height: number;
  format: ImageFormat;
}

/** Where variants are served from: a git-ignored folder under public/, so `npm start` and out/ serve them alike. */
export const variantsPath = "/_variants";

/** The column's measure in CSS pixels (`--measure: 36rem` in app/globals.css) and its side margins (2.5rem). */
export const columnWidth = 576;
const sideMargins = 40;

/** How an image is used: in the column (body and cover), on a card (a 3:2 thumbnail), or as the 1200 × 630 og:image. */
export type VariantKind = "column" | "card" | "og";

// Column widths: a 1× phone (335 CSS px), the column on a 1× screen (576), a 2× phone (375 px: 670), a 2× screen
// (1152). Cards: 7rem (112 CSS px) at 1× and 2×.
const widthsOf: Record<VariantKind, number[]> = { column: [360, 576, 720, 1152], card: [160, 320], og: [1200] };
/** The widest file the site makes of any image: the og:image crop. */
export const largestVariantWidth = Math.max(...Object.values(widthsOf).flat());
const aspectOf: Partial<Record<VariantKind, number>> = { card: 3 / 2, og: 1200 / 630 };

/** The `sizes` of a column image: the column's width, or the screen less its margins on a narrower screen. */
export const columnSizes = `(min-width: ${(columnWidth + sideMargins) / 16}rem) ${columnWidth / 16}rem, calc(100vw - ${sideMargins / 16}rem)`;
/** The `sizes` of a card's thumbnail (app/globals.css, `.card-image`). */
export const cardSizes = "7rem";

/** One file the build writes for an image. */
export interface Variant {
  url: string;
  width: number;
  height: number;
  format: "avif" | "webp" | "jpeg" | "png";
  /** Cropped to the kind's aspect ratio (cards, og:image) rather than scaled whole. */
  crop: boolean;
}

/** Returns the format of the fallback `<img>`: the source's own, as JPEG or PNG (GIF keeps transparency as PNG). */
export function fallbackFormat(info: ImageInfo): "jpeg" | "png" {
  return info.format === "png" || info.format === "gif" ? "png" : "jpeg";
}

/** Returns every variant of an image for one use, smallest first in each format; none for an SVG. */
export function variantsOf(info: ImageInfo, kind: VariantKind): Variant[] {
  if (info.format === "svg") return [];
  const aspect = aspectOf[kind];
  const widths = widthsOf[kind].filter((width) => width <= info.width && (!aspect || width / aspect <= info.height));
  // A source between two widths is also served whole, so a 2× screen gets every pixel there is (an image narrower
  // than every width is served only at its own width; the check warns about it).
  const largest = Math.floor(Math.min(info.width, aspect ? info.height * aspect : info.width));
  if (kind !== "og" && largest < widthsOf[kind].at(-1)! && largest > (widths.at(-1) ?? 0)) widths.push(largest);
  const stem =
    info.src
      .split("/")
      .at(-1)!
      .replace(/\.[^.]*$/, "")
      .replace(/[^a-zA-Z0-9-]+/g, "-") || "image";
  const formats = kind === "og" ? (["jpeg"] as const) : (["avif", "webp", fallbackFormat(info)] as const);
  return formats.flatMap((format) =>
    widths.map((width) => {
      const height = Math.round(aspect ? width / aspect : (width * info.height) / info.width);
      const suffix = kind === "column" ? `${width}` : `${kind}-${width}`;
      const extension = format === "jpeg" ? "jpg" : format;
      return {
        url: `${variantsPath}/${stem}-${info.hash}-${suffix}.${extension}`,
        width,
        height,
        format,
        crop: !!aspect,
      };
    }),
  );
}

/** Returns the og:image variant of a cover, or undefined when the cover does not fill a 1200 × 630 frame. */
export function ogVariant(info: ImageInfo): Variant | undefined {
  return variantsOf(info, "og")[0];
}

/** What a `<picture>` holds: one source per modern format and the fallback image. */
export interface Picture {
  sources: { type: string; srcSet: string }[];
  img: { src: string; srcSet?: string; width: number; height: number };
  sizes: string;
}

/** Returns the sources and fallback of an image for one use; an SVG is its own file at its own size. */
export function pictureOf(info: ImageInfo, kind: Exclude<VariantKind, "og">): Picture {
  const sizes = kind === "card" ? cardSizes : columnSizes;
  const variants = variantsOf(info, kind);
  if (variants.length === 0)
    return { sources: [], img: { src: info.src, width: info.width, height: info.height }, sizes };
  const srcSet = (format: Variant["format"]) =>
    variants
      .filter((variant) => variant.format === format)
      .map((variant) => `${variant.url} ${variant.width}w`)
      .join(", ");
  const fallback = variants.filter((variant) => variant.format === fallbackFormat(info));
  // The plain src is what feeds and the oldest browsers get: the width a 2× phone needs, or the largest there is.
  const plain = fallback.find((variant) => variant.width >= 720) ?? fallback.at(-1)!;
  return {
    sources: (["avif", "webp"] as const).map((format) => ({ type: `image/${format}`, srcSet: srcSet(format) })),
    img: { src: plain.url, srcSet: srcSet(fallbackFormat(info)), width: plain.width, height: plain.height },
    sizes,
  };
}

/** Returns the largest file of an image in its own format (the source itself for an SVG), for feeds and JSON-LD. */
export function largestImage(info: ImageInfo): { url: string; width: number; height: number } {
  const largest = variantsOf(info, "column")
    .filter((variant) => variant.format === fallbackFormat(info))
    .at(-1);
  return largest ?? { url: info.src, width: info.width, height: info.height };
}
