import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { imageSummary, ImageReader } from "@/lib/content/images";
import { readContent } from "@/lib/content/read";
import { columnSizes, largestImage, ogVariant, pictureOf, variantsOf, type ImageInfo } from "@/lib/images";
import { plainImages } from "@/lib/feed-html";
import { addPictures, parseMarkdown, renderHtml } from "@/lib/markdown";
import { writeVariants } from "@/lib/outputs/variants";
import { fixtures, problemLines, siteWith } from "./helpers";

const photo: ImageInfo = { src: "/images/foto.jpg", hash: "0123456789", width: 4000, height: 3000, format: "jpeg" };
const today = "2026-11-24";

describe("variantsOf", () => {
  it("gives a photo four column widths in AVIF, WebP and JPEG, with heights in its proportion", () => {
    const variants = variantsOf(photo, "column");
    expect(variants.map((variant) => `${variant.format} ${variant.width}×${variant.height}`)).toEqual(
      ["avif", "webp", "jpeg"].flatMap((format) =>
        ["360×270", "576×432", "720×540", "1152×864"].map((size) => `${format} ${size}`),
      ),
    );
    expect(variants[0].url).toBe("/_variants/foto-0123456789-360.avif");
  });

  it("never enlarges: a 800 px drawing gets the widths below it and its own width, in PNG", () => {
    const drawing: ImageInfo = { ...photo, src: "/grafiek.png", width: 800, height: 500, format: "png" };
    const widths = variantsOf(drawing, "column").filter((variant) => variant.format === "png");
    expect(widths.map((variant) => variant.width)).toEqual([360, 576, 720, 800]);
  });

  it("crops cards to 3:2 and the og:image to 1200 × 630, and has no og:image for a cover too small for it", () => {
    expect(variantsOf(photo, "card").map((variant) => `${variant.width}×${variant.height}`)).toContain("320×213");
    expect(ogVariant(photo)).toMatchObject({ width: 1200, height: 630, format: "jpeg", crop: true });
    expect(ogVariant({ ...photo, width: 1000, height: 750 })).toBeUndefined();
  });

  it("serves an SVG as it is", () => {
    const svg: ImageInfo = { ...photo, src: "/logo.svg", width: 300, height: 100, format: "svg" };
    expect(variantsOf(svg, "column")).toEqual([]);
    expect(pictureOf(svg, "column")).toEqual({
      sources: [],
      img: { src: "/logo.svg", width: 300, height: 100 },
      sizes: columnSizes,
    });
  });
});

describe("pictureOf", () => {
  it("offers AVIF and WebP sources and a JPEG fallback of 720 px, the width a 2× phone needs", () => {
    const picture = pictureOf(photo, "column");
    expect(picture.sources.map((source) => source.type)).toEqual(["image/avif", "image/webp"]);
    expect(picture.sources[0].srcSet).toBe(
      "/_variants/foto-0123456789-360.avif 360w, /_variants/foto-0123456789-576.avif 576w, /_variants/foto-0123456789-720.avif 720w, /_variants/foto-0123456789-1152.avif 1152w",
    );
    expect(picture.img).toMatchObject({ src: "/_variants/foto-0123456789-720.jpg", width: 720, height: 540 });
    expect(picture.sizes).toBe("(min-width: 38.5rem) 36rem, calc(100vw - 2.5rem)");
    expect(largestImage(photo)).toMatchObject({ url: "/_variants/foto-0123456789-1152.jpg", width: 1152 });
  });
});

