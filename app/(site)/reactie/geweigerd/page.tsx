import type { Metadata } from "next";
import { ReactionAnswer } from "@/app/_components/ReactionAnswer";
import { getColumnLink } from "@/lib/reactions/column-link";
import { refusalMessage } from "@/lib/reactions/validation";

export const metadata: Metadata = { title: "Reactie niet geplaatst", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReactionRefused({ searchParams }: Props) {
  const { reden, column } = await searchParams;
  const message = refusalMessage(reden) ?? "Uw reactie kon niet worden verwerkt.";
  return (
    <ReactionAnswer
      title="Uw reactie is niet geplaatst"
      message={`${message} Met de terugknop van uw browser staat uw tekst meestal nog in het formulier.`}
      column={getColumnLink(column)}
    />
  );
}
