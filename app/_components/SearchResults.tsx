import { pageIds } from "@/lib/page-ids";
import { searchResultsPath } from "@/lib/paths";
import type { SearchResults as Results } from "@/lib/outputs/search";
import { repeatsLead } from "@/lib/outputs/search-lead";
import { searchStatus, searchText } from "@/lib/outputs/search-text";
import { Pagination } from "./Pagination";

type Props = { results: Results };

/**
 * The columns a search found, best first: title, author, date, lead and an excerpt with the words found marked (the
 * lead left out when the excerpt repeats it).
 * The sentence above them is a status, so a screen reader says how many were found. The static export's script
 * (public/zoeken.js) writes the same markup.
 */
export function SearchResults({ results: { query, total, page, pageCount, hits } }: Props) {
  return (
    <div id={pageIds.searchResults} className="search-results">
      <p className="search-status" role="status">
        {searchStatus(query, total, page, pageCount)}
      </p>
      {query && total > 0 && hits.length === 0 && <p>{searchText.pastLast}</p>}
      {hits.length > 0 && (
        <ol className="post-list">
          {hits.map((hit) => (
            <li key={hit.url}>
              <article>
                <h2 className="post-list-title">
                  <a href={hit.url}>{hit.title}</a>
                </h2>
                <p className="post-meta">
                  <span>Door {hit.author}</span>
                  {hit.date && <time dateTime={hit.date}>{hit.dateText}</time>}
                </p>
                {!repeatsLead(hit.lead, hit.excerpt.map((part) => part.text).join("")) && (
                  <p className="lead">{hit.lead}</p>
                )}
                <p className="excerpt">
                  {hit.excerpt.map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : part.text))}
                </p>
              </article>
            </li>
          ))}
        </ol>
      )}
      <Pagination
        page={page}
        pageCount={pageCount}
        pathOf={(n) => searchResultsPath(query, n)}
        labels={{ previous: searchText.previous, next: searchText.next }}
      />
    </div>
  );
}
