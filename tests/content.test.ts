import { describe, expect, it, vi } from "vitest";

// The content folder is configuration, set once: here the fixture site.
vi.hoisted(() => {
  process.env.CONTENT_DIR = `${import.meta.dirname}/fixtures/site`;
});

const { getAdjacentPosts, getMorePostsByAuthor, getSiteContent, indexContent } = await import("@/lib/content/lookups");
const { getContent } = await import("@/lib/content/load");
const { isPublished } = await import("@/lib/content/posts");

describe("getSiteContent", () => {
  it("leaves drafts and scheduled posts out of a production build", () => {
    const { posts, postsBySlug } = getSiteContent();
    expect(posts.map((post) => post.slug)).toEqual([
      "tweede-column",
      "eerste-column",
      "tekens-in-de-titel",
      "zonder-datum",
    ]);
    expect(postsBySlug.has("concept")).toBe(false);
    expect(postsBySlug.has("gepland")).toBe(false);
  });

  it("shows drafts and scheduled posts in development, flagged", () => {
    const { postsBySlug } = indexContent(getContent(), true);
    expect(postsBySlug.get("concept")).toMatchObject({ draft: true, scheduled: false });
    expect(postsBySlug.get("gepland")).toMatchObject({ draft: false, scheduled: true });
    expect([...postsBySlug.values()].filter((post) => !isPublished(post))).toHaveLength(2);
  });

  it("reads the configured folder once per process and answers later calls from memory", () => {
    expect(getSiteContent()).toBe(getSiteContent());
    expect(getSiteContent().posts[0].file).toBe("tests/fixtures/site/posts/tweede-column.md");
  });

  it("groups posts by author, newest first", () => {
    const { postsByAuthor } = getSiteContent();
    expect(postsByAuthor.get("anna-de-vries")?.map((post) => post.slug)).toEqual(["eerste-column", "zonder-datum"]);
    expect(postsByAuthor.get("jan-smit")?.map((post) => post.slug)).toEqual(["tweede-column", "tekens-in-de-titel"]);
  });

  it("keeps each post's rendered HTML, not its syntax tree", () => {
    const post = getSiteContent().postsBySlug.get("eerste-column");
    expect(post?.html).toContain('<h2 id="een-tussenkop">Een tussenkop</h2>');
    expect(post).not.toHaveProperty("body");
  });
});

describe("getAdjacentPosts and getMorePostsByAuthor", () => {
  it("gives a post its newer and older neighbour, and the author's other posts", () => {
    const { postsBySlug } = getSiteContent();
    const eerste = postsBySlug.get("eerste-column");
    if (!eerste) throw new Error("fixture post eerste-column is missing");
    expect(getAdjacentPosts(eerste)).toEqual({
      newer: postsBySlug.get("tweede-column"),
      older: postsBySlug.get("tekens-in-de-titel"),
    });
    expect(getMorePostsByAuthor(eerste, 3).map((post) => post.slug)).toEqual(["zonder-datum"]);
  });
});
