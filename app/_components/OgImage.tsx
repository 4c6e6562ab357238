import { createHash } from "node:crypto";
import fs, { readFileSync } from "node:fs";
import path from "node:path";
import { ImageResponse } from "next/og";
import { site } from "@/lib/site";

/** Open Graph images are 1200 × 630 PNGs. */
export const ogImageSize = { width: 1200, height: 630 };

// Source Serif 4 from npm: no font is fetched from the network at build time.
const fontFile = (weight: number) =>
  readFileSync(
    path.join(
      process.cwd(),
      `node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-${weight}-normal.woff`,
    ),
  );
const fonts = [
  { name: "Source Serif 4", data: fontFile(400), weight: 400 as const, style: "normal" as const },
  { name: "Source Serif 4", data: fontFile(700), weight: 700 as const, style: "normal" as const },
];

type Props = {
  title: string;
  /** A line under the title: the author and date of a post, or the site's tagline. */
  byline: string;
};

/** Returns a PNG with the title, a byline and the site's name, in the site's colours. */
export function renderOgImage({ title, byline }: Props): ImageResponse {
  const titleSize = title.length > 60 ? 60 : title.length > 30 ? 72 : 84;
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "72px 88px",
        background: "#fdfbf7",
        borderLeft: "24px solid #8a3b12",
        color: "#1f1d1a",
        fontFamily: "Source Serif 4",
      }}
    >
      <div style={{ fontSize: 30, color: "#8a3b12", fontWeight: 700 }}>{site.name}</div>
      <div style={{ fontSize: titleSize, fontWeight: 700, lineHeight: 1.12, letterSpacing: "-0.01em" }}>{title}</div>
      <div style={{ fontSize: 32, color: "#5c574f" }}>{byline}</div>
    </div>,
    { ...ogImageSize, fonts },
  );
}

// Drawing one PNG takes 25–30 ms, which adds up over thousands of columns; a rebuild draws only the images whose
// text or design changed. The key holds the text, the site's name, this file's source and the fonts' sizes.
const cacheDir = path.join(process.cwd(), "node_modules", ".cache", "column-site-og");
const designFile = path.join(process.cwd(), "app", "_components", "OgImage.tsx");
const design = fs.existsSync(designFile)
  ? createHash("sha256")
      .update(readFileSync(designFile))
      .update(fonts.map((font) => font.data.length).join(","))
      .digest("hex")
  : undefined;

/** Returns the PNG response for an Open Graph image, drawn once and then taken from node_modules/.cache. */
export async function ogImageResponse(props: Props): Promise<Response> {
  const headers = { "Content-Type": "image/png" };
  if (!design) return renderOgImage(props);
  const key = createHash("sha256")
    .update(JSON.stringify([design, site.name, props.title, props.byline]))
    .digest("hex");
  const file = path.join(cacheDir, `${key.slice(0, 32)}.png`);
  if (fs.existsSync(file)) return new Response(new Uint8Array(readFileSync(file)), { headers });
  const png = new Uint8Array(await renderOgImage(props).arrayBuffer());
  fs.mkdirSync(cacheDir, { recursive: true });
  // Written beside, then renamed: another build worker never reads half an image.
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, png);
  fs.renameSync(temporary, file);
  return new Response(png, { headers });
}
