import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eventsFor } from "../../bot/storage/submissions.js";
import { runtimeHarness } from "../support/runtime-harness.js";

const freshPath = () => join(mkdtempSync(join(tmpdir(), "triage-escalation-")), "triage.db");
type Harness = Awaited<ReturnType<typeof runtimeHarness>>;

/** A founder on Telegram files a dossier named `name` straight after a short assessment; returns its id. */
async function fileAs(h: Harness, chat: string, name: string): Promise<string> {
  await h.send(chat, h.text("/start"));
  await h.choose(chat, /English/);
  let screen = await h.send(chat, h.text("A chatbot answers questions about our clothing shop's orders."));
  for (let i = 0; !/Want more detail\?/.test(screen); i++) {
    assert.ok(i < 25, screen);
    screen = await h.choose(chat, /^\[?(Yes, all correct|None of these|No)\b|I don't know/).catch(() => h.choose(chat, /I don't know/));
  }
  await h.choose(chat, /Draft the dossier/);
  screen = await h.send(chat, h.text(name));
  while (!/File for review/.test(screen)) screen = await h.choose(chat, /^Skip$/);
  const id = /KZ-AI-\d{4}-\d{4}/.exec(await h.choose(chat, /File for review/))?.[0];
  assert.ok(id);
  return id;
}

