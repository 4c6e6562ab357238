type Props = {
  page: number;
  pageCount: number;
  /** The path of page `n` of this list. */
  pathOf: (n: number) => string;
};

/** Links to the newer and older pages of a list of columns; nothing when the list fits one page. */
export function Pagination({ page, pageCount, pathOf }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label="Paginering">
      {page > 1 && (
        <a href={pathOf(page - 1)} rel="prev">
          ← Nieuwere columns
        </a>
      )}
      <span>
        Pagina {page} van {pageCount}
      </span>
      {page < pageCount && (
        <a href={pathOf(page + 1)} rel="next">
          Oudere columns →
        </a>
      )}
    </nav>
  );
}
