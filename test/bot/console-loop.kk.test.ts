import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { ConsoleSession, optionNumber } from "../support/console-session.js";
import { unzipEntry } from "../support/unzip.js";

const ROOT = resolve(import.meta.dirname, "../..");
const NAME = "НесиеБот";
const DESCRIPTION =
  "Біздің мобильді қосымшамыз жеке тұлғаларға шағын несие береді. Жүйе табысы мен несие тарихы бойынша скоринг жасап, " +
  "несиені өзі автоматты түрде мақұлдайды немесе бас тартады. Шешімді ешбір адам тексермейді.";

/**
 * The README's whole loop in one run of `npm start`, in Kazakh, as a newcomer would type it: describe, confirm,
 * answer, read the result, export the dossier (the files appear next to the database), file; then as reviewer
 * view (the text is printed), claim, ask for changes; as founder read the notice and resubmit; as reviewer
 * claim again and escalate with a question; as regulator read and answer it; as founder read the answer again
 * and hear of the approval.
 */
test("the whole README loop works in the Kazakh terminal chat, in one run", { timeout: 240_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "triage-loop-kk-"));
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_PATH: join(dir, "triage.db"), LANG: "C" };
  for (const key of ["TELEGRAM_BOT_TOKEN", "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "DOCUMENTS_PATH"]) delete env[key];
  const s = new ConsoleSession(ROOT, env);
  let screen = "";
  /** The latest screen that printed options: a number typed later still picks from it, as in the terminal. */
  let menu = "";
  const say = async (line: string) => {
    s.send(line);
    screen = await s.settle();
    if (optionNumber(screen, /./) !== undefined) menu = screen;
    return screen;
  };
  const pick = async (label: RegExp) => {
    const n = optionNumber(menu, label);
    assert.ok(n !== undefined, `no option ${label} on screen:\n${menu}`);
    return say(String(n));
  };
  /** The first of these options the screen offers: a truthful founder of a consented, Kazakhstan-hosted scorer. */
  const ANSWERS = [/^Иә, бәрі дұрыс/, /^Бұлардың ешқайсысы/, /^Иә, келісім/, /^Қазақстанда, оқ/, /^Жоқ$/, /^Білмеймін/];
  try {
    screen = menu = await s.settle(300, 60_000);
    await pick(/Қазақша/);
    assert.match(screen, /заңгерлік кеңес емес/);

    // Founder: describe, confirm what was understood, answer what is left.
    await say(DESCRIPTION);
    assert.match(screen, /Сипаттамаңыздан мынаны түсіндім/);
    for (let i = 0; !/Толығырақ көрсетейін бе\?/.test(screen); i++) {
      assert.ok(i < 25, `the assessment ends; last screen:\n${screen}`);
      const answer = ANSWERS.map((a) => optionNumber(screen, a)).find((n) => n !== undefined);
      assert.ok(answer !== undefined, `nothing to answer on:\n${screen}`);
      await say(String(answer));
    }
    assert.match(screen, /Қауіп-қатер дәрежесі: (ең төмен|орташа|жоғары) \(«Жасанды интеллект туралы» № 230-VIII ҚРЗ Заң, 17-бабының 1-тармағы\)/);

    // The dossier: name it, take every suggestion, skip the rest; export both formats; file.
    await pick(/^Досье дайындау/);
    await say(NAME);
    for (let i = 0; optionNumber(menu, /^Тексеруге беру/) === undefined; i++) {
      assert.ok(i < 30, `the dossier ends; last screen:\n${screen}`);
      await pick(optionNumber(menu, /^Осыны пайдалану/) !== undefined ? /^Осыны пайдалану/ : /^(Өткізіп жіберу|Өткізу)$/);
    }
    await pick(/^Markdown жүктеу/);
    const mdPath = /Сақталды: (.+\.md)$/m.exec(screen)?.[1];
    assert.ok(mdPath, `the Markdown file's path is printed:\n${screen}`);
    assert.ok(mdPath.startsWith(join(dir, "documents")), "next to the database, in documents/");
    assert.match(readFileSync(mdPath, "utf8"), new RegExp(NAME));
    await pick(/^DOCX жүктеу/);
    const docxPath = /Сақталды: (.+\.docx)$/m.exec(screen)?.[1];
    assert.ok(docxPath && existsSync(docxPath), `the DOCX is written:\n${screen}`);
    const xml = unzipEntry(readFileSync(docxPath), "word/document.xml");
    assert.match(xml, new RegExp(NAME));
    assert.doesNotMatch(xml, /\{\{/, "no raw placeholder in the DOCX");
    await pick(/^Тексеруге беру/);
    if (optionNumber(menu, /^Осы күйінде беру/) !== undefined) await pick(/^Осы күйінде беру/);
    const id = /KZ-AI-\d{4}-\d{4}/.exec(screen)?.[0];
    assert.ok(id, `a submission id is shown:\n${screen}`);

    // Reviewer: the queue shows the gravity, /view prints the dossier itself, claim, ask for changes.
    await say("/role reviewer");
    await say("/queue");
    assert.match(screen, new RegExp(`${id} · ${NAME}`));
    assert.match(screen, /қауіп-қатер дәрежесі: /);
    await say(`/view ${id}`);
    assert.match(screen, /^# .*досье/im, "the dossier's text is printed in the terminal");
    assert.match(screen, new RegExp(NAME));
    assert.match(screen, /Сақталды: .+\.md/);
    assert.doesNotMatch(screen, /Досьеңіз құжат түрінде/, "no founder-addressed caption in the reviewer's view");
    await say(`/claim ${id}`);
    await say(`/changes ${id} Адамның бақылауын сипаттаңыз.`);
    assert.doesNotMatch(screen, /Түзетіп, қайта беру/, "no founder button in the reviewer's view");

    // Founder: the notice arrives on switching back, with the reason and a date; resubmit.
    await say("/role founder");
    assert.match(screen, /Адамның бақылауын сипаттаңыз\./);
    assert.match(screen, /\d{4}-\d{2}-\d{2} дейін/);
    await pick(/^Түзетіп, қайта беру/);
    await pick(/^Қайта беру/);
    if (optionNumber(menu, /^Осы күйінде беру/) !== undefined) await pick(/^Осы күйінде беру/);
    assert.match(screen, new RegExp(`${id} қайта берілді`));

    // Reviewer: the resubmission must be claimed again; then escalate with a question.
    await say("/role reviewer");
    await say("/queue");
    assert.match(screen, /қайта берілді/);
    await say(`/approve ${id}`);
    assert.match(screen, new RegExp(`/claim ${id}`));
    await say(`/claim ${id}`);
    await say(`/escalate ${id} Несиені адамсыз автоматты түрде беру заңды ма?`);
    assert.match(screen, /реттеушіге берілді/);

    // Regulator: the question is waiting with its submission; answer it.
    await say("/role regulator");
    await say("/questions");
    assert.match(screen, /комплаенс тобынан.*Несиені адамсыз автоматты түрде беру заңды ма\?/);
    assert.match(screen, new RegExp(`${id} өтінімі туралы · ${NAME}`));
    const qid = /Q-\d{4}-\d{4}/.exec(screen)?.[0];
    assert.ok(qid, screen);
    await say(`/answer ${qid} Келісім мен қарсылық білдіру тәртібі болса ғана (ДДҚ туралы заң, 19-1-бап).`);
    assert.match(screen, /жіберілді/);
    await say(`/approve ${id}`);
    assert.match(screen, /мақұлданды/);

    // Founder: the answer and the approval have arrived, and the answer can be read again.
    await say("/role founder");
    assert.match(screen, /Келісім мен қарсылық білдіру тәртібі болса ғана/);
    assert.match(screen, new RegExp(`${id} мақұлданды`));
    await say("/questions");
    assert.match(screen, /Келісім мен қарсылық білдіру тәртібі болса ғана/);
    assert.doesNotMatch(s.stderr, /"level":"error"/);
  } finally {
    assert.equal(await s.end(), 0);
  }
  assert.match(s.transcript, /Бәрі сақталды/, "Ctrl-D says the conversation is saved and will resume");
});
