import { test } from "node:test";
import assert from "node:assert/strict";
import { ChatLock } from "../../bot/runtime/chat-lock.js";

const tick = () => new Promise((r) => setTimeout(r, 5));

test("two events of the same chat never interleave, and other chats run alongside", async () => {
  const lock = new ChatLock();
  const running = new Map<string, number>();
  let maxSameChat = 0;
  let maxOverall = 0;
  const order: string[] = [];
  const task = (chat: string, i: number) => async () => {
    running.set(chat, (running.get(chat) ?? 0) + 1);
    maxSameChat = Math.max(maxSameChat, running.get(chat)!);
    maxOverall = Math.max(maxOverall, [...running.values()].reduce((a, b) => a + b, 0));
    await tick();
    order.push(`${chat}:${i}`);
    running.set(chat, running.get(chat)! - 1);
  };
  await Promise.all(Array.from({ length: 12 }, (_, i) => lock.run(`chat${i % 3}`, task(`chat${i % 3}`, i))));
  assert.equal(maxSameChat, 1);
  assert.ok(maxOverall > 1, "different chats proceed in parallel");
  for (const chat of ["chat0", "chat1", "chat2"]) {
    const mine = order.filter((o) => o.startsWith(`${chat}:`)).map((o) => Number(o.split(":")[1]));
    assert.deepEqual(mine, [...mine].sort((a, b) => a - b), "each chat's events run in arrival order");
  }
  assert.equal(lock.busyChats, 0);
});

test("a failing event does not block the next one in the same chat", async () => {
  const lock = new ChatLock();
  await assert.rejects(lock.run("c", async () => { throw new Error("boom"); }));
  assert.equal(await lock.run("c", async () => "next"), "next");
});
