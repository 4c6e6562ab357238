import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findClientScripts, stripClientScripts } from "@/lib/outputs/static-export";
import { fixtures } from "./helpers";

const nextPage = fs.readFileSync(path.join(fixtures, "export", "next-page.html"), "utf8");

describe("stripClientScripts", () => {
  it("removes Next's scripts, script preloads and React payload, and keeps everything else", () => {
    expect(stripClientScripts(nextPage)).toBe(
      fs.readFileSync(path.join(fixtures, "export", "stripped-page.html"), "utf8"),
    );
  });

  it("keeps JSON-LD, which is data and never runs", () => {
    const jsonLd = '<script type="application/ld+json">{"@type":"BlogPosting"}</script>';
    expect(stripClientScripts(`<main>${jsonLd}<script>alert(1)</script></main>`)).toBe(`<main>${jsonLd}</main>`);
  });
});

describe("findClientScripts", () => {
  it("finds every script and script preload in a page Next wrote", () => {
    expect(findClientScripts(nextPage).length).toBeGreaterThan(3);
  });

  it("finds none once they are stripped", () => {
    expect(findClientScripts(stripClientScripts(nextPage))).toEqual([]);
  });
});
