/**
 * The ids the site's own markup gives elements, in the layout and under a column. A heading in a column gets an id
 * from its text (see addHeadingIds in markdown.ts) and never one of these, so every anchor on a page leads to one
 * place.
 */
export const pageIds = {
  /** The main content, target of the skip link. */
  content: "inhoud",
  /** The header's search field. */
  siteSearch: "zoek-op-de-site",
  /** The search page's own field and its results. */
  searchField: "zoekterm",
  searchResults: "zoekresultaten",
  /** "In deze column": a column's table of contents. */
  contents: "in-deze-column",
  share: "delen",
  /** Reactions under a column. */
  reactions: "reacties",
  related: "verwant",
  /** "Volg de columns" under a column and on /volgen, and its e-mail field. */
  follow: "volgen",
  followEmail: "volgen-e-mail",
  more: "meer",
} as const;

/** Ids remark gives footnotes (`footnote-label`, `user-content-fn-1`, `user-content-fnref-1`). */
export const footnoteIds = /^(footnote-label$|user-content-)/;
