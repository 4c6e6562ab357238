import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { readContent } from "@/lib/content/read";
import { drawOgImage } from "@/lib/outputs/og/draw";
import { loadOgFonts } from "@/lib/outputs/og/fonts";
import { ogImageJobs } from "@/lib/outputs/og/images";
import { writeOgImages } from "@/lib/outputs/og/write";
import { fixtures } from "./helpers";

const fonts = loadOgFonts();
const byline = "Peter Bröring · 31 augustus 2017";
const draw = (title: string) => drawOgImage({ title, byline }, fonts);

async function pixels(png: Buffer): Promise<Buffer> {
  return sharp(png).raw().toBuffer();
}

describe("drawOgImage with the network unreachable", { timeout: 60_000 }, () => {
  const blocked = () => {
    throw new Error("an Open Graph image tried to reach the network");
  };
  const spies = [
    vi.spyOn(globalThis, "fetch").mockImplementation(blocked),
    vi.spyOn(http, "request").mockImplementation(blocked),
    vi.spyOn(https, "request").mockImplementation(blocked),
    vi.spyOn(net, "connect").mockImplementation(blocked),
  ];
  afterAll(() => spies.forEach((spy) => spy.mockRestore()));

  it("draws titles in Latin Extended, Greek, Cyrillic and with emoji as 1200 × 630 PNGs", async () => {
    for (const title of [
      "Škoda, Łódź en de Ĳssel",
      "Ελλάδα και Κύπρος",
      "Москва и Київ",
      "Feest 🎉 voor de klant 👍",
    ]) {
      const metadata = await sharp(await draw(title)).metadata();
      expect([metadata.format, metadata.width, metadata.height], title).toEqual(["png", 1200, 630]);
    }
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it("draws in the card's colours, a byte a pixel: paper, the rust bar, the title in full ink, edges in between", async () => {
    const png = await draw("Klant");
    const metadata = await sharp(png).metadata();
    expect([metadata.isPalette, metadata.size! < 40_000]).toEqual([true, true]);
    const rgb = await sharp(png).removeAlpha().raw().toBuffer();
    const colours = new Set<string>();
    for (let at = 0; at < rgb.length; at += 3) colours.add(`#${rgb.subarray(at, at + 3).toString("hex")}`);
    expect([...colours]).toEqual(expect.arrayContaining(["#fdfbf7", "#8a3b12", "#1f1d1a", "#5c574f"]));
    // Anti-aliased edges: shades of each ink over the paper, and nothing else.
    expect(colours.size).toBeGreaterThan(20);
    expect(colours.size).toBeLessThanOrEqual(2 + 3 * 64);
  });

  it("draws every letter: each of these titles gives another image than the same title without it", async () => {
    const plain = await pixels(await draw("Klant"));
    for (const extra of ["Ł", "λ", "ж", "🎉"]) {
      expect((await pixels(await draw(`Klant ${extra}`))).equals(plain), extra).toBe(false);
    }
  });

  it("makes a title too long for the card smaller, so the byline below it stays as it is", async () => {
    const long = Array.from({ length: 12 }, () => "klantcontact en strategie").join(" ");
    const bylineRows = async (title: string) =>
      sharp(await draw(title))
        .extract({ left: 0, top: 510, width: 1200, height: 120 })
        .raw()
        .toBuffer();
    expect((await bylineRows(long)).equals(await bylineRows("Klant"))).toBe(true);
  });

  it("draws an emoji with a skin tone as the emoji alone: the one-colour font has no tones, only swatches", async () => {
    expect((await pixels(await draw("Goed 👍🏽"))).equals(await pixels(await draw("Goed 👍")))).toBe(true);
  });

  it("draws the Dutch Ĳ as IJ, and leaves out a script without a font instead of drawing empty boxes", async () => {
    expect((await pixels(await draw("Ĳssel"))).equals(await pixels(await draw("IJssel")))).toBe(true);
    expect((await pixels(await draw("Klant 中文"))).equals(await pixels(await draw("Klant")))).toBe(true);
  });
});

describe("writeOgImages", { timeout: 60_000 }, () => {
  let publicDir: string;
  let cacheDir: string;
  const posts = () => readContent(path.join(fixtures, "site"), { today: "2024-01-01" }).posts.slice(0, 2);

  beforeAll(() => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "column-og-"));
    publicDir = path.join(dir, "public");
    cacheDir = path.join(dir, "cache");
  });

  it("writes the site's image and one per post where both outputs serve them", async () => {
    expect(await writeOgImages(ogImageJobs(posts()), publicDir, { cacheDir })).toEqual({ drawn: 3, cached: 0 });
    for (const { urlPath } of ogImageJobs(posts())) {
      const metadata = await sharp(path.join(publicDir, urlPath)).metadata();
      expect([metadata.format, metadata.width, metadata.height], urlPath).toEqual(["png", 1200, 630]);
    }
  });

  it("draws nothing again when nothing changed, and only the changed post's image when one did", async () => {
    expect(await writeOgImages(ogImageJobs(posts()), publicDir, { cacheDir })).toEqual({ drawn: 0, cached: 3 });
    const [first, second] = posts();
    const changed = [{ ...first, title: `${first.title}, herzien` }, second];
    expect(await writeOgImages(ogImageJobs(changed), publicDir, { cacheDir })).toEqual({ drawn: 1, cached: 2 });
  });

  it("removes the image of a post that is gone, and nothing else", async () => {
    const [first, second, third] = readContent(path.join(fixtures, "site"), { today: "2024-01-01" }).posts;
    await writeOgImages(ogImageJobs([first, second, third]), publicDir, { cacheDir });
    const editorsFile = path.join(publicDir, "blog", third.slug, "notities.txt");
    fs.writeFileSync(editorsFile, "van de redactie");
    await writeOgImages(ogImageJobs([first]), publicDir, { cacheDir });
    expect(fs.existsSync(path.join(publicDir, "blog", first.slug, "og.png"))).toBe(true);
    expect(fs.existsSync(path.join(publicDir, "blog", second.slug))).toBe(false);
    expect(fs.existsSync(path.join(publicDir, "blog", third.slug, "og.png"))).toBe(false);
    expect(fs.readFileSync(editorsFile, "utf8")).toBe("van de redactie");
  });
});
