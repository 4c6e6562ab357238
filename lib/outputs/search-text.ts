// What the search page says, in one place: the server's results page uses it, and the static export's /zoeken
// hands the same sentences to its script (see searchPageData), so both say the same.

/** The sentences of the search page; `{q}`, `{n}`, `{page}` and `{pages}` are filled in. */
export const searchText = {
  title: "Zoeken naar “{q}”",
  empty: "Typ een of meer woorden om in de columns te zoeken.",
  searching: "Zoeken naar “{q}”…",
  failed: "Zoeken lukt nu niet. Probeer het later opnieuw, of kijk bij de onderwerpen.",
  none: "Geen columns gevonden voor “{q}”. Probeer een ander of korter woord.",
  one: "1 column gevonden voor “{q}”.",
  many: "{n} columns gevonden voor “{q}”.",
  page: "Pagina {page} van {pages}.",
  pastLast: "Op deze pagina staan geen resultaten meer.",
  previous: "← Vorige resultaten",
  next: "Volgende resultaten →",
} as const;

/** The longest query searched for; longer ones are cut, so that no request can make the server work hard. */
export const maxQueryLength = 200;

/** Returns the words searched for and the page of results from a URL's query (`?q=…&pagina=2`). */
export function readSearchParams(params: Record<string, string | string[] | undefined>): {
  query: string;
  page: number;
} {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
  const query = first(params.q).replace(/\s+/g, " ").trim().slice(0, maxQueryLength);
  const page = /^[1-9]\d{0,5}$/.test(first(params.pagina)) ? Number(first(params.pagina)) : 1;
  return { query, page };
}

/** Returns the title of a results page. */
export function searchTitle(query: string): string {
  return fill(searchText.title, { q: query });
}

/** Returns the sentence that says what a search found: screen readers announce it. */
export function searchStatus(query: string, total: number, page: number, pageCount: number): string {
  if (!query) return searchText.empty;
  const found = total === 0 ? searchText.none : total === 1 ? searchText.one : searchText.many;
  const onPage = pageCount > 1 ? ` ${searchText.page}` : "";
  return fill(found + onPage, { q: query, n: total.toLocaleString("nl-NL"), page, pages: pageCount });
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key]));
}

/** Returns the attributes that hand the static export's search script its sentences and the index's address. */
export function searchPageData(): Record<`data-${string}`, string> {
  return { "data-search-text": JSON.stringify(searchText), "data-search-index": "/pagefind/" };
}
