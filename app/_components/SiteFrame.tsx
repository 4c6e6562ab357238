import type { ReactNode } from "react";
import type { Problem } from "@/lib/content/problems";
import { feeds } from "@/lib/outputs/feeds";
import { pageIds } from "@/lib/page-ids";
import { authorPath } from "@/lib/paths";
import { site } from "@/lib/site";
import { ContentProblems } from "./ContentProblems";
import { SearchForm } from "./SearchForm";

type Props = {
  children: ReactNode;
  /** Mistakes in the content files (only ever in npm run dev): shown in place of the page until they are fixed. */
  problems: readonly Problem[];
};

/** The frame of every page a reader sees: the site's name, menu and search above, the feeds below. */
export function SiteFrame({ children, problems }: Props) {
  return (
    <>
      <a className="skip-link" href={`#${pageIds.content}`}>
        Naar de inhoud
      </a>
      <header className="site-header">
        <a className="site-name" href="/">
          {site.name}
        </a>
        <p className="tagline">{site.tagline}</p>
        <nav aria-label="Hoofdmenu">
          <ul>
            <li>
              <a href="/">Columns</a>
            </li>
            <li>
              <a href="/onderwerpen">Onderwerpen</a>
            </li>
            <li>
              <a href={authorPath({ slug: site.defaultAuthor })}>Over de auteur</a>
            </li>
          </ul>
        </nav>
        <SearchForm id={pageIds.siteSearch} compact />
      </header>
      <main id={pageIds.content}>{problems.length > 0 ? <ContentProblems problems={problems} /> : children}</main>
      <footer className="site-footer">
        <p>
          {site.name} · {site.tagline}
        </p>
        <p>
          Volg de columns via <a href={feeds.rss.path}>RSS</a>, <a href={feeds.atom.path}>Atom</a> of{" "}
          <a href={feeds.json.path}>JSON Feed</a>.
        </p>
      </footer>
    </>
  );
}
