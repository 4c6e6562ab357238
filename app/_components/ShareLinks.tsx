import { getShareLinks } from "@/lib/outputs/share";
import { pageIds } from "@/lib/page-ids";

type Props = { title: string; url: string };

/** Plain links to share a post: no scripts, no trackers, no third-party requests until a reader clicks. */
export function ShareLinks({ title, url }: Props) {
  return (
    <section className="share" aria-labelledby={pageIds.share}>
      <h2 id={pageIds.share}>Deel deze column</h2>
      <ul>
        {getShareLinks(title, url).map(({ label, href }) => (
          <li key={label}>
            <a href={href} rel="noopener noreferrer">
              {label === "E-mail" ? "Per e-mail" : `Op ${label}`}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
