import { describe, expect, it } from "vitest";
import {
  clientAddressHeader,
  clientKey,
  getClientAddress,
  parseTrustedProxies,
  resolveClientAddress,
  trustClientAddressHeader,
  unknownClient,
} from "@/lib/client-address";

const none = parseTrustedProxies("");
const nginx = parseTrustedProxies("127.0.0.1, 10.0.0.0/8, fd00::/8");

describe("the client's address", () => {
  it("is the socket's when no proxy is trusted, whatever X-Forwarded-For the client wrote", () => {
    expect(resolveClientAddress("203.0.113.7", "198.51.100.1", none)).toBe("203.0.113.7");
    expect(resolveClientAddress("::ffff:203.0.113.7", "198.51.100.1, 198.51.100.2", none)).toBe("203.0.113.7");
  });

  it("is read from X-Forwarded-For from the right, skipping trusted hops, only behind a trusted proxy", () => {
    expect(resolveClientAddress("127.0.0.1", "198.51.100.1, 203.0.113.7", nginx)).toBe("203.0.113.7");
    expect(resolveClientAddress("127.0.0.1", "198.51.100.1, 203.0.113.7, 10.1.2.3", nginx)).toBe("203.0.113.7");
    expect(resolveClientAddress("203.0.113.9", "198.51.100.1", nginx)).toBe("203.0.113.9");
  });

  it("stays the last trusted hop when the header runs out or holds no address", () => {
    expect(resolveClientAddress("127.0.0.1", undefined, nginx)).toBe("127.0.0.1");
    expect(resolveClientAddress("127.0.0.1", "10.0.0.5", nginx)).toBe("10.0.0.5");
    expect(resolveClientAddress("127.0.0.1", "198.51.100.1, unknown", nginx)).toBe("127.0.0.1");
  });

  it("counts an IPv6 client by its /64, so one home network cannot rotate through its addresses", () => {
    expect(clientKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(resolveClientAddress("2001:db8:1:2:bbbb:cccc:dddd:eeee", "", none)).toBe("2001:db8:1:2::/64");
    expect(resolveClientAddress("2001:db8::1", "", none)).toBe("2001:db8:0:0::/64");
    expect(resolveClientAddress("fd00::5", "[2001:db8:9:9::7]:443", nginx)).toBe("2001:db8:9:9::/64");
  });

  it("refuses a TRUSTED_PROXIES entry it cannot read, naming it", () => {
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/"10.0.0.0\/33"/);
    expect(() => parseTrustedProxies("proxy.example")).toThrow(/TRUSTED_PROXIES/);
  });

  it("is one shared key until the site's own server vouches for the header", () => {
    const headers = new Headers({ [clientAddressHeader]: "203.0.113.7", "x-forwarded-for": "198.51.100.1" });
    expect(getClientAddress(headers)).toBe(unknownClient);
    trustClientAddressHeader();
    expect(getClientAddress(headers)).toBe("203.0.113.7");
  });
});
