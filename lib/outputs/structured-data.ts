import type { Author } from "../content/authors";
import { largestImage } from "../images";
import { postShareImage } from "./metadata";
import { authorPath, postPath } from "../paths";
import type { Post } from "../content/posts";
import { absoluteUrl, site } from "../site";

type JsonLd = Record<string, unknown>;

const publisher = { "@type": "Organization", name: site.name, url: absoluteUrl("/") };

function person(author: Author): JsonLd {
  return { "@type": "Person", name: author.name, url: absoluteUrl(authorPath(author)) };
}

/** Returns schema.org `BlogPosting` for a post; dates only where the post has them. */
export function blogPosting(post: Post): JsonLd {
  const url = absoluteUrl(postPath(post));
  return {
    "@context": "https://schema.org",
    "@type": "BlogPosting",
    headline: post.title,
    description: post.description,
    ...(post.date && { datePublished: post.date }),
    ...((post.updated ?? post.date) && { dateModified: post.updated ?? post.date }),
    author: person(post.author),
    publisher,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    // With a cover: the cover itself, and its 1200 × 630 crop or the drawn card, so search engines may choose.
    image: post.cover
      ? [absoluteUrl(largestImage(post.cover.image).url), absoluteUrl(postShareImage(post).path)]
      : absoluteUrl(postShareImage(post).path),
    inLanguage: "nl-NL",
    wordCount: post.wordCount,
    ...(post.topics.length > 0 && { keywords: post.topics.map((topic) => topic.label) }),
  };
}

/** Returns schema.org `BreadcrumbList` for a post: the index, then the post. */
export function postBreadcrumbs(post: Post): JsonLd {
  const crumbs = [
    { name: site.name, url: absoluteUrl("/") },
    { name: post.title, url: absoluteUrl(postPath(post)) },
  ];
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/** Returns schema.org `ProfilePage` about the author as a `Person`. */
export function profilePage(author: Author): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "ProfilePage",
    url: absoluteUrl(authorPath(author)),
    inLanguage: "nl-NL",
    mainEntity: person(author),
  };
}

/** Returns schema.org `Blog`, with its `WebSite`, listing the given posts. */
export function blog(posts: Post[]): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "Blog",
    name: site.name,
    description: site.tagline,
    url: absoluteUrl("/"),
    inLanguage: "nl-NL",
    publisher,
    isPartOf: { "@type": "WebSite", name: site.name, url: absoluteUrl("/"), inLanguage: "nl-NL" },
    blogPost: posts.map((post) => ({
      "@type": "BlogPosting",
      headline: post.title,
      url: absoluteUrl(postPath(post)),
      ...(post.date && { datePublished: post.date }),
      author: person(post.author),
    })),
  };
}

/** Returns JSON safe inside a `<script>` element: no `<`, `>` or `&` that could close it or open a comment. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
