import net from "node:net";

/**
 * A TCP proxy in front of a real server (the database), to cut it off and bring it back while a
 * client keeps its own settings. `cut("refuse")` stops listening (connects get ECONNREFUSED);
 * `cut("hang")` accepts connections and never answers. Both destroy every open proxied socket.
 */
export class TcpProxy {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  private mode: "open" | "refuse" | "hang" = "open";
  port = 0;
  /** Connections accepted since start (held ones included). */
  accepted = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async start(): Promise<number> {
    await this.listen(0);
    return this.port;
  }

  get state(): "open" | "refuse" | "hang" {
    return this.mode;
  }

  /** Drops every open connection; new ones are refused, or accepted and left without an answer. */
  async cut(mode: "refuse" | "hang"): Promise<void> {
    this.mode = mode;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    if (mode === "refuse") await this.stopListening();
  }

  /** Lets connections through again, on the same port. */
  async restore(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    this.mode = "open";
    if (!this.server) await this.listen(this.port);
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    await this.stopListening();
  }

  private track(socket: net.Socket): void {
    this.sockets.add(socket);
    socket.on("close", () => this.sockets.delete(socket));
    socket.on("error", () => socket.destroy());
  }

  private onConnection(client: net.Socket): void {
    this.accepted++;
    this.track(client);
    if (this.mode === "hang") return; // held: no upstream, no bytes, until cut or restored
    if (this.mode === "refuse") {
      client.destroy();
      return;
    }
    const upstream = net.connect(this.targetPort, this.targetHost);
    this.track(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  }

  private listen(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const server = net.createServer((socket) => this.onConnection(socket));
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        server.off("error", reject);
        this.server = server;
        this.port = (server.address() as net.AddressInfo).port;
        resolve();
      });
    });
  }

  private stopListening(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return Promise.resolve();
    return new Promise((resolve) => server.close(() => resolve()));
  }
}
