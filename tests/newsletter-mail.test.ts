import path from "node:path";
import { describe, expect, it } from "vitest";
import { isPublished } from "@/lib/content/posts";
import { readContent } from "@/lib/content/read";
import { checkMailAddress } from "@/lib/newsletter/address";
import { columnMail } from "@/lib/newsletter/column-mail";
import { htmlToText } from "@/lib/newsletter/plain-text";

const posts = readContent(path.join(import.meta.dirname, "fixtures", "site")).posts.filter(isPublished);
const withCover = posts.find((post) => post.cover)!;

describe("a column's mail", () => {
  const mail = columnMail(withCover)("token-van-lezer");

  it("carries every image as an absolute URL on the site, with width and height, and no other image", () => {
    const images = mail.html.match(/<img [^>]*>/g) ?? [];
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) {
      expect(image).toMatch(/ src="http:\/\/localhost:3000\/[^"]+"/);
      expect(image).toMatch(/ width="\d+" height="\d+"/);
    }
  });

  it("keeps links as the editor wrote them: no redirect, no tracking parameters", () => {
    const links = [...mail.html.matchAll(/ href="([^"]+)"/g)].map((match) => match[1]);
    expect(links).toContain("https://example.org");
    expect(links.every((link) => link.startsWith("http://localhost:3000/") || link === "https://example.org")).toBe(
      true,
    );
    expect(mail.html).not.toMatch(/utm_|[?&]ref=/);
  });

  it("gives the subscriber's own leave link in the footer, the headers and the plain text", () => {
    expect(mail.html).toContain('href="http://localhost:3000/volgen/afmelden?token=token-van-lezer">Afmelden</a>');
    expect(mail.text).toContain("Afmelden: http://localhost:3000/volgen/afmelden?token=token-van-lezer");
    expect(mail.headers["List-Unsubscribe"]).toBe("<http://localhost:3000/volgen/afmelden/nu?token=token-van-lezer>");
  });
});

describe("htmlToText", () => {
  it("writes links as text (url), lists with their numbers and entities as characters", () => {
    const html =
      '<p>Zie <a href="https://example.org">dit</a> &amp; <em>dat</em>.</p><ol><li>een</li><li>twee</li></ol>';
    expect(htmlToText(html)).toBe("Zie dit (https://example.org) & dat.\n\n1. een\n2. twee");
  });
});

describe("checkMailAddress", () => {
  it("stores an address lowercase and trimmed", () => {
    expect(checkMailAddress("  Naam@Voorbeeld.NL ")).toEqual({ ok: true, address: "naam@voorbeeld.nl" });
  });

  it.each([
    ["naam@gmail,com", "Er staat een komma in „naam@gmail,com” waar een punt hoort. Bedoelt u naam@gmail.com?"],
    ["naam.gmail.com", "In „naam.gmail.com” ontbreekt de @, zoals in naam@voorbeeld.nl."],
    ["naam@gmail", "Na de @ in „naam@gmail” staat geen geldige domeinnaam, zoals gmail.com of voorbeeld.nl."],
    ["naam @gmail.com", "Er staat een spatie in „naam @gmail.com”. Een e-mailadres heeft geen spaties."],
    ["", "Vul uw e-mailadres in."],
  ])("explains in Dutch what is wrong with %j", (input, message) => {
    expect(checkMailAddress(input)).toEqual({ ok: false, message });
  });
});
