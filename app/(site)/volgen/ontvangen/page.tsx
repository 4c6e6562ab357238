import type { Metadata } from "next";
import { confirmationHours } from "@/lib/newsletter/links";

export const metadata: Metadata = { title: "Kijk in uw mailbox", robots: { index: false } };

// The same page whether or not the address was known, subscribed already, or mailed in the last 24 hours.
export default function SubscribeReceived() {
  return (
    <>
      <h1 className="page-title">Kijk in uw mailbox</h1>
      <p>
        Als dit adres nog niet is aangemeld, is er een mail onderweg met een link om uw aanmelding te bevestigen. De
        link werkt {confirmationHours} uur. Pas na die bevestiging sturen we u columns.
      </p>
      <p>
        Geen mail gekregen? Kijk ook bij de ongewenste mail. Binnen 24 uur sturen we naar hetzelfde adres geen tweede
        bevestigingsmail.
      </p>
      <p>
        <a href="/">Naar alle columns</a>
      </p>
    </>
  );
}
