import { test } from "node:test";
import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import { Health, serveHealth } from "../../bot/runtime/health.js";
import { parseConfig } from "../../bot/config.js";

test("GET /healthz answers 200 with every channel up and 503 with the one that is down, on loopback", async () => {
  const health = new Health();
  health.set("telegram", "up");
  health.set("slack", "starting");
  const server = await serveHealth(health, "127.0.0.1", 0);
  const { port, address } = server.address() as AddressInfo;
  assert.equal(address, "127.0.0.1");
  try {
    const get = (path: string) => fetch(`http://127.0.0.1:${port}${path}`);
    let res = await get("/healthz");
    assert.equal(res.status, 503);
    assert.deepEqual(await res.json(), { ok: false, channels: { telegram: "up", slack: "starting" } });
    health.set("slack", "up");
    res = await get("/healthz");
    assert.equal(res.status, 200);
    health.set("telegram", "down");
    assert.equal((await get("/healthz")).status, 503);
    assert.equal((await get("/anything")).status, 404);
  } finally {
    server.close();
  }
});

test("HEALTH_PORT turns the endpoint on, on 127.0.0.1 unless HEALTH_HOST says otherwise", () => {
  const off = parseConfig({});
  assert.ok(off.ok && off.value.health === undefined);
  const on = parseConfig({ HEALTH_PORT: "8081" });
  assert.ok(on.ok);
  assert.deepEqual(on.value.health, { host: "127.0.0.1", port: 8081 });
});
