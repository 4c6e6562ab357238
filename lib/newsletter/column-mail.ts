import { formatDutchDate } from "../dates";
import { getPostFeedHtml } from "../content/lookups";
import type { Post } from "../content/posts";
import { postPath } from "../paths";
import { escapeHtml } from "../escape-html";
import { absoluteUrl, site } from "../site";
import { leavePath, oneClickPath } from "./links";
import { mailDocument } from "./mail-layout";
import { htmlToText } from "./plain-text";

/** One mail as it leaves: the parts a composer needs, for one recipient. */
export interface OutgoingMail {
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
}

// Rendered once per column; each recipient's mail only swaps in their own leave links.
const leaveMark = "\u0000leave\u0000";

/** Returns a function that makes a column's mail for the subscriber whose leave link carries `token`. */
export function columnMail(post: Post): (token: string) => OutgoingMail {
  const url = absoluteUrl(postPath(post));
  const meta = [post.author.name, post.date && formatDutchDate(post.date), `${post.readingMinutes} min leestijd`]
    .filter(Boolean)
    .join(" · ");
  const body = [
    `<h1><a href="${escapeHtml(url)}" style="color:inherit;text-decoration:none">${escapeHtml(post.title)}</a></h1>`,
    `<p class="meta">${escapeHtml(meta)}</p>`,
    post.lead ? `<p class="lead">${escapeHtml(post.lead)}</p>` : "",
    getPostFeedHtml(post).replace(/<img /g, '<img style="max-width:100%;height:auto" '),
    `<p><a href="${escapeHtml(url)}">Lees en reageer op de site</a></p>`,
  ].join("\n");
  const footer =
    `U krijgt deze mail omdat u zich hebt aangemeld voor nieuwe columns van ${escapeHtml(site.name)}. ` +
    `<a href="${leaveMark}">Afmelden</a> kan met één klik, zonder wachtwoord.`;
  const html = mailDocument(post.title, body, footer);
  const text = [
    post.title.toUpperCase(),
    meta,
    post.lead ?? "",
    htmlToText(getPostFeedHtml(post)),
    `Lees en reageer op de site: ${url}`,
    `--\nU krijgt deze mail omdat u zich hebt aangemeld voor nieuwe columns van ${site.name}.\nAfmelden: ${leaveMark}`,
  ]
    .filter(Boolean)
    .join("\n\n");
  return (token) => {
    const leave = absoluteUrl(leavePath(token));
    return {
      subject: post.title,
      html: html.replace(leaveMark, escapeHtml(leave)),
      text: text.replace(leaveMark, leave),
      headers: unsubscribeHeaders(token),
    };
  };
}

/** Returns the RFC 8058 headers: a mail client's own "unsubscribe" button POSTs to the URL, no sign-in, no page. */
export function unsubscribeHeaders(token: string): Record<string, string> {
  return {
    "List-Unsubscribe": `<${absoluteUrl(oneClickPath(token))}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}
