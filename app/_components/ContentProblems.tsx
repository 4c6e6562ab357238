import { formatProblem, type Problem } from "@/lib/content/problems";

type Props = { problems: readonly Problem[] };

/** What `npm run dev` shows instead of a page while the content has mistakes: each as `npm run check` prints it. */
export function ContentProblems({ problems }: Props) {
  const count = problems.length === 1 ? "1 fout" : `${problems.length} fouten`;
  return (
    <section className="content-problems" aria-labelledby="content-problems">
      <h1 id="content-problems">De inhoud heeft {count}</h1>
      <p>
        Verbeter deze bestanden en sla ze op: de pagina komt terug zodra alles klopt. <code>npm run check</code> toont
        dezelfde lijst.
      </p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            <code>{formatProblem(problem)}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
