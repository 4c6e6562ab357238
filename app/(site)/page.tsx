import { getIndexPage } from "@/lib/content/lookups";
import { pageMetadata } from "@/lib/outputs/metadata";
import { site } from "@/lib/site";
import { blog } from "@/lib/outputs/structured-data";
import { JsonLd } from "@/app/_components/JsonLd";
import { PostIndex } from "@/app/_components/PostIndex";

export const metadata = pageMetadata({ description: site.tagline, path: "/" });

export default function HomePage() {
  // Page 1 always exists, with a friendly line when there are no posts yet.
  const index = getIndexPage(1) ?? { posts: [], page: 1, pageCount: 1 };
  return (
    <>
      <PostIndex index={index} />
      <JsonLd data={blog(index.posts)} />
    </>
  );
}
