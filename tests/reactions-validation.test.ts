import { describe, expect, it } from "vitest";
import { checkReactionFields, countLinks, refusalMessage } from "@/lib/reactions/validation";

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
