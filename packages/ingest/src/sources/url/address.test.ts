import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPublicAddress } from "./address.ts";

describe("isPublicAddress", () => {
  it.each([
    "127.0.0.1",
    "127.255.0.9",
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.10",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "255.255.255.255",
    "::",
    "::1",
    "fe80::1",
    "fd12:3456::1",
    "fc00::1",
    "ff02::1",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "::ffff:10.0.0.1",
    "64:ff9b::a9fe:a9fe",
    "2001:db8::1",
    "fe80::1%eth0",
    "localhost",
    "example.com",
    "",
    // Unusual IPv6 forms that reach loopback or the local network.
    "::127.0.0.1", // IPv4-compatible (deprecated)
    "::7f00:1",
    "::8.8.8.8", // IPv4-compatible even with a public address: nothing routes it
    "::ffff:0:7f00:1", // IPv4-translated (RFC 6145)
    "::ffff:0:127.0.0.1",
    "::ffff:0:10.0.0.1",
    "64:ff9b:1::", // local-use NAT64 (RFC 8215)
    "64:ff9b:1::808:808",
    "64:ff9b::127.0.0.1", // well-known NAT64 prefix carrying loopback
    "64:ff9b::10.1.2.3",
    "2002:7f00:1::", // 6to4 of 127.0.0.1
    "2002:a00:1::1", // 6to4 of 10.0.0.1
    "2002:a9fe:a9fe::", // 6to4 of 169.254.169.254
    "2001:0::", // Teredo
    "2001::1",
    "2001:0:4136:e378:8000:63bf:3fff:fdd2",
    "fec0::", // site-local (deprecated)
    "fec0::1",
    "100::1", // discard-only
    "2001:2::1", // benchmarking
    "3fff::1", // documentation (RFC 9637)
  ])("refuses %s", (ip) => {
    expect(isPublicAddress(ip)).toBe(false);
  });

  it.each([
    "8.8.8.8",
    "1.1.1.1",
    "93.184.216.34",
    "172.15.255.255",
    "172.32.0.1",
    "192.169.0.1",
    "100.128.0.1",
    "2606:4700:4700::1111",
    "2a00:1450:4001:80b::200e",
    "::ffff:8.8.8.8",
    "::ffff:0:8.8.8.8",
    "64:ff9b::8.8.8.8",
    "2002:808:808::1", // 6to4 of 8.8.8.8
  ])("lets %s through", (ip) => {
    expect(isPublicAddress(ip)).toBe(true);
  });
});

/** Random addresses in the IPv4 ranges that must never be reached. */
const privateV4 = fc.oneof(
  fc.tuple(fc.constant(127), fc.nat(255), fc.nat(255), fc.nat(255)),
  fc.tuple(fc.constant(10), fc.nat(255), fc.nat(255), fc.nat(255)),
  fc.tuple(fc.constant(0), fc.nat(255), fc.nat(255), fc.nat(255)),
  fc.tuple(fc.constant(172), fc.integer({ min: 16, max: 31 }), fc.nat(255), fc.nat(255)),
  fc.tuple(fc.constant(192), fc.constant(168), fc.nat(255), fc.nat(255)),
  fc.tuple(fc.constant(169), fc.constant(254), fc.nat(255), fc.nat(255)),
  fc.tuple(fc.constant(100), fc.integer({ min: 64, max: 127 }), fc.nat(255), fc.nat(255)),
  fc.tuple(fc.integer({ min: 224, max: 255 }), fc.nat(255), fc.nat(255), fc.nat(255)),
);

const hex = (high: number, low: number) => ((high << 8) | low).toString(16);

/** Every IPv6 way of writing an IPv4 address `a.b.c.d`. */
const embeddings: [string, (o: number[]) => string][] = [
  ["IPv4-mapped, dotted", (o) => `::ffff:${o.join(".")}`],
  ["IPv4-mapped, hex", (o) => `::ffff:${hex(o[0], o[1])}:${hex(o[2], o[3])}`],
  ["IPv4-mapped, long form", (o) => `0:0:0:0:0:ffff:${hex(o[0], o[1])}:${hex(o[2], o[3])}`],
  ["IPv4-compatible, dotted", (o) => `::${o.join(".")}`],
  ["IPv4-compatible, hex", (o) => `::${hex(o[0], o[1])}:${hex(o[2], o[3])}`],
  ["IPv4-translated", (o) => `::ffff:0:${hex(o[0], o[1])}:${hex(o[2], o[3])}`],
  ["NAT64 well-known", (o) => `64:ff9b::${o.join(".")}`],
  ["NAT64 local-use", (o) => `64:ff9b:1::${hex(o[0], o[1])}:${hex(o[2], o[3])}`],
  ["6to4", (o) => `2002:${hex(o[0], o[1])}:${hex(o[2], o[3])}::1`],
  ["Teredo server", (o) => `2001:0:${hex(o[0], o[1])}:${hex(o[2], o[3])}::1`],
];

describe.each(embeddings)("a private IPv4 address inside %s", (_name, embed) => {
  it("is refused, for any private address", () => {
    fc.assert(
      fc.property(privateV4, (octets) => {
        expect(isPublicAddress(octets.join("."))).toBe(false);
        expect(isPublicAddress(embed(octets))).toBe(false);
        expect(isPublicAddress(embed(octets).toUpperCase())).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
