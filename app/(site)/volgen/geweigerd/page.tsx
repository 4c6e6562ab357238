import type { Metadata } from "next";
import { SubscribeForm } from "@/app/_components/SubscribeForm";
import { checkMailAddress } from "@/lib/newsletter/address";
import { getNewsletterConfig } from "@/lib/newsletter/config";

export const metadata: Metadata = { title: "Aanmelding niet gelukt", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The subscribe form again, with the address as typed and what is wrong with it. */
export default async function SubscribeRefused({ searchParams }: Props) {
  const { adres } = await searchParams;
  const address = typeof adres === "string" ? adres : "";
  const checked = checkMailAddress(address);
  const error = checked.ok ? undefined : checked.message;
  return (
    <>
      <h1 className="page-title">Aanmelding niet gelukt</h1>
      <SubscribeForm open={Boolean(getNewsletterConfig())} address={address} error={error} heading={false} />
    </>
  );
}
