import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = { title: "Floor", description: "The benchmark's minimal Next.js blog." };

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="nl">
      <body>
        <main>{children}</main>
      </body>
    </html>
  );
}
