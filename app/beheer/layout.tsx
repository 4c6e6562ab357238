import type { ReactNode } from "react";
import { pageIds } from "@/lib/page-ids";
import { site } from "@/lib/site";
import "./beheer.css";

/** /beheer's own plain frame: a working page for the editor, without the readers' menu, search and feeds. */
export default function ModerationLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="site-header admin-header">
        <a className="site-name" href="/beheer">
          Beheer · {site.name}
        </a>
        <a href="/">Naar de site</a>
      </header>
      <main id={pageIds.content} className="admin">
        {children}
      </main>
    </>
  );
}
