import type { Metadata } from "next";
import { ReactionAnswer } from "@/app/_components/ReactionAnswer";
import { getColumnLink } from "@/lib/reactions/column-link";

export const metadata: Metadata = { title: "Reactie ontvangen", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReactionReceived({ searchParams }: Props) {
  return (
    <ReactionAnswer
      title="Dank u wel voor uw reactie"
      message="Uw reactie is ontvangen en wacht op goedkeuring. Na goedkeuring verschijnt ze onder de column."
      column={getColumnLink((await searchParams).column)}
    />
  );
}
