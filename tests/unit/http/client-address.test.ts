import { describe, expect, it } from "vitest";
import { addressBucket, clientAddress, parseProxyTrust } from "@/lib/http/client-address";
import { PEER_ADDRESS_HEADER, stampPeerAddresses } from "@/lib/http/peer-address";

stampPeerAddresses();

const request = (peer: string, forwardedFor?: string) => ({ [PEER_ADDRESS_HEADER]: peer, ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) });

describe("the client address a limiter counts", () => {
  it("is the socket's peer by default, whatever X-Forwarded-For says", () => {
    const none = parseProxyTrust(undefined);
    const addresses = new Set(Array.from({ length: 40 }, (_, i) => clientAddress(request("203.0.113.9", `10.0.0.${i}`), none)));
    expect([...addresses]).toEqual(["203.0.113.9"]);
    expect(clientAddress(request("::ffff:127.0.0.1"), none)).toBe("127.0.0.1");
    expect(parseProxyTrust("false")).toEqual({ hops: 0 });
  });

  it("behind N proxies, is the hop the last trusted proxy added, never a client-written one", () => {
    const one = parseProxyTrust("1");
    expect(clientAddress(request("10.0.0.2", "198.51.100.4"), one)).toBe("198.51.100.4");
    // A client that writes its own header only adds hops further left.
    expect(clientAddress(request("10.0.0.2", "1.2.3.4, 198.51.100.4"), one)).toBe("198.51.100.4");
    expect(clientAddress(request("10.0.0.2", "1.2.3.4, 198.51.100.4, 10.0.0.1"), parseProxyTrust("2"))).toBe("198.51.100.4");
    // Reached without the proxy: no header, the peer itself.
    expect(clientAddress(request("198.51.100.9"), one)).toBe("198.51.100.9");
    expect(parseProxyTrust("true")).toEqual({ hops: 1 });
  });

  it("with a list of proxy addresses, walks left past those proxies only", () => {
    const list = parseProxyTrust("10.0.0.0/8, 192.168.1.1");
    expect(clientAddress(request("10.0.0.2", "6.6.6.6, 198.51.100.4, 192.168.1.1"), list)).toBe("198.51.100.4");
    // A peer that is not a listed proxy is the client, whatever it forwards.
    expect(clientAddress(request("203.0.113.5", "6.6.6.6"), list)).toBe("203.0.113.5");
    // Garbage forwarded by a trusted proxy counts as that proxy.
    expect(clientAddress(request("10.0.0.2", "not-an-address"), list)).toBe("10.0.0.2");
    expect(() => parseProxyTrust("yes please")).toThrow(/TRUST_PROXY/);
  });

  it("counts IPv6 clients by their /64 network", () => {
    expect(addressBucket("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:db8:1:2:bbbb::99")).toBe("2001:db8:1:2::/64");
    expect(clientAddress(request("2001:db8:1:3::5"), parseProxyTrust(undefined))).toBe("2001:db8:1:3::/64");
  });

  it("ignores a client's own copy of the peer header: the server overwrites it", async () => {
    const http = await import("node:http");
    const server = http.createServer((req, res) => res.end(String(req.headers[PEER_ADDRESS_HEADER])));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as import("node:net").AddressInfo;
    const body = await (await fetch(`http://127.0.0.1:${port}/`, { headers: { [PEER_ADDRESS_HEADER]: "6.6.6.6" } })).text();
    server.close();
    expect(body).toBe("127.0.0.1");
  });
});
