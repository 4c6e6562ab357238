import { searchPath } from "@/lib/paths";

type Props = {
  /** The field's id: the header's and the search page's forms differ. */
  id: string;
  /** The words searched for, to search again with a change. */
  query?: string;
  /** The header's form: its label is said to screen readers and shown as the field's placeholder. */
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
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={query}
          placeholder={compact ? "Zoeken in de columns" : undefined}
          autoComplete="off"
          enterKeyHint="search"
        />
        <button type="submit">Zoeken</button>
      </form>
    </search>
  );
}
