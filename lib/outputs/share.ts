/** A place to share a post: a plain link, with no script and no tracker. */
export interface ShareLink {
  label: string;
  href: string;
}

/** Returns links that share a post's title and absolute URL by e-mail, on LinkedIn, X and Bluesky. */
export function getShareLinks(title: string, url: string): ShareLink[] {
  const text = encodeURIComponent(title);
  const link = encodeURIComponent(url);
  return [
    { label: "E-mail", href: `mailto:?subject=${text}&body=${encodeURIComponent(`${title}\n${url}`)}` },
    { label: "LinkedIn", href: `https://www.linkedin.com/sharing/share-offsite/?url=${link}` },
    { label: "X", href: `https://x.com/intent/post?text=${text}&url=${link}` },
    { label: "Bluesky", href: `https://bsky.app/intent/compose?text=${encodeURIComponent(`${title} ${url}`)}` },
  ];
}
