import net from "node:net";

// Next gives a route handler no socket address, and `next start` passes on an X-Forwarded-For the client wrote. So
// the site's own server (server.ts) works the address out from the socket and hands it to the app in this header,
// which it always overwrites: whatever a client sends under this name never reaches the app.
export const clientAddressHeader = "x-column-site-client";

// Set by server.ts in its own process. Without it (`next dev`, a bare `next start`) the header could be the
// client's, so it is not read and every client shares one key: limits then hold for everyone together.
const marker = Symbol.for("column-site.client-address.server");
const shared = globalThis as typeof globalThis & { [marker]?: boolean };

/** What every limit keys on when the site's own server is not in front (`next dev`): all clients as one. */
export const unknownClient = "onbekend";

/** Marks this process as served by server.ts, whose client-address header the app may then trust. */
export function trustClientAddressHeader(): void {
  shared[marker] = true;
}

/**
 * Returns the key every limit (reactions, sign-in, subscriptions) counts a client by: its address as server.ts
 * worked it out, an IPv6 address as its /64. Returns `unknownClient` when server.ts is not in front.
 */
export function getClientAddress(headers: Headers): string {
  if (!shared[marker]) return unknownClient;
  return headers.get(clientAddressHeader) || unknownClient;
}

/** The proxies whose X-Forwarded-For is believed: addresses and CIDR ranges. */
export type TrustedProxies = net.BlockList;

/** Returns the trusted proxies of a comma-separated list (TRUSTED_PROXIES); throws naming the entry it cannot read. */
export function parseTrustedProxies(list: string | undefined): TrustedProxies {
  const trusted = new net.BlockList();
  for (const entry of (list ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean)) {
    const [address, bits, extra] = entry.split("/");
    const family = net.isIPv4(address) ? "ipv4" : net.isIPv6(address) ? "ipv6" : undefined;
    const prefix = Number(bits);
    const maxBits = family === "ipv4" ? 32 : 128;
    if (
      !family ||
      extra !== undefined ||
      (bits !== undefined && !(Number.isInteger(prefix) && prefix >= 0 && prefix <= maxBits))
    ) {
      throw new Error(
        `TRUSTED_PROXIES: "${entry}" is not an address or a CIDR range (like 10.0.0.0/8 or ::1): correct or remove it.`,
      );
    }
    if (bits === undefined) trusted.addAddress(address, family);
    else trusted.addSubnet(address, prefix, family);
  }
  return trusted;
}

/**
 * Returns the client's address for a request whose socket came from `socketAddress`: that address, unless it is a
 * trusted proxy; then X-Forwarded-For is read from the right, skipping trusted hops, and the first other address
 * is the client. Entries further left are the client's own writing and are never read.
 */
export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  trusted: TrustedProxies,
): string {
  let address = normalize(socketAddress ?? "");
  if (!address) return unknownClient;
  const hops = (forwardedFor ?? "").split(",").map((hop) => normalize(hop.trim()));
  while (isTrusted(address, trusted) && hops.length > 0) {
    const next = hops.pop() ?? "";
    if (!net.isIP(next)) break; // A hop that is no address ends the chain: the trusted proxy is the last we know.
    address = next;
  }
  return clientKey(address);
}

/** Returns the key an address is counted by: an IPv4 address as is, an IPv6 address as its /64 network. */
export function clientKey(address: string): string {
  if (!net.isIPv6(address)) return address;
  const groups = expandIPv6(address).slice(0, 4);
  return `${groups.map((group) => group.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}

function isTrusted(address: string, trusted: TrustedProxies): boolean {
  const family = net.isIPv4(address) ? "ipv4" : net.isIPv6(address) ? "ipv6" : undefined;
  return family !== undefined && trusted.check(address, family);
}

// An IPv4 client on a dual-stack socket shows as ::ffff:203.0.113.7; a proxy may add [brackets] or a port.
function normalize(address: string): string {
  const bare = address.replace(/^\[(.*)\](?::\d+)?$/, "$1").replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, "$1");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  return (mapped ? mapped[1] : bare).toLowerCase();
}

function expandIPv6(address: string): string[] {
  const [head, tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = address.includes("::") && tail ? tail.split(":") : [];
  if (right.at(-1)?.includes(".") || left.at(-1)?.includes(".")) return [...left, ...right].slice(0, 4);
  const missing = 8 - left.length - right.length;
  return [...left, ...Array.from({ length: Math.max(0, missing) }, () => "0"), ...right];
}
