import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getIndexPage } from "@/lib/content/lookups";
import { pageMetadata } from "@/lib/outputs/metadata";
import { indexPagePath } from "@/lib/paths";
import { site } from "@/lib/site";
import { PostIndex } from "@/app/_components/PostIndex";

type Props = { params: Promise<{ page: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  const pageCount = getIndexPage(1)?.pageCount ?? 1;
  // Page 1 is the index itself: /pagina/1 only sends readers there (and keeps a static export from having no paths).
  return Array.from({ length: pageCount }, (_, index) => ({ page: String(index + 1) }));
}

async function indexPage(params: Props["params"]) {
  const { page } = await params;
  return /^[1-9]\d*$/.test(page) ? getIndexPage(Number(page)) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const index = await indexPage(params);
  if (!index) return {};
  if (index.page === 1) return { robots: { index: false }, alternates: { canonical: "/" } };
  const title = `Columns, pagina ${index.page}`;
  return pageMetadata({ title, description: site.tagline, path: indexPagePath(index.page) });
}

export default async function IndexPageRoute({ params }: Props) {
  const index = await indexPage(params);
  if (!index) notFound();
  if (index.page === 1) {
    // A meta refresh, not redirect(): it works without JavaScript and on any static host.
    return (
      <>
        <meta httpEquiv="refresh" content="0; url=/" />
        <h1 className="page-title">Columns</h1>
        <p>
          De eerste pagina met columns is <a href="/">de voorpagina</a>.
        </p>
      </>
    );
  }
  return <PostIndex index={index} />;
}