describe("images in Markdown", () => {
  const render = (markdown: string, firstScreen = true) => {
    const tree = parseMarkdown(markdown);
    addPictures(tree, (url) => (url === photo.src ? pictureOf(photo, "column") : undefined), firstScreen);
    return renderHtml(tree);
  };

  it("writes an image as a <picture> with width and height, loading at once in the first screen", () => {
    const html = render("![Een haven](/images/foto.jpg)\n\nTekst.\n\n![Nog een](/images/foto.jpg)");
    const [first, second] = html.match(/<picture>.*?<\/picture>/g) ?? [];
    expect(first).toContain('<source type="image/avif" srcset="/_variants/foto-0123456789-360.avif 360w');
    expect(first).toContain(
      'width="720" height="540" sizes="(min-width: 38.5rem) 36rem, calc(100vw - 2.5rem)" alt="Een haven" fetchpriority="high" decoding="async">',
    );
    expect(second).toContain('alt="Nog een" loading="lazy" decoding="async">');
  });

  it("loads every image lazily below a cover or further down the column", () => {
    expect(render("![Een haven](/images/foto.jpg)", false)).toContain('loading="lazy"');
    expect(render("Een.\n\nTwee.\n\n![Een haven](/images/foto.jpg)")).toContain('loading="lazy"');
  });

  it("still strips what an editor cannot write: srcset or loading attributes in raw HTML", () => {
    const html = render('<img src="/x.jpg" srcset="/y.jpg 2x" loading="eager" onerror="alert(1)">\n\n![a](/b.jpg)');
    expect(html).not.toMatch(/srcset|loading|onerror|x\.jpg/);
    expect(html).toContain('<img src="/b.jpg" alt="a">');
  });

  it("gives feed readers a plain <img> with src, width, height and alt", () => {
    expect(plainImages(render("![Een haven](/images/foto.jpg)")).trim()).toBe(
      '<p><img src="/_variants/foto-0123456789-720.jpg" width="720" height="540" alt="Een haven"></p>',
    );
  });
});

