import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { escapeHtml } from "@/lib/escape-html";

describe("escapeHtml", () => {
  it("turns the five markup characters into named entities", () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;",
    );
  });

  it("escapes an ampersand that already starts an entity, so the reader sees the text as typed", () => {
    expect(escapeHtml("&amp; &#39;")).toBe("&amp;amp; &amp;#39;");
  });

  it("leaves other text, accents and emoji as they are, and an empty string empty", () => {
    expect(escapeHtml("Één café 🙂")).toBe("Één café 🙂");
    expect(escapeHtml("")).toBe("");
  });

  it("is the only escaper: no other module of lib/ or app/ writes &amp; itself", () => {
    const sources = ["lib", "app"].flatMap((dir) =>
      fs
        .readdirSync(dir, { recursive: true, encoding: "utf8" })
        .filter((name) => /\.tsx?$/.test(name))
        .map((name) => path.join(dir, name)),
    );
    const escaping = sources.filter((file) => fs.readFileSync(file, "utf8").includes('"&amp;"'));
    expect(escaping).toEqual([path.join("lib", "escape-html.ts")]);
  });
});
