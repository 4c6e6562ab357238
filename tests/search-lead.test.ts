import { describe, expect, it } from "vitest";
import { repeatsLead } from "@/lib/outputs/search-lead";

const lead = "Strategie in klantcontact is een interessant onderwerp.";

describe("repeatsLead", () => {
  it("finds the lead inside an excerpt cut around it", () => {
    const excerpt = "Peter Bröring. Strategie in klantcontact is een interessant onderwerp. Ik zie twee soorten";
    expect(repeatsLead(lead, excerpt)).toBe(true);
  });

  it("finds six words of the lead in a row, whatever the case and punctuation, and not four", () => {
    expect(repeatsLead(lead, "In KLANTCONTACT, is een interessant onderwerp! Ik zie")).toBe(true);
    expect(repeatsLead(lead, "…is een interessant onderwerp. Ik zie twee soorten strategieën in het")).toBe(false);
  });

  it("does not count a few shared words as a repeat", () => {
    expect(repeatsLead(lead, "Een strategie in klantcontact vraagt gedrag van managers, elke dag.")).toBe(false);
  });

  it("finds a lead shorter than six words only whole", () => {
    expect(repeatsLead("Doe wat je zegt.", "Managers: doe wat je zegt. Elke dag.")).toBe(true);
    expect(repeatsLead("Doe wat je zegt.", "Doe wat je moet doen.")).toBe(false);
  });

  it("never takes an empty lead for a repeat", () => {
    expect(repeatsLead("", "Wat dan ook.")).toBe(false);
  });
});
