import path from "node:path";
import { describe, expect, it } from "vitest";
import { indexContent } from "@/lib/content/lookups";
import { readContent } from "@/lib/content/read";
import { blog, blogPosting, postBreadcrumbs, profilePage, serializeJsonLd } from "@/lib/outputs/structured-data";
import { absoluteUrl } from "@/lib/site";
import { fixtures } from "./helpers";

const { postsBySlug, authors, posts } = indexContent(readContent(path.join(fixtures, "site")), false);

function post(slug: string) {
  const found = postsBySlug.get(slug);
  if (!found) throw new Error(`fixture post ${slug} is missing`);
  return found;
}

describe("blogPosting", () => {
  it("describes a dated post with its dates, author, publisher, page, image, language, words and keywords", () => {
    expect(blogPosting(post("tekens-in-de-titel"))).toMatchObject({
      "@context": "https://schema.org",
      "@type": "BlogPosting",
      headline: 'Klant & "medewerker" <samen> ’t sterkst',
      datePublished: "2019-03-10",
      dateModified: "2019-03-10",
      author: { "@type": "Person", name: "Jan Smit", url: absoluteUrl("/auteurs/jan-smit") },
      publisher: { "@type": "Organization", name: "Blog Peter Bröring" },
      mainEntityOfPage: { "@id": absoluteUrl("/blog/tekens-in-de-titel") },
      image: absoluteUrl("/blog/tekens-in-de-titel/og.png"),
      inLanguage: "nl-NL",
      wordCount: 8,
      keywords: ["Klantcontact", "Strategie"],
    });
  });

  it("gives a post with a cover the cover and its 1200 × 630 crop as images", () => {
    expect(blogPosting(post("eerste-column")).image).toEqual([
      expect.stringMatching(new RegExp(`^${absoluteUrl("/_variants/haven-[0-9a-f]{10}-1152.jpg")}$`)),
      expect.stringMatching(new RegExp(`^${absoluteUrl("/_variants/haven-[0-9a-f]{10}-og-1200.jpg")}$`)),
    ]);
  });

  it("gives an undated post no dates at all", () => {
    const data = blogPosting(post("zonder-datum"));
    expect(data).not.toHaveProperty("datePublished");
    expect(data).not.toHaveProperty("dateModified");
  });
});

describe("other structured data", () => {
  it("gives a post breadcrumbs from the index to the post", () => {
    expect(postBreadcrumbs(post("eerste-column")).itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "Blog Peter Bröring", item: absoluteUrl("/") },
      { "@type": "ListItem", position: 2, name: "Eerste column", item: absoluteUrl("/blog/eerste-column") },
    ]);
  });

  it("describes an author page as a ProfilePage about a Person", () => {
    const author = authors.get("anna-de-vries");
    if (!author) throw new Error("fixture author is missing");
    expect(profilePage(author)).toMatchObject({
      "@type": "ProfilePage",
      mainEntity: { "@type": "Person", name: "Anna de Vries" },
    });
  });

  it("describes the index as a Blog that is part of a WebSite", () => {
    const data = blog(posts);
    expect(data).toMatchObject({ "@type": "Blog", isPartOf: { "@type": "WebSite" } });
    expect(data.blogPost).toHaveLength(4);
  });
});

describe("serializeJsonLd", () => {
  it("cannot be closed by a title that holds </script>", () => {
    const headline = '</script><script>alert("x")</script><!--';
    const json = serializeJsonLd({ headline });
    expect(json).not.toMatch(/<|>/);
    expect(JSON.parse(json)).toEqual({ headline });
  });
});
