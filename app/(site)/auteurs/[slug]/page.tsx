import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getAllAuthors, getAuthorBySlug, getAuthorPage } from "@/lib/content/lookups";
import { authorPath } from "@/lib/paths";
import { pageMetadata } from "@/lib/outputs/metadata";
import { profilePage } from "@/lib/outputs/structured-data";
import { AuthorPosts } from "@/app/_components/AuthorPosts";
import { JsonLd } from "@/app/_components/JsonLd";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllAuthors().map((author) => ({ slug: author.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = getAuthorBySlug((await params).slug);
  if (!author) return {};
  return pageMetadata({ title: author.name, description: `Alle columns van ${author.name}`, path: authorPath(author) });
}

export default async function AuthorPage({ params }: Props) {
  const { slug } = await params;
  const author = getAuthorBySlug(slug);
  const list = getAuthorPage(slug, 1);
  if (!author || !list) notFound();
  return (
    <>
      <AuthorPosts author={author} list={list} />
      <JsonLd data={profilePage(author)} />
    </>
  );
}
