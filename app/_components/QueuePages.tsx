type Props = { page: number; pages: number };

/** Links between the pages of /beheer's queue of pending reactions. */
export function QueuePages({ page, pages }: Props) {
  if (pages <= 1) return null;
  return (
    <nav className="queue-pages" aria-label="Pagina's van de wachtrij">
      {page > 1 && <a href={`/beheer?pagina=${page - 1}`}>Vorige 50</a>}
      <span>
        Pagina {page} van {pages}
      </span>
      {page < pages && <a href={`/beheer?pagina=${page + 1}`}>Volgende 50</a>}
    </nav>
  );
}
