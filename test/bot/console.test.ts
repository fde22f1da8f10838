import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { ConsoleSession, optionNumber } from "../support/console-session.js";

const ROOT = resolve(import.meta.dirname, "../..");

/** A clean environment: no chat tokens, so `npm start` opens the terminal chat on a fresh database. */
function freshEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_PATH: join(mkdtempSync(join(tmpdir(), "triage-console-")), "triage.db"), LANG: "C" };
  for (const key of ["TELEGRAM_BOT_TOKEN", "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET"]) delete env[key];
  return env;
}

/** Picks the numbered option matching `label` on the screen just printed, and fails clearly if there is none. */
function pick(screen: string, label: RegExp): string {
  const n = optionNumber(screen, label);
  assert.ok(n !== undefined, `no option ${label} on screen:\n${screen}`);
  return String(n);
}

test("npm start with no tokens lets a founder assess, draft and file, then a reviewer and a regulator close the loop", { timeout: 180_000 }, async () => {
  const s = new ConsoleSession(ROOT, freshEnv());
  const say = async (line: string) => {
    s.send(line);
    return s.settle();
  };
  try {
    let screen = await s.settle();
    assert.match(screen, /English/);
    screen = await say(pick(screen, /English/));
    assert.match(screen, /not legal advice/);

    // Describe first, then answer every question "no" (or "none"), falling back to "I don't know".
    screen = await say("Our chatbot answers customer questions for an online shop. It uses customer names and order history, stored on servers in Almaty.");
    let questions = 0;
    while (!/Want more detail\?/.test(screen)) {
      assert.ok(++questions <= 25, "the assessment must end");
      const answer = optionNumber(screen, /^(Yes, all correct|None of these|No)\b/) ?? optionNumber(screen, /I don't know/);
      assert.ok(answer !== undefined, `no answer to pick on:\n${screen}`);
      screen = await say(String(answer));
    }
    assert.match(screen, /Risk degree: (minimal|medium|high)/);
    assert.match(screen, /Art\. 17\(1\)/);

    // Dossier: name the system, skip the rest, file it.
    screen = await say(pick(screen, /Draft the dossier/));
    screen = await say("ShopHelper");
    while (!/File for review/.test(screen)) screen = await say(pick(screen, /^Skip$/));
    screen = await say(pick(screen, /File for review/));
    const id = /KZ-AI-\d{4}-\d{4}/.exec(screen)?.[0];
    assert.ok(id, `a submission id is shown:\n${screen}`);
    assert.match(await say("/status"), new RegExp(`${id}.*ShopHelper`));

    // A question the knowledge base cannot answer goes to a person.
    screen = await say("/ask Can my reseller in Kyrgyzstan white-label the bot?");
    screen = /Q-\d{4}-\d{4}/.test(screen) ? screen : await say(pick(screen, /person/i));
    const questionId = /Q-\d{4}-\d{4}/.exec(screen)?.[0];
    assert.ok(questionId, `the question is escalated with an id:\n${screen}`);

    // The compliance team claims the filing and asks for changes; the founder hears why and by when.
    await say("/role reviewer");
    assert.match(await say("/queue"), new RegExp(id));
    assert.match(await say(`/claim ${id}`), new RegExp(id));
    screen = await say(`/changes ${id} Please describe the human oversight.`);
    assert.doesNotMatch(screen, /Please describe the human oversight\./, "the founder's notice waits for the founder");
    screen = await say("/role founder");
    assert.match(screen, /Please describe the human oversight\./);
    assert.match(screen, /\d{4}-\d{2}-\d{2}/);

    // A regulator answers the escalated question; the answer reaches the founder's chat.
    await say("/role regulator");
    await say(`/answer ${questionId} Yes, if the reseller is the possessor it carries the duties too.`);
    assert.match(await say("/role founder"), /if the reseller is the possessor/);
    assert.doesNotMatch(s.stderr, /"level":"error"/);
  } finally {
    assert.equal(await s.end(), 0);
  }
});
