import type { Root } from "mdast";
import { pictureOf, type ImageInfo } from "../images";
import { addPictures, getReferences } from "../markdown";
import { tooSmall, type ImageReader } from "./images";
import type { Problem } from "./problems";
import type { PostFrontMatter } from "./schema";

/** A post's cover: the image at the top of the column and on its cards. */
export interface Cover {
  image: ImageInfo;
  alt: string;
}

interface PostImages {
  cover?: Cover;
  /** Every image of the post in `public/` (cover first), for the variants the build writes. */
  images: ImageInfo[];
  problems: Problem[];
}

interface Source {
  file: string;
  bodyLine: number;
  fieldLines: Readonly<Record<string, number>>;
}

/**
 * Reads the cover and the body's images of a post, turns each body image into a `<picture>` in `body`, and returns
 * them with a problem for each missing, unreadable, undescribed or too small image.
 */
export function readPostImages(
  source: Source,
  data: Partial<PostFrontMatter>,
  body: Root,
  reader: ImageReader,
): PostImages {
  const { file, bodyLine, fieldLines } = source;
  const problems: Problem[] = [];
  const images = new Map<string, ImageInfo>();
  let cover: Cover | undefined;
  // The cover's file is checked with or without its imageAlt (whose absence the schema reports): every problem at once.
  if (data.image) {
    const info = take(data.image, (message) =>
      problems.push({ file, line: fieldLines.image, field: "image", message }),
    );
    if (info && data.imageAlt) cover = { image: info, alt: data.imageAlt };
  }
  for (const { kind, url, line, alt } of getReferences(body)) {
    if (kind !== "image" || !isSitePath(url)) continue;
    const report = (message: string) => problems.push({ file, line: bodyLine + line - 1, field: "body", message });
    if (!alt?.trim()) {
      report(`the image ${url} has no description: write what it shows, like ![Peter aan het woord](${url})`);
    }
    take(url, report);
  }
  addPictures(body, (url) => (images.has(url) ? pictureOf(images.get(url)!, "column") : undefined), !cover);
  return { cover, images: [...images.values()], problems };

  function take(src: string, report: (message: string) => void): ImageInfo | undefined {
    const info = images.get(src) ?? reader.read(src);
    if (typeof info === "string") {
      report(`the image ${src} ${info}`);
      return undefined;
    }
    const small = images.has(src) ? undefined : tooSmall(info);
    if (small) report(`the image ${src} ${small}`);
    images.set(src, info);
    return info;
  }
}

function isSitePath(url: string): boolean {
  return url.startsWith("/") && !url.startsWith("//");
}
