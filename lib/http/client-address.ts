import ipaddr from "ipaddr.js";
import { PEER_ADDRESS_HEADER, peerAddressesStamped } from "@/lib/http/peer-address";

type HeaderBag = Headers | Record<string, string | string[] | undefined> | undefined;

function header(headers: HeaderBag, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/** Which X-Forwarded-For hops to believe: none, the last N, or those added by known proxies. */
export type ProxyTrust = { hops: number } | TrustedProxies;
type TrustedProxies = { proxies: [ipaddr.IPv4 | ipaddr.IPv6, number][] };

/**
 * Reads TRUST_PROXY: unset, "false" or "0" trusts no proxy (the socket's peer
 * is the client); a number N (or "true", read as 1) trusts the N proxies in
 * front of the app; a comma-separated list of addresses or CIDR ranges trusts
 * the proxies at those addresses.
 * @throws Error for a value that is none of these (a typo must not trust everyone)
 */
export function parseProxyTrust(value: string | undefined): ProxyTrust {
  const text = value?.trim().toLowerCase() ?? "";
  if (text === "" || text === "false" || text === "0") return { hops: 0 };
  if (text === "true") return { hops: 1 };
  if (/^\d+$/.test(text)) return { hops: Number(text) };
  const proxies = text.split(",").map((part) => {
    const entry = part.trim();
    if (ipaddr.isValidCIDR(entry)) return ipaddr.parseCIDR(entry);
    if (ipaddr.isValid(entry)) {
      const address = ipaddr.process(entry);
      return [address, address.kind() === "ipv4" ? 32 : 128] as [ipaddr.IPv4 | ipaddr.IPv6, number];
    }
    throw new Error(`TRUST_PROXY: "${entry}" is neither a number of proxies nor an address or CIDR range.`);
  });
  return { proxies };
}

function parsed(address: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  const bare = address.trim().replace(/^\[(.*)\](:\d+)?$/, "$1");
  return ipaddr.isValid(bare) ? ipaddr.process(bare) : null;
}

function trusted(address: string, trust: TrustedProxies): boolean {
  const ip = parsed(address);
  return !!ip && trust.proxies.some(([range, bits]) => ip.kind() === range.kind() && ip.match(range, bits));
}

/**
 * The bucket a limiter counts an address in: an IPv4 address as it is, an
 * IPv6 address by its /64 network (one subscriber usually holds a whole /64,
 * so counting single IPv6 addresses would let anyone rotate past a limit).
 */
export function addressBucket(address: string): string {
  const ip = parsed(address);
  if (!ip) return address;
  if (ip.kind() === "ipv4") return ip.toString();
  const parts = (ip as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16));
  return `${parts.join(":")}::/64`;
}

let warned = false;

/**
 * The client's address for rate limiting: the TCP peer, stamped on the
 * request by the server (lib/http/peer-address.ts). X-Forwarded-For is read
 * only when TRUST_PROXY says proxies stand in front, and then only the hop the
 * last trusted proxy added: anything further left was written by the client.
 */
export function clientAddress(headers: HeaderBag, trust: ProxyTrust = parseProxyTrust(process.env.TRUST_PROXY)): string {
  let peer = peerAddressesStamped() ? header(headers, PEER_ADDRESS_HEADER) : undefined;
  const forwarded = (header(headers, "x-forwarded-for") ?? "").split(",").map((hop) => hop.trim()).filter(Boolean);
  if (!peer) {
    // Only outside a Crosscheck server (handlers called directly). Next fills X-Forwarded-For with the
    // socket's address when a client sent none, so its last hop is the best left; say so once.
    if (!warned) console.warn("clientAddress: no peer address was stamped on the request (instrumentation.ts did not run); using X-Forwarded-For's last hop.");
    warned = true;
    peer = forwarded.pop() ?? "unknown";
  }
  const hops = [...forwarded, peer];
  let index = hops.length - 1;
  if ("hops" in trust) index = Math.max(0, hops.length - 1 - trust.hops);
  else while (index > 0 && trusted(hops[index], trust)) index--;
  // A hop that is no address (a proxy passed garbage on) counts as the proxy that passed it.
  while (index < hops.length - 1 && !parsed(hops[index])) index++;
  return addressBucket(hops[index]);
}
