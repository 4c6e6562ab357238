import { domainToASCII } from "node:url";

export type AddressCheck = { ok: true; address: string } | { ok: false; message: string };

const localPart = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const label = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * Returns the address in the form it is stored (trimmed, lowercase, the domain in ASCII), or a Dutch message that
 * says what is wrong with it and, for a typo such as `naam@gmail,com`, what was probably meant.
 */
export function checkMailAddress(input: unknown): AddressCheck {
  const text = typeof input === "string" ? input.normalize("NFC").trim() : "";
  if (!text) return refuse("Vul uw e-mailadres in.");
  if (text.length > 254) return refuse("Dit e-mailadres is langer dan 254 tekens; zo’n adres bestaat niet.");
  if (/\s/.test(text)) return refuse(`Er staat een spatie in „${text}”. Een e-mailadres heeft geen spaties.`);
  const parts = text.split("@");
  if (parts.length === 1) return refuse(`In „${text}” ontbreekt de @, zoals in naam@voorbeeld.nl.`);
  if (parts.length > 2) return refuse(`Er staat meer dan één @ in „${text}”.`);
  const [local, domain] = parts;
  if (text.includes(",")) {
    return refuse(`Er staat een komma in „${text}” waar een punt hoort. Bedoelt u ${text.replace(/,/g, ".")}?`);
  }
  if (!local) return refuse(`Voor de @ in „${text}” ontbreekt uw naam, zoals in naam@voorbeeld.nl.`);
  if (!localPart.test(local) || local.length > 64) {
    return refuse(`Het deel voor de @ in „${text}” bevat een teken of punt dat in een e-mailadres niet kan.`);
  }
  const ascii = domainToASCII(domain.toLowerCase());
  const labels = ascii.split(".");
  if (!ascii || labels.length < 2 || !labels.every((part) => label.test(part))) {
    return refuse(`Na de @ in „${text}” staat geen geldige domeinnaam, zoals gmail.com of voorbeeld.nl.`);
  }
  if (!/^(?:[a-z]{2,63}|xn--[a-z0-9-]+)$/.test(labels.at(-1)!)) {
    return refuse(`„${text}” eindigt niet op een extensie zoals .nl of .com.`);
  }
  return { ok: true, address: `${local.toLowerCase()}@${ascii}` };
}

function refuse(message: string): AddressCheck {
  return { ok: false, message };
}
