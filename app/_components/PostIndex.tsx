import type { IndexPage } from "@/lib/content/lookups";
import { indexPagePath } from "@/lib/paths";
import { Pagination } from "./Pagination";
import { PostList } from "./PostList";

type Props = { index: IndexPage };

/** One page of the index: its posts, and links to newer and older pages when there are more. */
export function PostIndex({ index: { posts, page, pageCount } }: Props) {
  return (
    <>
      <h1 className="page-title">{page === 1 ? "Columns" : `Columns, pagina ${page} van ${pageCount}`}</h1>
      <PostList posts={posts} />
      <Pagination page={page} pageCount={pageCount} pathOf={indexPagePath} />
    </>
  );
}
