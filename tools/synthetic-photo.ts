// A photo-like test image made on the spot (no photo files in the repository): soft shapes over a gradient, with
// fine grain like a camera sensor's, so that encoders face detail and noise as in a real photo.
import sharp from "sharp";

/** Returns a photo-like JPEG of `width` × `height` pixels, at a camera's quality (92) unless told otherwise. */
export async function syntheticPhoto(width = 4000, height = 3000, seed = 1, quality = 92): Promise<Buffer> {
  const shapes = Array.from({ length: 24 }, (_, index) => {
    const random = (n: number) => ((Math.sin(seed * 9301 + index * 49297 + n * 233) + 1) / 2) % 1;
    const hue = Math.round(random(1) * 360);
    const cx = Math.round(random(2) * width);
    const cy = Math.round(random(3) * height);
    const r = Math.round((0.05 + random(4) * 0.25) * width);
    return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="hsl(${hue} 55% 55%)" fill-opacity="0.55"/>`;
  }).join("");
  const stripe = Math.max(4, Math.round(width / 160));
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#6d9ccf"/>
<stop offset="0.6" stop-color="#e8d9b8"/><stop offset="1" stop-color="#5b4a32"/></linearGradient>
<pattern id="lines" width="${stripe}" height="${stripe}" patternUnits="userSpaceOnUse">
<path d="M0 0L${stripe} ${stripe}" stroke="#2b2b2b" stroke-width="${stripe / 6}" stroke-opacity="0.35"/></pattern></defs>
<rect width="100%" height="100%" fill="url(#sky)"/>${shapes}
<rect y="${Math.round(height * 0.7)}" width="100%" height="${Math.round(height * 0.3)}" fill="url(#lines)"/></svg>`;
  const grain = await sharp({
    create: { width, height, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 18 } },
  })
    .blur(0.6)
    .raw()
    .toBuffer();
  return sharp(Buffer.from(svg))
    .composite([{ input: grain, raw: { width, height, channels: 3 }, blend: "overlay" }])
    .jpeg({ quality })
    .toBuffer();
}
