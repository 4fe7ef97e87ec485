/**
 * Which IP addresses a server-side fetch may reach. Fetching a URL on a user's behalf must not
 * become a way into the host's own network (loopback, private ranges, cloud metadata at
 * 169.254.169.254), so only public unicast addresses pass unless private ones are allowed.
 *
 * ipaddr.js parses and names the special ranges (kept up to date with the IANA registries); the
 * policy here is an allow-list on top: an IPv6 address passes only as global unicast (2000::/3)
 * or as a translation form whose embedded IPv4 address is itself public.
 */
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";

type IPv4 = ipaddr.IPv4;
type IPv6 = ipaddr.IPv6;

const GLOBAL_UNICAST = ipaddr.IPv6.parse("2000::");

function v4Public(address: IPv4): boolean {
  return address.range() === "unicast";
}

/** The IPv4 address in 32 bits of an IPv6 address, starting at 16-bit group `group`. */
function embeddedV4(parts: number[], group: number): IPv4 {
  const [high, low] = [parts[group], parts[group + 1]];
  return new ipaddr.IPv4([high >> 8, high & 255, low >> 8, low & 255]);
}

function v6Public(address: IPv6): boolean {
  const parts = address.parts;
  switch (address.range()) {
    // ::ffff:a.b.c.d, ::ffff:0:a.b.c.d and 64:ff9b::a.b.c.d reach the IPv4 address they carry.
    case "ipv4Mapped":
    case "rfc6145":
      return v4Public(embeddedV4(parts, 6));
    case "rfc6052":
      // 64:ff9b::/96 is the well-known NAT64 prefix; 64:ff9b:1::/48 is for local networks only.
      return parts[2] === 0 && v4Public(embeddedV4(parts, 6));
    case "6to4": // 2002:AABB:CCDD::/48 routes to a.b.c.d
      return v4Public(embeddedV4(parts, 1));
    case "unicast":
      // Outside 2000::/3 sits IPv4-compatible ::a.b.c.d, site-local fec0::/10 and other
      // unassigned space: nothing a public web page is served from.
      return address.match(GLOBAL_UNICAST, 3);
    default: // loopback, link-local, unique local, multicast, Teredo, documentation, …
      return false;
  }
}

/** True for a public unicast IPv4 or IPv6 address; false for anything else, including non-IPs. */
export function isPublicAddress(ip: string): boolean {
  const bare = ip.split("%")[0];
  const family = isIP(bare);
  if (family === 4) return v4Public(ipaddr.IPv4.parse(bare));
  if (family !== 6) return false;
  // ipaddr.js reads an IPv4-compatible "::a.b.c.d" as IPv4-mapped; the WHATWG URL parser writes
  // every IPv6 address in canonical hex groups first, so each form is classified as what it is.
  const canonical = new URL(`http://[${bare}]/`).hostname.slice(1, -1);
  return v6Public(ipaddr.IPv6.parse(canonical));
}
