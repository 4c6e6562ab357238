import { clientAddress } from "../reactions/requests";

/**
 * Returns the client address the subscribe limits count by: the same function the reaction form uses, so both
 * forms share one notion of "the same reader". The one place to change when that function moves.
 */
export function subscriberClient(request: Request): string {
  return clientAddress(request);
}
