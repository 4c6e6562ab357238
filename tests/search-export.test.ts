// The static export's /zoeken: the one exported page with a script.
import { describe, expect, it } from "vitest";
import { finishExportedPage, searchScript, unexpectedScripts } from "@/lib/outputs/search-export";

const searchPage = [
  "<html><head><title>Zoeken</title></head><body><main><h1>Zoeken</h1>",
  '<div hidden="" data-export-noscript=""><p>Zonder JavaScript: <a href="/">alle columns</a>.</p></div>',
  '<form action="/zoeken"></form></main></body></html>',
].join("");

describe("finishExportedPage", () => {
  it("gives the search page its script and turns its notice into what a browser without JavaScript shows", () => {
    expect(finishExportedPage("zoeken.html", searchPage)).toBe(
      [
        `<html><head><title>Zoeken</title>${searchScript}</head><body><main><h1>Zoeken</h1>`,
        '<noscript><p>Zonder JavaScript: <a href="/">alle columns</a>.</p></noscript>',
        '<form action="/zoeken"></form></main></body></html>',
      ].join(""),
    );
  });

  it("leaves every other page as it is", () => {
    expect(finishExportedPage("blog/ik-doe-wat-ik-doe.html", searchPage)).toBe(searchPage);
  });

  it("refuses a search page that lost its notice, rather than export a search that says nothing without JavaScript", () => {
    expect(() => finishExportedPage("zoeken.html", "<html><head></head><body></body></html>")).toThrow(
      "zoeken.html: the search page has no <div data-export-noscript>",
    );
  });
});

describe("unexpectedScripts", () => {
  it("allows the search script on the search page alone", () => {
    const finished = finishExportedPage("zoeken.html", searchPage);
    expect(unexpectedScripts("zoeken.html", finished)).toEqual([]);
    expect(unexpectedScripts("index.html", finished)).toEqual(['<script type="module" src="/zoeken.js">']);
  });

  it("still finds any other script on the search page", () => {
    const extra = finishExportedPage("zoeken.html", searchPage).replace(
      "</body>",
      '<script src="/x.js"></script></body>',
    );
    expect(unexpectedScripts("zoeken.html", extra)).toEqual(['<script src="/x.js">']);
  });
});
