import { searchPath } from "@/lib/paths";

type Props = {
  /** The field's id: the header's and the search page's forms differ. */
  id: string;
  /** The words searched for, to search again with a change. */
  query?: string;
  /** The header's form says its label only to screen readers. */
  compact?: boolean;
};

/** A plain GET form to /zoeken?q=…: it works with no JavaScript at all. */
export function SearchForm({ id, query, compact = false }: Props) {
  return (
    <search className={compact ? "search-form compact" : "search-form"}>
      <form action={searchPath} method="get">
        <label htmlFor={id} className={compact ? "sr-only" : undefined}>
          Zoeken in de columns
        </label>
        <input id={id} name="q" type="search" defaultValue={query} autoComplete="off" enterKeyHint="search" />
        <button type="submit">Zoeken</button>
      </form>
    </search>
  );
}
