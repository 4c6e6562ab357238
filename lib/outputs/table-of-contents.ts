import type { Heading } from "../markdown";

/** One line of "In deze column": a heading, with the subheadings under it. */
export interface ContentsEntry {
  id: string;
  text: string;
  children: ContentsEntry[];
}

/** How many subheadings a column needs before a table of contents helps more than it costs. */
export const minimumHeadings = 3;

/**
 * Returns the table of contents of a body: its `##` headings, each with the `###` headings under it; empty when
 * the body has fewer than three of them. A `###` before any `##` stands on its own line.
 */
export function tableOfContents(headings: Heading[]): ContentsEntry[] {
  const listed = headings.filter((heading) => heading.depth <= 3);
  if (listed.length < minimumHeadings) return [];
  const entries: ContentsEntry[] = [];
  let section: ContentsEntry | undefined;
  for (const { depth, id, text } of listed) {
    const entry = { id, text, children: [] };
    if (depth === 3 && section) section.children.push(entry);
    else entries.push(entry);
    if (depth === 2) section = entry;
  }
  return entries;
}
