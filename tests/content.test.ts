import path from "node:path";
import { describe, expect, it } from "vitest";
import { getSiteContent } from "@/lib/content/lookups";
import { isPublished } from "@/lib/content/posts";
import { fixtures } from "./helpers";

const site = path.join(fixtures, "site");

describe("getSiteContent", () => {
  it("leaves drafts and scheduled posts out of a production build", () => {
    const { posts, postsBySlug } = getSiteContent(site, false);
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
    const { postsBySlug } = getSiteContent(site, true);
    expect(postsBySlug.get("concept")).toMatchObject({ draft: true, scheduled: false });
    expect(postsBySlug.get("gepland")).toMatchObject({ draft: false, scheduled: true });
    expect([...postsBySlug.values()].filter((post) => !isPublished(post))).toHaveLength(2);
  });

  it("reads the folder once per process and answers later calls from memory", () => {
    expect(getSiteContent(site, false)).toBe(getSiteContent(site, false));
  });

  it("groups posts by author, newest first", () => {
    const { postsByAuthor } = getSiteContent(site, false);
    expect(postsByAuthor.get("anna-de-vries")?.map((post) => post.slug)).toEqual(["eerste-column", "zonder-datum"]);
    expect(postsByAuthor.get("jan-smit")?.map((post) => post.slug)).toEqual(["tweede-column", "tekens-in-de-titel"]);
  });

  it("keeps each post's rendered HTML, not its syntax tree", () => {
    const post = getSiteContent(site, false).postsBySlug.get("eerste-column");
    expect(post?.html).toContain('<h2 id="een-tussenkop">Een tussenkop</h2>');
    expect(post).not.toHaveProperty("body");
  });
});

describe("getAdjacentPosts and getMorePostsByAuthor", () => {
  it("gives a post its newer and older neighbour, and the author's other posts", async () => {
    const { getAdjacentPosts, getMorePostsByAuthor } = await import("@/lib/content/lookups");
    const { postsBySlug } = getSiteContent(site, false);
    const eerste = postsBySlug.get("eerste-column");
    if (!eerste) throw new Error("fixture post eerste-column is missing");
    expect(getAdjacentPosts(eerste, site)).toEqual({
      newer: postsBySlug.get("tweede-column"),
      older: postsBySlug.get("tekens-in-de-titel"),
    });
    expect(getMorePostsByAuthor(eerste, 3, site).map((post) => post.slug)).toEqual(["zonder-datum"]);
  });
});
