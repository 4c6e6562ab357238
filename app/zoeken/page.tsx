import { pageIds } from "@/lib/page-ids";
import { pageMetadata } from "@/lib/outputs/metadata";
import { searchPageData, searchText } from "@/lib/outputs/search-text";
import { searchPath } from "@/lib/paths";
import { SearchForm } from "@/app/_components/SearchForm";

export const metadata = pageMetadata({
  title: "Zoeken",
  description: "Zoek in de volledige tekst van alle columns.",
  path: searchPath,
});

// Prerendered, so that the static export has a /zoeken too; /zoeken?q=… goes to ./resultaten (see next.config.ts).
export default function SearchPage() {
  return (
    <>
      <h1 className="page-title">Zoeken</h1>
      <SearchForm id={pageIds.searchField} />
      <div id={pageIds.searchResults} className="search-results" {...searchPageData()}>
        <p className="search-status" role="status">
          {searchText.empty}
        </p>
      </div>
      <p className="search-tip">
        Zoeken kijkt naar de titel, de inleiding, de hele tekst, de onderwerpen en de auteur van elke column, en vindt
        ook andere vormen van een woord: wie “klant” zoekt, vindt ook “klanten”.
      </p>
    </>
  );
}
