type Props = {
  page: number;
  pageCount: number;
  /** The path of page `n` of this list. */
  pathOf: (n: number) => string;
  /** What the links to the previous and the next page say. */
  labels?: { previous: string; next: string };
};

const columnLabels = { previous: "← Nieuwere columns", next: "Oudere columns →" };

/** Links to the newer and older pages of a list of columns (or of search results); nothing for a single page. */
export function Pagination({ page, pageCount, pathOf, labels = columnLabels }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label="Paginering">
      {page > 1 && (
        <a href={pathOf(page - 1)} rel="prev">
          {labels.previous}
        </a>
      )}
      <span>
        Pagina {page} van {pageCount}
      </span>
      {page < pageCount && (
        <a href={pathOf(page + 1)} rel="next">
          {labels.next}
        </a>
      )}
    </nav>
  );
}
