import { passwordHashVariable, secretCommand, secretVariable } from "@/lib/reactions/config";

type Props = { problems: string[] };

/** What /beheer shows while the configuration has problems: each problem, then how to set the variables right. */
export function ReactionsSetup({ problems }: Props) {
  return (
    <>
      <p>Reageren is gesloten, want de instellingen kloppen niet:</p>
      <ul role="alert">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <p>Zo stelt u ze in:</p>
      <ol>
        <li>
          Maak de regels met <code>{secretCommand}</code>. U typt een wachtwoord van minstens 12 tekens, twee keer; het
          verschijnt niet op het scherm.
        </li>
        <li>
          Zet <code>{passwordHashVariable}</code> en <code>{secretVariable}</code> in de omgeving van de server,
          bijvoorbeeld in een bestand <code>.env.local</code> naast <code>package.json</code>, of in de instellingen van
          uw host. Houd het geheim geheim.
        </li>
        <li>
          Start de server opnieuw (<code>npm start</code>). Daarna staat onder elke column een reactieformulier en meldt
          u zich hier aan.
        </li>
      </ol>
    </>
  );
}
