import type { Author } from "@/lib/content/authors";
import type { ListPage } from "@/lib/content/pagination";
import type { Post } from "@/lib/content/posts";
import { authorPath, listPagePath } from "@/lib/paths";
import { Pagination } from "./Pagination";
import { PostList } from "./PostList";

type Props = { author: Author; list: ListPage<Post> };

/** One page of an author's columns: the first with their name and bio, the others with the page number. */
export function AuthorPosts({ author, list: { posts, page, pageCount } }: Props) {
  return (
    <>
      {page === 1 ? (
        <>
          <h1 className="page-title">{author.name}</h1>
          {author.bioHtml && <div className="prose bio" dangerouslySetInnerHTML={{ __html: author.bioHtml }} />}
          <h2>Columns van {author.name}</h2>
        </>
      ) : (
        <h1 className="page-title">
          Columns van {author.name}, pagina {page} van {pageCount}
        </h1>
      )}
      <PostList posts={posts} headingLevel={page === 1 ? 3 : 2} linkAuthor={false} />
      <Pagination page={page} pageCount={pageCount} pathOf={(n) => listPagePath(authorPath(author), n)} />
    </>
  );
}
