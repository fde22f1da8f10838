import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");
const PROMPT = /Which language shall we speak\?/;

/** A copy of what `npm start` reads (sources, locales, manifests) beside the installed node_modules, so edits stay in the copy. */
function copyOfProject(): string {
  const dir = mkdtempSync(join(tmpdir(), "triage-start-"));
  for (const path of ["bot", "flows", "knowledge", "locales", "package.json", "package-lock.json", "tsconfig.json"]) {
    cpSync(join(ROOT, path), join(dir, path), { recursive: true });
  }
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

/**
 * `npm start`'s command in `dir`, the terminal chat with its input closed at once: what it printed and its exit code.
 * Each start has its own database: terminal chats sharing one are one conversation, and either process may print a reply.
 */
function start(dir: string, database = "triage.db"): Promise<{ stdout: string; stderr: string; code: number | null }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_PATH: join(dir, "data", database), LANG: "en_US.UTF-8" };
  for (const key of ["TELEGRAM_BOT_TOKEN", "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "LLM_BASE_URL"]) delete env[key];
  const child = spawn(process.execPath, ["bot/start.mjs"], { cwd: dir, env, stdio: ["pipe", "pipe", "pipe"] });
  child.stdin.end();
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done) => child.on("close", (code) => done({ stdout, stderr, code })));
}

test("npm start runs exactly the sources on disk: an edit, and its undoing, are what the next start runs, also when starts race", { timeout: 120_000 }, async () => {
  const dir = copyOfProject();
  try {
    const main = join(dir, "bot", "main.ts");
    const original = readFileSync(main, "utf8");

    const first = await start(dir);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, PROMPT);

    // Three starts at once on a version nobody has built yet: each builds or takes the winner's build, and each runs the edit.
    writeFileSync(main, `${original}\nprocess.stdout.write("edited start\\n");\n`);
    const racing = await Promise.all(["a.db", "b.db", "c.db"].map((database) => start(dir, database)));
    for (const r of racing) {
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /edited start/);
      assert.match(r.stdout, PROMPT, r.stderr);
    }

    // Back to the first text (a revert, as a checkout would): the start runs it again, not the newer build.
    writeFileSync(main, original);
    const reverted = await start(dir);
    assert.equal(reverted.code, 0, reverted.stderr);
    assert.doesNotMatch(reverted.stdout, /edited start/);
    assert.match(reverted.stdout, PROMPT);
    // One build per version, and no temporary folder left behind by the race.
    assert.deepEqual(readdirSync(join(dir, "build")).filter((name) => name.includes(".tmp")), []);
    assert.equal(readdirSync(join(dir, "build")).length, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
