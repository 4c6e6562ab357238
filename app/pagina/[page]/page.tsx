import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getIndexPage } from "@/lib/content";
import { pageMetadata } from "@/lib/metadata";
import { indexPagePath } from "@/lib/paths";
import { site } from "@/lib/site";
import { PostIndex } from "@/app/_components/PostIndex";

type Props = { params: Promise<{ page: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  const pageCount = getIndexPage(1)?.pageCount ?? 1;
  // Page 1 is the index itself, at /.
  return Array.from({ length: pageCount - 1 }, (_, index) => ({ page: String(index + 2) }));
}

async function indexPage(params: Props["params"]) {
  const { page } = await params;
  return /^[1-9]\d*$/.test(page) && page !== "1" ? getIndexPage(Number(page)) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const index = await indexPage(params);
  if (!index) return {};
  const title = `Columns, pagina ${index.page}`;
  return pageMetadata({ title, description: site.tagline, path: indexPagePath(index.page) });
}

export default async function IndexPageRoute({ params }: Props) {
  const index = await indexPage(params);
  if (!index) notFound();
  return <PostIndex index={index} />;
}
