import type { Metadata } from "next";
import { authorPath, faviconPath, postImagePath, postPath, siteImagePath, touchIconPath } from "../paths";
import { feeds } from "./feeds";
import { ogVariant } from "../images";
import type { Post } from "../content/posts";
import { absoluteUrl, site } from "../site";

const feedLinks = {
  [feeds.rss.type]: feeds.rss.path,
  [feeds.atom.type]: feeds.atom.path,
  [feeds.json.type]: feeds.json.path,
};

type Page = {
  /** The page's own title; the layout adds " — Blog Peter Bröring". Absent on the index. */
  title?: string;
  description: string;
  path: string;
  /** The Open Graph image's path: the site's, unless the page has its own. */
  image?: string;
  /** What the Open Graph image shows; the title when it is a drawn card. */
  imageAlt?: string;
};

/** Returns the metadata every page inherits: no canonical URL, which only a real page has (not the 404 page). */
export function siteMetadata(): Metadata {
  const { alternates, openGraph, twitter, description } = pageMetadata({ description: site.tagline, path: "/" });
  return {
    metadataBase: new URL(site.url),
    title: { default: site.name, template: `%s — ${site.name}` },
    description,
    alternates: { types: alternates?.types },
    icons: { icon: { url: faviconPath, type: "image/svg+xml" }, apple: touchIconPath },
    openGraph: { ...openGraph, url: undefined },
    twitter,
  };
}

/** Returns a page's metadata: title, description, canonical URL, feed links, Open Graph and Twitter card. */
export function pageMetadata({ title, description, path, image = siteImagePath, imageAlt }: Page): Metadata {
  return {
    ...(title && { title }),
    description,
    alternates: { canonical: path, types: feedLinks },
    openGraph: {
      type: "website",
      siteName: site.name,
      locale: site.locale,
      url: path,
      title: title ?? site.name,
      description,
      // A page's own openGraph replaces its parents', and with it the image files' tags: so name the image here.
      images: [{ url: image, width: 1200, height: 630, alt: imageAlt ?? title ?? site.name }],
    },
    twitter: { card: "summary_large_image", title: title ?? site.name, description },
  };
}

/**
 * Returns the path and description of a post's 1200 × 630 share image: a crop of its cover when the cover fills that
 * frame (a photo says more in a timeline, and the platform prints the title beside it anyway), else the drawn card.
 */
export function postShareImage(post: Post): { path: string; alt?: string } {
  const crop = post.cover && ogVariant(post.cover.image);
  return crop ? { path: crop.url, alt: post.cover?.alt } : { path: postImagePath(post) };
}

/** Returns a post's metadata: a page's, with Open Graph `article` fields. */
export function postMetadata(post: Post): Metadata {
  const path = postPath(post);
  const share = postShareImage(post);
  const page = pageMetadata({
    title: post.title,
    description: post.description,
    path,
    image: share.path,
    imageAlt: share.alt,
  });
  return {
    ...page,
    authors: [{ name: post.author.name, url: absoluteUrl(authorPath(post.author)) }],
    openGraph: {
      ...page.openGraph,
      type: "article",
      ...(post.date && { publishedTime: post.date }),
      ...(post.updated && { modifiedTime: post.updated }),
      authors: [absoluteUrl(authorPath(post.author))],
      tags: post.topics.map((topic) => topic.label),
    },
  };
}
