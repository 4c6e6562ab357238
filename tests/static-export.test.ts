import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findClientScripts, removeServerOnly, stripClientScripts } from "@/lib/outputs/static-export";
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

describe("removeServerOnly", () => {
  it("removes a marked form whole, with the forms and paragraphs inside it, and keeps what surrounds it", () => {
    const html =
      '<section><h2>Reacties</h2><p>Nog geen reacties.</p><form class="reaction-form" data-server-only="" action="/reactie" method="post"><p><label>Naam</label><input name="name"/></p><form><p>x</p></form></form><p>Na</p></section>';
    expect(removeServerOnly(html)).toBe("<section><h2>Reacties</h2><p>Nog geen reacties.</p><p>Na</p></section>");
  });

  it("removes every marked element, including a note that reacting is closed and a void element", () => {
    const html =
      '<p class="field-hint" data-server-only="">Reageren is gesloten.</p><input data-server-only name="x"><p>Blijft</p>';
    expect(removeServerOnly(html)).toBe("<p>Blijft</p>");
  });

  it("leaves a page without marked elements as it is, and ignores the words in text", () => {
    const html = "<p>data-server-only is an attribute</p>";
    expect(removeServerOnly(html)).toBe(html);
  });
});
