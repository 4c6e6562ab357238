// Files written beside and renamed into place: what a killed process left beside them goes at the next write.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { temporaryFor } from "@/lib/cache";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "column-site-cache-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("temporaryFor", () => {
  it("names a file of this process, and removes the ones of processes gone, for that file only", () => {
    const gone = spawnSync(process.execPath, ["-e", ""]).pid!;
    const left = [`content.json.${gone}.tmp`, `content.json.${gone}.3.tmp`];
    const kept = [`content.json.${process.pid}.1.tmp`, `images.json.${gone}.tmp`, "content.json", "content.json.tmp"];
    for (const name of [...left, ...kept]) fs.writeFileSync(path.join(dir, name), "");

    const temporary = temporaryFor(path.join(dir, "content.json"));

    expect(path.dirname(temporary)).toBe(dir);
    expect(path.basename(temporary)).toMatch(new RegExp(`^content\\.json\\.${process.pid}\\.\\d+\\.tmp$`));
    expect(fs.readdirSync(dir).sort()).toEqual([...kept].sort());
  });

  it("names a file in a folder not made yet", () => {
    expect(temporaryFor(path.join(dir, "nog-niet", "content.json"))).toContain(`content.json.${process.pid}.`);
  });
});
