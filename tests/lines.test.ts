import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readLines } from "@/lib/lines";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "column-lines-"));
const file = path.join(dir, "lines.txt");

afterEach(() => vi.restoreAllMocks());

describe("readLines", () => {
  // "ö" and "€" are two and three bytes: a chunk of 3 to 7 bytes cuts some of them in two, and the long line spans
  // many chunks.
  const lines = ["Peter Bröring", "", "kost €3", "x".repeat(100), "één"];

  it("gives each line whole, whatever chunks it spans and wherever a character is cut", () => {
    fs.writeFileSync(file, `${lines.join("\n")}\n`);
    for (const chunk of [3, 4, 5, 7, 64, 1 << 20]) expect([...readLines(file, chunk)], `chunk ${chunk}`).toEqual(lines);
  });

  it("gives the last line without a line break after it, and nothing for an empty file", () => {
    fs.writeFileSync(file, lines.join("\n"));
    expect([...readLines(file, 4)]).toEqual(lines);
    fs.writeFileSync(file, "");
    expect([...readLines(file)]).toEqual([]);
  });

  it("closes the file when the caller stops early", () => {
    fs.writeFileSync(file, `${lines.join("\n")}\n`);
    const close = vi.spyOn(fs, "closeSync");
    for (const line of readLines(file, 4)) if (line) break;
    expect(close).toHaveBeenCalledTimes(1);
  });
});
