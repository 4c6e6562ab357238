import type { Metadata } from "next";

export const metadata: Metadata = { title: "U bent afgemeld", robots: { index: false } };

export default function Left() {
  return (
    <>
      <h1 className="page-title">U bent afgemeld</h1>
      <p>
        U krijgt geen columns meer per e-mail, en uw adres is gewist. Wilt u later weer meelezen, dan kan dat altijd.
      </p>
      <p>
        <a href="/volgen">Opnieuw aanmelden</a> · <a href="/">Naar alle columns</a>
      </p>
    </>
  );
}
