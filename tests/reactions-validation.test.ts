import { describe, expect, it } from "vitest";
import { checkReactionFields, cleanName, countLinks, refusalMessage } from "@/lib/reactions/validation";

describe("checkReactionFields", () => {
  it("accepts a name and a text, trims them and keeps no e-mail when none is given", () => {
    expect(checkReactionFields({ name: "  Anna  de  Vries ", body: "\n Mooi stuk. \n", email: "" })).toEqual({
      ok: true,
      fields: { name: "Anna de Vries", email: null, body: "Mooi stuk." },
    });
  });

  it("refuses a missing or too long name", () => {
    expect(checkReactionFields({ name: " ", body: "x" })).toEqual({ ok: false, refusal: "naam" });
    expect(checkReactionFields({ name: "a".repeat(101), body: "x" })).toEqual({ ok: false, refusal: "naam" });
  });

  it("refuses an empty text, and one over 5,000 characters", () => {
    expect(checkReactionFields({ name: "A", body: "  \n " })).toEqual({ ok: false, refusal: "tekst" });
    expect(checkReactionFields({ name: "A", body: "a".repeat(5000) }).ok).toBe(true);
    expect(checkReactionFields({ name: "A", body: "a".repeat(5001) })).toEqual({ ok: false, refusal: "te-lang" });
  });

  it("refuses an e-mail address that is not one", () => {
    expect(checkReactionFields({ name: "A", body: "x", email: "anna" })).toEqual({ ok: false, refusal: "e-mail" });
    expect(checkReactionFields({ name: "A", body: "x", email: "anna@voorbeeld.nl" })).toMatchObject({
      fields: { email: "anna@voorbeeld.nl" },
    });
  });

  it("allows two links and refuses a third, in the name as well as the text", () => {
    const two = "Zie https://a.example en www.b.example";
    expect(checkReactionFields({ name: "A", body: two }).ok).toBe(true);
    expect(checkReactionFields({ name: "http://c.example", body: two })).toEqual({ ok: false, refusal: "links" });
  });

  it("removes control and direction-override characters and surplus blank lines", () => {
    const result = checkReactionFields({ name: "An\u202Ena\u0007", body: "een\r\n\r\n\r\n\r\ntwee" });
    expect(result).toMatchObject({ fields: { name: "Anna", body: "een\n\ntwee" } });
  });

  it("keeps markup and SQL as the text they are", () => {
    const hostile = `<img src=x onerror=alert(1)>'; drop table reactions; --`;
    expect(checkReactionFields({ name: hostile, body: hostile })).toMatchObject({
      fields: { name: hostile, body: hostile },
    });
  });

  it("treats a field that is not text (a file upload) as empty", () => {
    expect(checkReactionFields({ name: new Blob(["x"]), body: "x" })).toEqual({ ok: false, refusal: "naam" });
  });
});

describe("countLinks", () => {
  it("counts http, https and www addresses, not the word www in a sentence", () => {
    expect(countLinks("http://a https://b www.c en www")).toBe(3);
  });
});

describe("refusalMessage", () => {
  it("explains a known refusal in Dutch and nothing for an unknown code", () => {
    expect(refusalMessage("links")).toContain("meer dan twee links");
    expect(refusalMessage("toString")).toBeUndefined();
    expect(refusalMessage(["links"])).toBeUndefined();
  });
});

describe("names people can see", () => {
  const name = (value: string) => checkReactionFields({ name: value, body: "x" });

  it("refuses a name of zero-width spaces, bidi marks or variation selectors only, in Dutch", () => {
    for (const blank of ["\u200b".repeat(5), "\u200e\u200f\u2066\u2069", "\ufe0f\ufe0e", "\u3164\u2800", "\u{e0041}"]) {
      expect(name(blank)).toEqual({ ok: false, refusal: "naam" });
    }
    expect(refusalMessage("naam")).toMatch(/letters of cijfers die te lezen zijn/);
  });

  it("removes invisible characters from a name that has letters", () => {
    expect(name("An\u200bna\u200d de\ufe0f Vries\u2060")).toMatchObject({ fields: { name: "Anna de Vries" } });
  });

  it("bounds combining marks: one letter with 98 marks keeps two", () => {
    const result = name(`Z${"\u0301".repeat(98)}oë`);
    expect(result).toMatchObject({ ok: true, fields: { name: "Ź\u0301oë" } });
  });

  it("keeps a name in NFC, so the same name is stored the same way", () => {
    expect(name("Bro\u0308ring")).toMatchObject({ fields: { name: "Bröring" } });
    expect(cleanName("Jos\u00e9")).toBe(cleanName("Jose\u0301"));
  });

  it("accepts names in any script", () => {
    for (const value of ["Nguyễn Văn Anh", "Σωκράτης", "محمد", "李小龙", "Zoë O'Neill-Smit"]) {
      expect(name(value)).toMatchObject({ ok: true, fields: { name: value.normalize("NFC") } });
    }
  });
});
