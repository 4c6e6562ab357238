import { SubscribeForm } from "@/app/_components/SubscribeForm";
import { serverOnly } from "@/lib/outputs/export-markers";
import { pageMetadata } from "@/lib/outputs/metadata";
import { getNewsletterConfig } from "@/lib/newsletter/config";

export const metadata = pageMetadata({
  title: "Volg de columns",
  description: "Ontvang elke nieuwe column per e-mail, of volg de columns met een feedlezer.",
  path: "/volgen",
});

// Prerendered for the static site, and made again on the server at most every minute while visited, as the columns
// are: the form opens (or closes) once the server has SMTP_URL, NEWSLETTER_FROM and REACTIONS_SECRET (or has not),
// without a build.
export const revalidate = 60;

export default function FollowPage() {
  const open = Boolean(getNewsletterConfig());
  return (
    <>
      {/* The static site has no form (it has no server to send mail): there the page offers the feeds alone. */}
      <h1 className="page-title">Volg de columns</h1>
      {open ? (
        <p {...serverOnly}>
          Laat uw e-mailadres achter en u krijgt elke nieuwe column in uw mailbox, in zijn geheel. We gebruiken uw adres
          alleen daarvoor; u meldt zich af met één klik onder elke mail.
        </p>
      ) : (
        <p {...serverOnly}>De nieuwsbrief is nog niet open. Volg de columns intussen met een feedlezer.</p>
      )}
      <SubscribeForm open={open} heading={false} />
    </>
  );
}
