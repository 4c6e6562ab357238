import type { Metadata } from "next";
import type { ReactNode } from "react";
import { siteMetadata } from "@/lib/outputs/metadata";
import { site } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = siteMetadata();

// The document only: the readers' pages, in (site)/, have the site's frame; /beheer has its own, for the editor.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={site.language}>
      <body>{children}</body>
    </html>
  );
}