test("a reviewer's /escalate question reaches the regulator's /questions with its submission, and the answer reaches the founder and the history", async () => {
  const h = await runtimeHarness(freshPath());
  const founder = "telegram:500";
  const id = await fileAs(h, founder, "ShopHelper");
  const reviewer = "slack:U1";
  const regulator = "slack:R1";
  await h.send(reviewer, h.text("/start"));
  await h.choose(reviewer, /English/);
  await h.send(regulator, h.text("/start"));
  await h.choose(regulator, /English/);
  await h.send(regulator, h.text("/role regulator"));

  await h.send(reviewer, h.text(`/claim ${id}`));
  assert.match(await h.send(reviewer, h.text(`/escalate ${id} May order data go to a foreign LLM API?`)), /went to the regulator/);

  const questions = await h.send(regulator, h.text("/questions"));
  assert.match(questions, /from the compliance team.*May order data go to a foreign LLM API\?/);
  assert.match(questions, new RegExp(`about ${id} · ShopHelper`));
  assert.match(questions, /risk degree: /);
  const qid = /Q-\d{4}-\d{4}/.exec(questions)?.[0];
  assert.ok(qid, questions);

  const before = h.received.length;
  assert.match(await h.send(regulator, h.text(`/answer ${qid} Only with the customers' consent (PD Law art. 16).`)), /was sent/);
  const told = (chat: string) => h.received.slice(before).filter((o) => o.chatKey === chat).flatMap((o) => o.replies);
  const founderGot = JSON.stringify(told(founder));
  assert.match(founderGot, /escalationAnswered\.founder/);
  assert.match(founderGot, /Only with the customers' consent/);
  assert.match(JSON.stringify(told(reviewer)), /escalationAnswered\.team/);

  const history = await eventsFor(h.db, id);
  assert.deepEqual(history.map((e) => e.action), ["file", "claim", "escalate", "answer"]);
  assert.equal(history.at(-1)?.actorRole, "regulator");
  // The answer is not a move: the regulator still decides, and the founder hears the approval.
  assert.match(await h.send(regulator, h.text(`/approve ${id}`)), /approved/);
  assert.match(JSON.stringify(h.received.filter((o) => o.chatKey === founder).at(-1)), /filing\.notify\.approved/);
  assert.match(await h.send(regulator, h.text("/questions")), /No escalated questions are waiting/);
  await h.close();
});

test("in the terminal chat a founder's news waits while they act as reviewer and arrives when they switch back", async () => {
  const h = await runtimeHarness(freshPath());
  const chat = "console:local";
  const id = await fileAs(h, chat, "ShopHelper");
  await h.send(chat, h.text("/role reviewer"));
  await h.send(chat, h.text(`/claim ${id}`));
  const asReviewer = await h.send(chat, h.text(`/changes ${id} Please describe the human oversight.`));
  assert.match(asReviewer, /Changes requested/);
  assert.doesNotMatch(asReviewer, /Please describe the human oversight|re-?submit/i, "no founder text or button in the reviewer's view");
  const asFounder = await h.send(chat, h.text("/role founder"));
  assert.match(asFounder, /Please describe the human oversight\./);
  assert.match(asFounder, /\[.*re-?submit.*\]/i);
  await h.close();
});

test("/approve on a resubmitted item says to claim it again, and the queue marks it as resubmitted", async () => {
  const h = await runtimeHarness(freshPath());
  const founder = "telegram:501";
  const id = await fileAs(h, founder, "ShopHelper");
  const reviewer = "slack:U2";
  await h.send(reviewer, h.text("/start"));
  await h.choose(reviewer, /English/);
  await h.send(reviewer, h.text(`/claim ${id}`));
  await h.send(reviewer, h.text(`/changes ${id} Name the data sources.`));
  const screen = await h.choose(founder, /re-?submit/i);
  assert.match(await h.choose(founder, /^Re-?submit/i), /re-?submitted/i, screen);
  const queue = await h.send(reviewer, h.text("/queue"));
  assert.match(queue, new RegExp(`${id} · ShopHelper · resubmitted on .*claimed again`));
  assert.match(queue, /risk degree: (minimal|medium|high)/);
  assert.match(await h.send(reviewer, h.text(`/approve ${id}`)), new RegExp(`send /claim ${id} first`));
  await h.close();
});

test("after /forget a reviewer's /view shows the anonymised record with its history, not 'no such submission'", async () => {
  const h = await runtimeHarness(freshPath());
  const founder = "telegram:502";
  const id = await fileAs(h, founder, "SecretName");
  await h.send(founder, h.text("/forget"));
  await h.choose(founder, /Yes, erase/);
  const reviewer = "slack:U3";
  await h.send(reviewer, h.text("/start"));
  await h.choose(reviewer, /English/);
  const view = await h.send(reviewer, h.text(`/view ${id}`));
  assert.match(view, new RegExp(`${id} was anonymised at the founder's request`));
  assert.match(view, /filed/);
  assert.doesNotMatch(view, /SecretName|There is no submission/);
  await h.close();
});

test("an answer the team published to the FAQ is what a founder's /ask finds next time, marked as a person's answer", async () => {
  const h = await runtimeHarness(freshPath());
  const { publishFaq } = await import("../../bot/storage/faq.js");
  const { upsertUser } = await import("../../bot/storage/users.js");
  await h.db.tx(async (q) => {
    const reviewer = await upsertUser(q, "slack", "slack:U1", new Date().toISOString(), "reviewer");
    await publishFaq(q, {
      questionId: "Q-2026-0007", lang: "en", question: "May a shop chatbot send order data to a foreign LLM API?",
      answer: "Only with each customer's consent to the transfer.", byRole: "regulator", answeredOn: "2026-03-01",
    }, reviewer.id, new Date().toISOString());
  });
  await h.send("telegram:600", h.text("/start"));
  await h.choose("telegram:600", /English/);
  const reply = await h.send("telegram:600", h.text("/ask May a shop chatbot send order data to a foreign LLM API?"));
  assert.match(reply, /A regulator answered a question like this before/);
  assert.match(reply, /Only with each customer's consent to the transfer\./);
  await h.close();
});

test("/forget removes an FAQ entry made from the founder's question", async () => {
  const h = await runtimeHarness(freshPath());
  const { publishFaq } = await import("../../bot/storage/faq.js");
  await h.send("telegram:601", h.text("/start"));
  await h.choose("telegram:601", /English/);
  const qid = /Q-\d{4}-\d{4}/.exec(await h.send("telegram:601", h.text("/person Can Aigerim's shop bot send data abroad?")))?.[0];
  assert.ok(qid);
  await h.db.tx((q) => publishFaq(q, {
    questionId: qid, lang: "en", question: "Can Aigerim's shop bot send data abroad?", answer: "With consent.", byRole: "regulator", answeredOn: "2026-03-02",
  }, 1, new Date().toISOString()));
  await h.send("telegram:601", h.text("/forget"));
  await h.choose("telegram:601", /Yes, erase/);
  assert.deepEqual(await h.db.all("SELECT id FROM faq_entries"), []);
  await h.close();
});
