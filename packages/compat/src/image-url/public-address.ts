import { isIP } from 'node:net';

/**
 * Whether an IP address is a public, globally routed unicast address, i.e. one an image URL may be fetched from.
 * Everything else is refused: unspecified, loopback, private (RFC 1918), shared (CGNAT), link-local, unique-local,
 * multicast, documentation, benchmarking, reserved and broadcast ranges, and the IPv6 forms that embed an IPv4 address
 * (IPv4-mapped, IPv4-compatible, NAT64, 6to4), which are judged by the IPv4 address inside.
 *
 * Ranges: IANA IPv4 and IPv6 Special-Purpose Address Registries,
 * https://www.iana.org/assignments/iana-ipv4-special-registry/iana-ipv4-special-registry.xhtml and
 * https://www.iana.org/assignments/iana-ipv6-special-registry/iana-ipv6-special-registry.xhtml
 * (every block whose "Globally Reachable" is false, plus multicast and the IPv6 space outside 2000::/3).
 */
export function isPublicAddress(address: string): boolean {
  const v4 = parseIPv4(address);
  if (v4) return isPublicIPv4(v4);
  const v6 = parseIPv6(address);
  if (v6) return isPublicIPv6(v6);
  return false;
}

type Range = readonly [prefix: readonly number[], bits: number];

const NON_PUBLIC_V4: readonly Range[] = [
  [[0, 0, 0, 0], 8], // "this network"
  [[10, 0, 0, 0], 8], // private
  [[100, 64, 0, 0], 10], // shared address space (carrier-grade NAT)
  [[127, 0, 0, 0], 8], // loopback
  [[169, 254, 0, 0], 16], // link-local (cloud metadata endpoints live here)
  [[172, 16, 0, 0], 12], // private
  [[192, 0, 0, 0], 24], // IETF protocol assignments
  [[192, 0, 2, 0], 24], // documentation (TEST-NET-1)
  [[192, 88, 99, 0], 24], // deprecated 6to4 relay anycast
  [[192, 168, 0, 0], 16], // private
  [[198, 18, 0, 0], 15], // benchmarking
  [[198, 51, 100, 0], 24], // documentation (TEST-NET-2)
  [[203, 0, 113, 0], 24], // documentation (TEST-NET-3)
  [[224, 0, 0, 0], 4], // multicast
  [[240, 0, 0, 0], 4], // reserved, and 255.255.255.255 broadcast
];

const NON_PUBLIC_V6: readonly Range[] = [
  [[0x01, 0x00, 0, 0, 0, 0, 0, 0], 64], // discard-only
  [[0x20, 0x01, 0x00, 0x00], 23], // IETF protocol assignments (includes Teredo 2001::/32)
  [[0x20, 0x01, 0x0d, 0xb8], 32], // documentation
  [[0x3f, 0xff], 20], // documentation
  [[0x5f, 0x00], 16], // segment routing SIDs
  [[0xfc, 0x00], 7], // unique-local
  [[0xfe, 0x80], 10], // link-local
  [[0xfe, 0xc0], 10], // site-local (deprecated)
  [[0xff, 0x00], 8], // multicast
];

function inRange(bytes: readonly number[], [prefix, bits]: Range): boolean {
  for (let bit = 0; bit < bits; bit++) {
    const index = bit >> 3;
    const mask = 0x80 >> (bit & 7);
    if ((bytes[index]! & mask) !== ((prefix[index] ?? 0) & mask)) return false;
  }
  return true;
}

function isPublicIPv4(bytes: readonly number[]): boolean {
  return !NON_PUBLIC_V4.some(range => inRange(bytes, range));
}

function isPublicIPv6(bytes: readonly number[]): boolean {
  const firstTen = bytes.slice(0, 10).every(byte => byte === 0);
  // ::ffff:a.b.c.d (IPv4-mapped) and ::a.b.c.d (IPv4-compatible; :: and ::1 land in 0.0.0.0/8).
  if (firstTen && ((bytes[10] === 0xff && bytes[11] === 0xff) || (bytes[10] === 0 && bytes[11] === 0))) {
    return isPublicIPv4(bytes.slice(12));
  }
  // 64:ff9b::/96 and 64:ff9b:1::/48 (NAT64) carry an IPv4 address in their last 32 bits.
  if (bytes[0] === 0x00 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b)
    return isPublicIPv4(bytes.slice(12));
  // 2002::/16 (6to4) carries an IPv4 address in bits 16-47.
  if (bytes[0] === 0x20 && bytes[1] === 0x02) return isPublicIPv4(bytes.slice(2, 6));
  // Global unicast is 2000::/3; everything outside it is reserved or special.
  if ((bytes[0]! & 0xe0) !== 0x20) return false;
  return !NON_PUBLIC_V6.some(range => inRange(bytes, range));
}

/** Dotted-quad IPv4 -> 4 bytes (only the canonical form that `net.isIP` accepts). */
function parseIPv4(address: string): number[] | undefined {
  if (isIP(address) !== 4) return undefined;
  return address.split('.').map(Number);
}

/** IPv6 (with `::`, an embedded dotted quad and an optional zone) -> 16 bytes. */
function parseIPv6(address: string): number[] | undefined {
  const plain = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (isIP(plain) !== 6) return undefined;
  let text = plain;
  const tailV4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  const tail: number[] = [];
  if (tailV4) {
    const bytes = parseIPv4(tailV4[1]!);
    if (!bytes) return undefined;
    tail.push(...bytes);
    text = `${text.slice(0, -tailV4[1]!.length)}0:0`;
  }
  const [head = '', rest] = text.split('::');
  const headGroups = head ? head.split(':') : [];
  const restGroups = rest ? rest.split(':') : [];
  const missing = 8 - headGroups.length - restGroups.length;
  const groups =
    rest === undefined ? headGroups : [...headGroups, ...Array(missing).fill('0'), ...restGroups];
  if (groups.length !== 8) return undefined;
  const bytes = groups.flatMap(group => {
    const value = Number.parseInt(group, 16);
    return [value >> 8, value & 0xff];
  });
  if (tail.length === 4) bytes.splice(12, 4, ...tail);
  return bytes;
}
