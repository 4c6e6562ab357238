import type { Heading } from "@/lib/markdown";
import { pageIds } from "@/lib/page-ids";
import { tableOfContents, type ContentsEntry } from "@/lib/outputs/table-of-contents";

type Props = { headings: Heading[] };

/** "In deze column": links to a column's subheadings, when it has three or more; plain anchors, no script. */
export function TableOfContents({ headings }: Props) {
  const entries = tableOfContents(headings);
  if (entries.length === 0) return null;
  return (
    <nav className="toc" aria-labelledby={pageIds.contents}>
      <h2 id={pageIds.contents}>In deze column</h2>
      <Entries entries={entries} />
    </nav>
  );
}

function Entries({ entries }: { entries: ContentsEntry[] }) {
  return (
    <ol>
      {entries.map((entry) => (
        <li key={entry.id}>
          <a href={`#${entry.id}`}>{entry.text}</a>
          {entry.children.length > 0 && <Entries entries={entry.children} />}
        </li>
      ))}
    </ol>
  );
}
