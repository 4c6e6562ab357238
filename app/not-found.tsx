import type { Metadata } from "next";
import { getContentProblems } from "@/lib/content/lookups";
import { SiteFrame } from "./_components/SiteFrame";

export const metadata: Metadata = { title: "Pagina niet gevonden" };

// Any address that matches no page lands here, outside every group's layout: it brings the readers' frame itself.
export default function NotFound() {
  return (
    <SiteFrame problems={getContentProblems()}>
      <h1 className="page-title">Pagina niet gevonden</h1>
      <p>Deze pagina bestaat niet (meer). Misschien is het adres verkeerd getypt, of is de column verhuisd.</p>
      <p>
        <a href="/">Naar alle columns</a>
      </p>
    </SiteFrame>
  );
}
