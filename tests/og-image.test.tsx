import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ogImageResponse } from "@/app/_components/OgImage";

const cacheDir = path.join("node_modules", ".cache", "column-site-og");

function pngSize(bytes: Uint8Array): [number, number] {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return [view.getUint32(16), view.getUint32(20)];
}

describe("ogImageResponse", () => {
  const props = { title: `Een column van ${Date.now()}`, byline: "Jan Smit · 3 januari 2010" };

  it("answers a 1200 × 630 PNG", async () => {
    const response = await ogImageResponse(props);
    expect(response.headers.get("content-type")).toBe("image/png");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]); // "PNG"
    expect(pngSize(bytes)).toEqual([1200, 630]);
  });

  it("draws an image once and takes it from the cache after", async () => {
    const fresh = { ...props, title: `${props.title} (cache)` };
    const before = new Set(fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir) : []);
    await ogImageResponse(fresh);
    const [drawn] = fs.readdirSync(cacheDir).filter((name) => !before.has(name));
    // Put other bytes in the cached file: the next answer must be those, not a new drawing.
    fs.writeFileSync(path.join(cacheDir, drawn), new Uint8Array([1, 2, 3]));
    expect(new Uint8Array(await (await ogImageResponse(fresh)).arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    fs.rmSync(path.join(cacheDir, drawn));
  });

  it("draws a new image when the title changes", async () => {
    const before = fs.readdirSync(cacheDir).length;
    await ogImageResponse({ ...props, title: `${props.title}, herzien` });
    expect(fs.readdirSync(cacheDir).length).toBe(before + 1);
  });
});
