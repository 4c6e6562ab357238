import fs from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import { formatDutchDate } from "../dates";
import { escapeHtml } from "../escape-html";
import type { Post } from "../content/posts";
import { postPath } from "../paths";
import { site } from "../site";
import { searchIndexDir, type SearchMeta } from "./search";

// Pagefind writes its own search interfaces and a worker too; the site uses its search API on the main thread alone.
const keptFiles = /^(pagefind\.js|pagefind-entry\.json|pagefind\.[\w-]+\.pf_meta|(index|fragment|filter)\/.+)$/;

/** Returns the HTML Pagefind indexes for a post: title (weighted as the h1), lead, byline, body and topics. */
export function searchDocument(post: Post): string {
  const meta: SearchMeta = {
    title: post.title,
    author: post.author.name,
    date: post.date ?? "",
    dateText: post.date ? formatDutchDate(post.date) : "",
    lead: post.description,
  };
  const fields = Object.entries(meta)
    .filter(([key]) => key !== "title")
    .map(([key, value]) => `<span data-pagefind-meta="${key}[data-value]" data-value="${escapeHtml(value)}"></span>`);
  const topics = post.topics.map((topic) => escapeHtml(topic.label)).join(", ");
  return [
    `<html lang="${site.language}"><body><main data-pagefind-body>`,
    `<h1 data-pagefind-meta="title">${escapeHtml(post.title)}</h1>`,
    ...fields,
    post.lead ? `<p>${escapeHtml(post.lead)}</p>` : "",
    `<p>Door ${escapeHtml(post.author.name)}</p>`,
    post.html,
    topics ? `<p>Onderwerpen: ${topics}.</p>` : "",
    "</main></body></html>",
  ].join("\n");
}

/**
 * Writes the Pagefind index of `posts` (the caller passes only published ones) to `outputDir`, replacing what was
 * there; returns the number of columns and the bytes written. Throws when Pagefind reports an error. Holds no more
 * than a batch of the posts itself, so that a caller who hands them over one by one (postsOneByOne) frees them as
 * Pagefind, which holds 1.6–1.9 GB of its own at 10,000 posts, takes them.
 */
export async function writeSearchIndex(posts: Iterable<Post>, outputDir = searchIndexDir) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: site.language });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  let columns = 0;
  try {
    // The service answers in order; a batch at a time keeps its queue short without waiting on each column.
    for (const batch of batches(posts, 200)) {
      columns += batch.length;
      const added = await Promise.all(
        batch.map((post) => index.addHTMLFile({ url: postPath(post), content: searchDocument(post) })),
      );
      const failed = added.findIndex((result) => result.errors.length > 0);
      if (failed >= 0) throw new Error(`${batch[failed].file}: search index: ${added[failed].errors.join("; ")}`);
    }
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length > 0) throw new Error(`Pagefind could not write the index: ${fileErrors.join("; ")}`);
    fs.rmSync(outputDir, { recursive: true, force: true });
    let bytes = 0;
    for (const file of files) {
      const name = file.path.replace(/\\/g, "/");
      if (!keptFiles.test(name) && !name.startsWith(`wasm.${site.language}.`)) continue;
      fs.mkdirSync(path.dirname(path.join(outputDir, name)), { recursive: true });
      fs.writeFileSync(path.join(outputDir, name), file.content);
      bytes += file.content.length;
    }
    return { columns, bytes };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}

function* batches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
