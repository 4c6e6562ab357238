import type { ReactNode } from "react";
import "./beheer.css";

/** /beheer's own plain frame inside the site: a working page for the editor, not a page to read. */
export default function ModerationLayout({ children }: { children: ReactNode }) {
  return <div className="admin">{children}</div>;
}
