import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getAllAuthors, getAuthorBySlug, getPostsByAuthor } from "@/lib/content/lookups";
import { authorPath } from "@/lib/paths";
import { pageMetadata } from "@/lib/outputs/metadata";
import { profilePage } from "@/lib/outputs/structured-data";
import { JsonLd } from "@/app/_components/JsonLd";
import { PostList } from "@/app/_components/PostList";

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
  const author = getAuthorBySlug((await params).slug);
  if (!author) notFound();
  return (
    <>
      <h1 className="page-title">{author.name}</h1>
      {author.bioHtml && <div className="prose bio" dangerouslySetInnerHTML={{ __html: author.bioHtml }} />}
      <h2>Columns van {author.name}</h2>
      <PostList posts={getPostsByAuthor(author.slug)} headingLevel={3} linkAuthor={false} />
      <JsonLd data={profilePage(author)} />
    </>
  );
}
