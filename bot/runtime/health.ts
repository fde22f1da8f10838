import { createServer, type Server } from "node:http";

export type ChannelState = "starting" | "up" | "down";

/** Each running channel's state, for GET /healthz: a supervisor restarts the process when one is down. */
export class Health {
  private readonly states = new Map<string, ChannelState>();

  set(channel: string, state: ChannelState): void {
    this.states.set(channel, state);
  }

  report(): { ok: boolean; channels: Record<string, ChannelState> } {
    const channels = Object.fromEntries(this.states);
    return { ok: [...this.states.values()].every((s) => s === "up"), channels };
  }
}

/**
 * GET /healthz on `host:port`: 200 with each channel's state when all are up, 503 otherwise (a container
 * healthcheck or a load balancer reads the status; people read the JSON). Anything else is 404.
 */
export async function serveHealth(health: Health, host: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.method !== "GET" || (req.url ?? "").split("?")[0] !== "/healthz") {
      res.writeHead(404).end();
      return;
    }
    const report = health.report();
    res.writeHead(report.ok ? 200 : 503, { "content-type": "application/json" }).end(JSON.stringify(report));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}
