import { minimumSecretLength, passwordHashVariable, secretVariable } from "@/lib/reactions/config";

/** What /beheer shows until the two environment variables are set: how to set them. */
export function ReactionsSetup() {
  return (
    <>
      <p>
        Reageren is gesloten: de omgevingsvariabelen <code>{passwordHashVariable}</code> en{" "}
        <code>{secretVariable}</code> zijn niet ingesteld. Zo stelt u ze in:
      </p>
      <ol>
        <li>
          Maak de twee regels met <code>npm run reactions:password</code>. U typt een wachtwoord van minstens 12 tekens;
          het verschijnt niet op het scherm.
        </li>
        <li>
          Zet beide regels in de omgeving van de server, bijvoorbeeld in een bestand <code>.env.local</code> naast{" "}
          <code>package.json</code>, of in de instellingen van uw host. Het geheim is minstens {minimumSecretLength}{" "}
          tekens lang; houd het geheim.
        </li>
        <li>
          Bouw en start de site opnieuw (<code>npm start</code>). Daarna staat onder elke column een reactieformulier en
          meldt u zich hier aan.
        </li>
      </ol>
    </>
  );
}
