import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";

/** What an app sends back over the socket for an envelope: its id, and the response payload if any. */
export type SocketAck = { envelope_id: string; payload?: Record<string, unknown> };

/**
 * Slack's Socket Mode end on 127.0.0.1: the fake Web API's apps.connections.open hands out `url` (test/fakes/
 * slack-api.ts `socketUrl`), an app connects, is greeted with `hello` as Slack greets it, and is then handed
 * envelopes; `hand` resolves with the app's ack, matched by envelope id, as Slack matches it. The framing, the
 * client's pings and the close handshake are the `ws` server's, the reference implementation of RFC 6455.
 */
export class FakeSlackSocket {
  readonly acks: SocketAck[] = [];
  private server: WebSocketServer | undefined;
  private socket: WebSocket | undefined;
  private connectWaiters: (() => void)[] = [];
  private ackWaiters = new Map<string, (ack: SocketAck) => void>();
  private envelopes = 0;

  async start(): Promise<string> {
    const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    this.server = server;
    await new Promise<void>((done) => server.once("listening", () => done()));
    server.on("connection", (socket) => {
      this.socket = socket;
      socket.on("message", (data) => {
        const ack = JSON.parse(String(data)) as SocketAck;
        this.acks.push(ack);
        this.ackWaiters.get(ack.envelope_id)?.(ack);
        this.ackWaiters.delete(ack.envelope_id);
      });
      socket.send(JSON.stringify({ type: "hello", num_connections: 1, connection_info: { app_id: "A1" } }));
      this.connectWaiters.splice(0).forEach((w) => w());
    });
    return `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link/?ticket=fake-ticket`;
  }

  /** Resolves once an app is connected. */
  connected(): Promise<void> {
    if (this.socket) return Promise.resolve();
    return new Promise((done) => this.connectWaiters.push(done));
  }

  /**
   * Hands the connected app one envelope, as Slack wraps a slash command ("slash_commands"), a button press or a
   * modal ("interactive") or an event ("events_api"); resolves with the app's ack of it.
   */
  hand(type: "slash_commands" | "interactive" | "events_api", payload: Record<string, unknown>): Promise<SocketAck> {
    const envelopeId = `env-${++this.envelopes}-${type}`;
    const acked = new Promise<SocketAck>((done) => this.ackWaiters.set(envelopeId, done));
    this.socket!.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type !== "events_api", retry_attempt: 0, retry_reason: "" }));
    return acked;
  }

  async stop(): Promise<void> {
    for (const client of this.server?.clients ?? []) client.terminate();
    await new Promise<void>((done) => (this.server ? this.server.close(() => done()) : done()));
  }
}
