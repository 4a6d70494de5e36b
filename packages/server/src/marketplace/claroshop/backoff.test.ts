import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { exchange, TransientFailure, undiciTransport } from "./backoff";

/**
 * An exchange reads the whole answer however it arrives. The per-attempt timeout is a deadline
 * over the whole exchange: it cuts a server that never answers and one that sends its headers and
 * then stalls in the body.
 */
describe("exchange over undici: whole answers, Retry-After and a per-attempt deadline", () => {
  let server: Server;
  let base: string;
  const open = new Set<ServerResponse>();

  beforeAll(async () => {
    server = createServer((req, res) => {
      open.add(res);
      res.on("close", () => open.delete(res));
      if (req.url === "/silent") return; // never answers
      if (req.url === "/split") {
        // "ó" is two bytes in UTF-8; the answer arrives cut between them.
        const bytes = Buffer.from('{"titulo": "Balón"}', "utf8");
        const cut = bytes.indexOf(0xc3) + 1;
        res.writeHead(200, { "Content-Type": "application/json" });
        res.write(bytes.subarray(0, cut));
        setTimeout(() => res.end(bytes.subarray(cut)), 20);
        return;
      }
      if (req.url === "/busy") {
        res.writeHead(429, { "Retry-After": "3" });
        res.end("{}");
        return;
      }
      if (req.url === "/stalls") {
        res.writeHead(200, { "Content-Type": "application/json" });
        res.write('{"estatus": "ok", "mas": "'); // and nothing more
        return;
      }
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end('{"estatus": "ok"}');
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    for (const res of open) res.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  const timed = async (path: string) => {
    const start = performance.now();
    const outcome = await exchange(undiciTransport, `${base}${path}`, { method: "GET", headers: {} }, 200).catch((e: unknown) => e);
    return { outcome, ms: performance.now() - start };
  };

  it("answers within the deadline", async () => {
    const { outcome } = await timed("/ok");
    expect(outcome).toEqual({ status: 200, raw: '{"estatus": "ok"}' });
  });

  it("joins an answer that arrives in pieces, a character cut between them included", async () => {
    const { outcome } = await timed("/split");
    expect(outcome).toEqual({ status: 200, raw: '{"titulo": "Balón"}' });
  });

  it("reads Retry-After from a 429 as the wait before the next try", async () => {
    const { outcome } = await timed("/busy");
    expect(outcome).toBeInstanceOf(TransientFailure);
    expect((outcome as TransientFailure).retryAfterMs).toBe(3000);
  });

  it.each(["/silent", "/stalls"])("gives up on %s at the deadline, as a timeout worth retrying", async (path) => {
    const { outcome, ms } = await timed(path);
    expect(outcome).toBeInstanceOf(TransientFailure);
    expect((outcome as TransientFailure).reason).toBe("tiempo agotado");
    expect(ms).toBeGreaterThanOrEqual(190);
    expect(ms).toBeLessThan(2000);
    // The server sees its connection closed: the request was aborted, not left running.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(open.size).toBe(0);
  });
});
