import { SubscribeForm } from "@/app/_components/SubscribeForm";
import { serverOnly } from "@/lib/outputs/export-markers";
import { pageMetadata } from "@/lib/outputs/metadata";
import { getNewsletterConfig } from "@/lib/newsletter/config";

export const metadata = pageMetadata({
  title: "Volgen per e-mail",
  description: "Ontvang elke nieuwe column in uw mailbox, of volg met een feedlezer.",
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
      <h1 className="page-title">Volgen per e-mail</h1>
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
