import type { Metadata } from "next";

export const metadata: Metadata = { title: "U bent aangemeld", robots: { index: false } };

export default function Welcome() {
  return (
    <>
      <h1 className="page-title">U bent aangemeld</h1>
      <p>
        Vanaf nu krijgt u elke nieuwe column per e-mail, in zijn geheel. Onder elke mail staat een link om u af te
        melden; uw mailprogramma toont vaak ook een eigen knop daarvoor.
      </p>
      <p>
        <a href="/">Naar alle columns</a>
      </p>
    </>
  );
}
