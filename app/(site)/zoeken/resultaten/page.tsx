import type { Metadata } from "next";
import { pageIds } from "@/lib/page-ids";
import { searchColumns } from "@/lib/outputs/search";
import { readSearchParams, searchTitle } from "@/lib/outputs/search-text";
import { SearchForm } from "@/app/_components/SearchForm";
import { SearchResults } from "@/app/_components/SearchResults";
import { SearchTip } from "@/app/_components/SearchTip";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// /zoeken?q=… lands here (a rewrite in next.config.ts): results are rendered per request, by the server, so search
// works without JavaScript. Search results are never indexed by search engines.
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { query } = readSearchParams(await searchParams);
  return { title: query ? searchTitle(query) : "Zoeken", robots: { index: false, follow: true } };
}

export default async function SearchResultsPage({ searchParams }: Props) {
  const { query, page } = readSearchParams(await searchParams);
  const results = query ? await searchColumns(query, page) : { query, total: 0, page: 1, pageCount: 1, hits: [] };
  return (
    <>
      <h1 className="page-title">Zoeken</h1>
      <SearchForm id={pageIds.searchField} query={query} />
      <SearchResults results={results} />
      <SearchTip />
    </>
  );
}
