import { lookup } from "node:dns/promises";
import ipaddr from "ipaddr.js";
import { AppError } from "@/lib/domain/errors";

/** One checked address of a host, in the shape Node's DNS lookup returns. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** IMPORT_ALLOW_PRIVATE_URLS=true lets development and tests fetch from local servers. */
export function allowPrivateUrls(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.IMPORT_ALLOW_PRIVATE_URLS === "true";
}

const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR("2000::/3");

/**
 * True only for globally routable unicast addresses. Loopback, private,
 * link-local (cloud metadata), unique-local, unspecified, multicast,
 * carrier-grade NAT, documentation and the other reserved ranges are not;
 * IPv4-mapped IPv6 addresses are judged as the IPv4 address they carry, and
 * an IPv6 address must be global unicast (2000::/3), which refuses the
 * IPv4-compatible form `[::127.0.0.1]` and every other odd spelling.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const raw = ipaddr.parse(address);
  const mapped = raw.kind() === "ipv6" && (raw as ipaddr.IPv6).isIPv4MappedAddress();
  if (raw.kind() === "ipv6" && !mapped && !raw.match(GLOBAL_UNICAST_V6)) return false;
  // An allow-list: any range ipaddr.js knows other than plain unicast is refused, NAT64 and 6to4 included.
  return ipaddr.process(address).range() === "unicast";
}

/**
 * Resolves a URL host name to every address it has (dns.lookup, all: true)
 * and refuses the host if any of them is not public, unless private
 * addresses are allowed. IP literals are checked without a lookup.
 */
export async function resolvePublicHost(
  hostname: string,
  opts: { allowPrivate?: boolean } = {},
): Promise<ResolvedAddress[]> {
  const host = hostname.replace(/^\[|\]$/g, "");
  let addresses: ResolvedAddress[];
  if (ipaddr.isValid(host)) {
    addresses = [{ address: host, family: ipaddr.parse(host).kind() === "ipv6" ? 6 : 4 }];
  } else {
    try {
      const found = await lookup(host, { all: true, verbatim: true });
      addresses = found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
    } catch {
      addresses = [];
    }
    if (addresses.length === 0) {
      throw new AppError("UPSTREAM", `The website “${host}” could not be found. Check the address and try again.`);
    }
  }
  if (!opts.allowPrivate && !addresses.every((a) => isPublicAddress(a.address))) {
    throw new AppError(
      "VALIDATION",
      `“${host}” points to a private or local network address. Only public websites can be imported.`,
    );
  }
  return addresses;
}
