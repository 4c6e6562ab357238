import { pageIds } from "@/lib/page-ids";
import { exportNoscript } from "@/lib/outputs/export-markers";
import { pageMetadata } from "@/lib/outputs/metadata";
import { searchPageData, searchText } from "@/lib/outputs/search-text";
import { authorPath, searchPath } from "@/lib/paths";
import { site } from "@/lib/site";
import { SearchForm } from "@/app/_components/SearchForm";
import { SearchTip } from "@/app/_components/SearchTip";

export const metadata = pageMetadata({
  title: "Zoeken",
  description: "Zoek in de volledige tekst van alle columns.",
  path: searchPath,
});

// Prerendered, so that the static export has a /zoeken too. /zoeken?q=… goes to ./resultaten (next.config.ts), but an
// empty q=, which Next's rewrite cannot tell from none, lands here: so this page says what to do with an empty query.
export default function SearchPage() {
  return (
    <>
      <h1 className="page-title">Zoeken</h1>
      {/* Hidden here; the static export makes it a <noscript> (lib/outputs/export-markers.ts). */}
      <div {...exportNoscript}>
        <p className="search-notice">
          Zoeken werkt in deze versie van de site alleen met JavaScript, en dat staat in uw browser uit. Zonder
          JavaScript vindt u elke column via <a href="/">alle columns</a>, de <a href="/onderwerpen">onderwerpen</a> of{" "}
          <a href={authorPath({ slug: site.defaultAuthor })}>de auteur</a>.
        </p>
      </div>
      <SearchForm id={pageIds.searchField} />
      <div id={pageIds.searchResults} className="search-results" {...searchPageData()}>
        <p className="search-status" role="status">
          {searchText.empty}
        </p>
      </div>
      <SearchTip />
    </>
  );
}
