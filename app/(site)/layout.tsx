import type { ReactNode } from "react";
import { SiteFrame } from "@/app/_components/SiteFrame";
import { getContentProblems } from "@/lib/content/lookups";

/** Every page a reader sees, in the site's frame. (A folder in brackets groups routes without being in their URL.) */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteFrame problems={getContentProblems()}>{children}</SiteFrame>;
}
