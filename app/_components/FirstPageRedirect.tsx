type Props = {
  /** The list's own address, which is its first page. */
  to: string;
  title: string;
  /** What the link to the list says: "de voorpagina". */
  linkText: string;
};

/**
 * The page `…/pagina/1`, which only sends readers to the list itself. A meta refresh, not redirect(): it works
 * without JavaScript and on any static host. It exists so that a static export always has a page for the route.
 */
export function FirstPageRedirect({ to, title, linkText }: Props) {
  return (
    <>
      <meta httpEquiv="refresh" content={`0; url=${to}`} />
      <h1 className="page-title">{title}</h1>
      <p>
        De eerste pagina is <a href={to}>{linkText}</a>.
      </p>
    </>
  );
}