describe("reading images", () => {
  let dir: string;
  let publicDir: string;
  const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, "posts", name), text);

  beforeAll(async () => {
    dir = siteWith();
    publicDir = path.join(dir, "public");
    fs.mkdirSync(path.join(publicDir, "images"), { recursive: true });
    const image = (width: number, height: number) =>
      sharp({ create: { width, height, channels: 3, background: "#6d9ccf" } });
    await image(3000, 2000)
      .jpeg()
      .toFile(path.join(publicDir, "images", "groot.jpg"));
    await image(400, 300)
      .png()
      .toFile(path.join(publicDir, "images", "klein.png"));
    await image(800, 600)
      .tiff()
      .toFile(path.join(publicDir, "images", "scan.tif"));
    fs.writeFileSync(path.join(publicDir, "images", "tekst.jpg"), "geen afbeelding");
  });

  it("names an image in a format the site cannot use, one that is no image, and one too small for the column", () => {
    const body = "![Een scan](/images/scan.tif)\n\n![Tekst](/images/tekst.jpg)\n\n![Klein](/images/klein.png)\n";
    write("x.md", `---\ntitle: X\nauthor: jan-smit\n---\n\n${body}`);
    expect(problemLines(() => readContent(dir, { today, publicDir }), dir)).toEqual([
      "posts/x.md:6: body: the image /images/scan.tif is a TIFF file, which the site cannot use: save it as JPEG (photos) or PNG (drawings)",
      "posts/x.md:8: body: the image /images/tekst.jpg is not an image the site can read: use a JPEG, PNG, WebP, AVIF, GIF or SVG file",
      "posts/x.md:10: body: the image /images/klein.png is 400 px wide, too small for the column (576 px): use a file at least 576 px wide, ideally 1152 px or more",
    ]);
    fs.rmSync(path.join(dir, "posts", "x.md"));
  });

  it("checks a cover like a body image, on the line of its field", () => {
    write("x.md", "---\ntitle: X\nauthor: jan-smit\nimage: /images/klein.png\nimageAlt: Klein\n---\n\nTekst.\n");
    expect(problemLines(() => readContent(dir, { today, publicDir }), dir)).toEqual([
      "posts/x.md:4: image: the image /images/klein.png is 400 px wide, too small for the column (576 px): use a file at least 576 px wide, ideally 1152 px or more",
    ]);
    fs.rmSync(path.join(dir, "posts", "x.md"));
  });

  it("reads a cover with its size and hash, and notes a far larger image in the check's summary", () => {
    write("x.md", "---\ntitle: X\nauthor: jan-smit\nimage: /images/groot.jpg\nimageAlt: Blauw\n---\n\nTekst.\n");
    const [post] = readContent(dir, { today, publicDir }).posts;
    expect(post.cover).toEqual({
      image: {
        src: "/images/groot.jpg",
        hash: expect.stringMatching(/^[0-9a-f]{10}$/),
        width: 3000,
        height: 2000,
        format: "jpeg",
      },
      alt: "Blauw",
    });
    expect(imageSummary(post.images)).toBe(
      ", 1 image (1 far larger than the 1200 px the site shows at most, accepted: /images/groot.jpg (3000 × 2000))",
    );
    fs.rmSync(path.join(dir, "posts", "x.md"));
  });

  it("reads a post of an earlier build again when its image changed, though its text did not", async () => {
    write("x.md", "---\ntitle: X\nauthor: jan-smit\nimage: /images/wissel.jpg\nimageAlt: Blauw\n---\n\nTekst.\n");
    const photo = (width: number) =>
      sharp({ create: { width, height: 1000, channels: 3, background: "#808080" } })
        .jpeg()
        .toFile(path.join(publicDir, "images", "wissel.jpg"));
    await photo(1500);
    const first = readContent(dir, { today, publicDir });
    await photo(2000);
    const earlier = new Map(first.posts.map((post) => [post.file, post]));
    const [again] = readContent(dir, { today, publicDir, earlier }).posts;
    expect(again.cover?.image.width).toBe(2000);
    expect(again.cover?.image.hash).not.toBe(first.posts[0].cover?.image.hash);
    fs.rmSync(path.join(dir, "posts", "x.md"));
  });

  it("reads a file again only when it changed", () => {
    const reader = new ImageReader(publicDir);
    const first = reader.read("/images/groot.jpg");
    expect(reader.read("/images/groot.jpg")).toEqual(first);
    expect(reader.read("/images/ontbreekt.jpg")).toBe("does not exist: put the file in public/images/ontbreekt.jpg");
  });
});

describe("writeVariants", () => {
  it("makes every variant once, at its exact size, then only links them from the cache", async () => {
    const { posts } = readContent(path.join(fixtures, "site"), { today });
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "column-variants-"));
    const options = {
      publicDir: path.join(fixtures, "public"),
      outDir: path.join(tmp, "_variants"),
      cacheDir: path.join(tmp, "cache"),
    };
    fs.mkdirSync(options.outDir);
    fs.writeFileSync(path.join(options.outDir, "oud-0000000000-360.avif"), "");
    const cold = await writeVariants(posts, options);
    // haven.jpg (1280 px, the cover): 4 column widths and 2 card sizes in 3 formats, 1 og:image; grafiek.png (800
    // px): 4 widths in 3 formats.
    expect(cold).toEqual({ images: 2, variants: 6 * 3 + 1 + 4 * 3, madeImages: 2, madeVariants: 31 });
    const files = fs.readdirSync(options.outDir);
    expect(files).not.toContain("oud-0000000000-360.avif");
    const og = files.find((name) => name.includes("-og-1200"))!;
    expect(await sharp(path.join(options.outDir, og)).metadata()).toMatchObject({
      width: 1200,
      height: 630,
      format: "jpeg",
    });
    const avif = files.find((name) => name.endsWith("-720.avif"))!;
    expect(await sharp(path.join(options.outDir, avif)).metadata()).toMatchObject({ width: 720, format: "heif" });
    const warm = await writeVariants(posts, options);
    expect(warm).toMatchObject({ madeImages: 0, madeVariants: 0 });
  });
});
