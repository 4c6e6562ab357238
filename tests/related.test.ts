// Related columns over tests/fixtures/related: 8 published posts, 5 about Strategie, 3 about Gedrag (a draft about
// Gedrag aside), so a shared Gedrag weighs more than a shared Strategie.
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.CONTENT_DIR = `${import.meta.dirname}/fixtures/related`;
});

const { getMorePostsByAuthor, getPostBySlug, getRelatedPosts, getSiteContent } = await import("@/lib/content/lookups");
const { relatedPosts } = await import("@/lib/content/related");

const content = getSiteContent();

function post(slug: string) {
  const found = content.postsBySlug.get(slug);
  if (!found) throw new Error(`fixture post ${slug} is missing`);
  return found;
}

const slugs = (posts: { slug: string }[]) => posts.map((p) => p.slug);

describe("relatedPosts", () => {
  it("puts the post sharing most first, then a rarer shared topic before a commoner one", () => {
    expect(slugs(relatedPosts(post("doel"), content))).toEqual(["beide", "oud-gedrag", "nieuw-strategie"]);
  });

  it("puts the newer of two equally related posts first", () => {
    expect(slugs(relatedPosts(post("doel"), content, 5))).toEqual([
      "beide",
      "oud-gedrag",
      "nieuw-strategie",
      "oud-strategie",
      "ouder-strategie",
    ]);
  });

  it("never lists the post itself, a draft, or a post that shares no topic", () => {
    const related = slugs(relatedPosts(post("oud-gedrag"), content, 10));
    expect(related).toEqual(["doel", "beide"]);
  });

  it("has none for a post without topics, or with a topic no other post has", () => {
    expect(relatedPosts(post("zonder"), content)).toEqual([]);
    expect(relatedPosts(post("klantcontact"), content)).toEqual([]);
  });
});

describe("the sections under a column", () => {
  it("leaves out of Meer van <auteur> what Verwante columns already shows", () => {
    const doel = post("doel");
    const related = getRelatedPosts(doel, 3);
    expect(slugs(getMorePostsByAuthor(doel, 3, related))).toEqual(["zonder", "klantcontact", "oud-strategie"]);
    expect(getPostBySlug("concept-gedrag")).toBeUndefined();
  });
});
