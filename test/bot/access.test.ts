import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runtimeHarness } from "../support/runtime-harness.js";

const freshPath = () => join(mkdtempSync(join(tmpdir(), "triage-access-")), "triage.db");
type Harness = Awaited<ReturnType<typeof runtimeHarness>>;

/** The harness uses the chat key as the platform's user id: these are the configured staff. */
const STAFF = { reviewers: ["slack:U1", "slack:B1"], regulators: ["slack:R1", "slack:B1"] };
const SECRET = "SecretNameA";

async function greet(h: Harness, chat: string): Promise<void> {
  await h.send(chat, h.text("/start"));
  await h.choose(chat, /English/);
}

/** Founder A files a dossier whose system name is marked confidential; returns its id. */
async function fileConfidential(h: Harness, chat: string): Promise<string> {
  await greet(h, chat);
  await h.send(chat, h.text("/assess"));
  let screen = await h.send(chat, h.text("A chatbot answers questions about our clothing shop's orders."));
  for (let i = 0; !/Want more detail\?/.test(screen); i++) {
    assert.ok(i < 25, screen);
    screen = await h.choose(chat, /^\[?(Yes, all correct|None of these|No)\b|I don't know/).catch(() => h.choose(chat, /I don't know/));
  }
  await h.choose(chat, /Draft the dossier/);
  await h.choose(chat, /Mark confidential/);
  screen = await h.send(chat, h.text(SECRET));
  while (!/File for review/.test(screen)) screen = await h.choose(chat, /^Skip$/);
  const id = /KZ-AI-\d{4}-\d{4}/.exec(await h.choose(chat, /File for review/))?.[0];
  assert.ok(id);
  return id;
}

test("the authorisation matrix: who may see and do what, on Telegram and Slack, with roles from configuration only", async () => {
  const h = await runtimeHarness(freshPath(), undefined, { staff: STAFF });
  const A = "telegram:100";
  const B = "telegram:200";
  const reviewer = "slack:U1";
  const regulator = "slack:R1";
  const both = "slack:B1";
  const stranger = "slack:U9";
  const id = await fileConfidential(h, A);
  for (const chat of [B, reviewer, regulator, both, stranger]) await greet(h, chat);

  // Founders: their own submissions only, never the queue or another founder's filing.
  assert.match(await h.send(A, h.text("/status")), new RegExp(id));
  assert.doesNotMatch(await h.send(B, h.text("/status")), new RegExp(id));
  for (const founder of [A, B]) {
    for (const command of ["/queue", `/view ${id}`, `/claim ${id}`, `/approve ${id}`]) {
      assert.match(await h.send(founder, h.text(command)), /Only the compliance team and regulators can do that/, `${founder} ${command}`);
    }
    assert.match(await h.send(founder, h.text("/role reviewer")), /cannot be changed|not allowed/i);
  }

  // A Slack member listed nowhere: no queue, no dossier, no role to take.
  assert.doesNotMatch(await h.send(stranger, h.text("/queue")), new RegExp(id));
  assert.doesNotMatch(await h.send(stranger, h.text(`/view ${id}`)), new RegExp(SECRET));
  assert.match(await h.send(stranger, h.text("/role regulator")), /cannot be changed|not allowed/i);
  assert.doesNotMatch(await h.send(stranger, h.text(`/claim ${id}`)), /now in review with you/);

  // The compliance team sees the whole open queue, the confidential name included (they work with the founder).
  assert.match(await h.send(reviewer, h.text("/queue")), new RegExp(`${id} · ${SECRET}`));
  assert.match(await h.send(reviewer, h.text("/role regulator")), /cannot be changed|not allowed/i, "a reviewer is not a regulator unless listed as one");

  // A regulator: nothing until it is escalated, then redacted, and no way round it through /role reviewer.
  assert.doesNotMatch(await h.send(regulator, h.text("/queue")), new RegExp(id));
  assert.match(await h.send(regulator, h.text(`/view ${id}`)), /There is no submission/);
  await h.send(reviewer, h.text(`/claim ${id}`));
  await h.send(reviewer, h.text(`/escalate ${id} Is this lawful?`));
  const queue = await h.send(regulator, h.text("/queue"));
  assert.match(queue, new RegExp(`${id} · —`), "the confidential name is not shown to a regulator");
  assert.doesNotMatch(queue, new RegExp(SECRET));
  assert.doesNotMatch(await h.send(regulator, h.text(`/view ${id}`)), new RegExp(SECRET));
  assert.doesNotMatch(await h.send(regulator, h.text("/questions")), new RegExp(SECRET));
  assert.match(await h.send(regulator, h.text("/role reviewer")), /cannot be changed|not allowed/i);
  assert.doesNotMatch(await h.send(regulator, h.text(`/view ${id}`)), new RegExp(SECRET));

  // Someone configured as both may switch, and then works as the role they hold.
  assert.match(await h.send(both, h.text("/role regulator")), /You now act as a regulator/);
  await h.close();
});

test("separation of duties: nobody claims or decides on what they filed, nor answers as regulator what they escalated", async () => {
  const h = await runtimeHarness(freshPath(), undefined, { staff: STAFF });
  const both = "slack:B1";
  // A team member files through the founder's flow from Slack (they start as reviewer, so switch to nothing: the flows are open to them).
  const id = await fileConfidential(h, both);
  assert.match(await h.send(both, h.text(`/claim ${id}`)), /a submission you filed yourself/);
  const other = "slack:U1";
  await greet(h, other);
  await h.send(other, h.text(`/claim ${id}`));
  await h.send(other, h.text(`/escalate ${id} Is this lawful?`));
  const qid = /Q-\d{4}-\d{4}/.exec(await (async () => {
    await h.send(both, h.text("/role regulator"));
    return h.send(both, h.text("/questions"));
  })())?.[0];
  assert.ok(qid);
  assert.match(await h.send(both, h.text(`/approve ${id}`)), /a submission you filed yourself/);

  // U1 raised the escalation; were U1 also a regulator, they still could not answer it.
  const h2 = await runtimeHarness(freshPath(), undefined, { staff: { reviewers: ["slack:U1"], regulators: ["slack:U1"] } });
  const founder = "telegram:300";
  const id2 = await fileConfidential(h2, founder);
  await greet(h2, other);
  await h2.send(other, h2.text(`/claim ${id2}`));
  await h2.send(other, h2.text(`/escalate ${id2} Is this lawful?`));
  await h2.send(other, h2.text("/role regulator"));
  const qid2 = /Q-\d{4}-\d{4}/.exec(await h2.send(other, h2.text("/questions")))?.[0];
  assert.match(await h2.send(other, h2.text(`/answer ${qid2} Yes.`)), /a question you escalated yourself/);
  await h.close();
  await h2.close();
});
