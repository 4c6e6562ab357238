import type { Metadata } from "next";

export const metadata: Metadata = { title: "Pagina niet gevonden" };

export default function NotFound() {
  return (
    <>
      <h1 className="page-title">Pagina niet gevonden</h1>
      <p>Deze pagina bestaat niet (meer). Misschien is het adres verkeerd getypt, of is de column verhuisd.</p>
      <p>
        <a href="/">Naar alle columns</a>
      </p>
    </>
  );
}
