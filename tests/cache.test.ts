// Files written beside and renamed into place: what a stopped process left beside them goes at the next write.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { temporaryFor } from "@/lib/cache";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "column-site-cache-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("temporaryFor", () => {
  it("names a file of this process, and removes the ones left unwritten for ten minutes, for that file only", () => {
    const now = Date.now();
    const old = new Date(now - 11 * 60_000);
    const left = ["content.json.4242.0.1f2e.tmp", "content.json.4242.3.a0b1c2d3.tmp", "content.json.4242.tmp"];
    const writing = ["content.json.4343.0.beef.tmp"]; // another process (or container) writing now
    const others = ["images.json.4242.0.1f2e.tmp", "content.json", "content.json.tmp", "content.json.x.tmp"];
    for (const name of [...left, ...writing, ...others]) fs.writeFileSync(path.join(dir, name), "");
    for (const name of [...left, ...others]) fs.utimesSync(path.join(dir, name), old, old);

    const temporary = temporaryFor(path.join(dir, "content.json"), now);

    expect(path.dirname(temporary)).toBe(dir);
    expect(path.basename(temporary)).toMatch(
      new RegExp(`^content\\.json\\.${process.pid}\\.\\d+\\.[0-9a-f]{8}\\.tmp$`),
    );
    expect(temporaryFor(path.join(dir, "content.json"), now)).not.toBe(temporary);
    expect(fs.readdirSync(dir).sort()).toEqual([...writing, ...others].sort());
  });

  it("names a file in a folder not made yet", () => {
    expect(temporaryFor(path.join(dir, "nog-niet", "content.json"))).toContain(`content.json.${process.pid}.`);
  });
});
