type Props = { title: string; message: string; column: { title: string; path: string } | undefined };

/** The Dutch page a reader lands on after sending a reaction, with a link back to the column. */
export function ReactionAnswer({ title, message, column }: Props) {
  return (
    <>
      <h1 className="page-title">{title}</h1>
      <p>{message}</p>
      <p>
        {column ? (
          <a href={`${column.path}#reacties`}>Terug naar “{column.title}”</a>
        ) : (
          <a href="/">Naar alle columns</a>
        )}
      </p>
    </>
  );
}
