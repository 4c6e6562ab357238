/** What search looks at, and where else to find columns: under the search form and its results. */
export function SearchTip() {
  return (
    <p className="search-tip">
      Zoeken kijkt naar de titel, de inleiding, de hele tekst, de onderwerpen en de auteur van elke column, en vindt ook
      andere vormen van een woord: wie “klant” zoekt, vindt ook “klanten”. Liever bladeren? Kijk bij{" "}
      <a href="/onderwerpen">de onderwerpen</a> of <a href="/">alle columns</a>.
    </p>
  );
}
