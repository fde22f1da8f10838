import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, dirname } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

const importsOf = (file: string): string[] =>
  [...readFileSync(join(ROOT, file), "utf8").matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*["']([^"']+)["']/g)].map((m) => m[1]!);

/** The ring a relative import lands in, or the package name of a bare one. */
function target(file: string, spec: string): string {
  if (!spec.startsWith(".")) return spec;
  return relative(ROOT, resolve(ROOT, dirname(file), spec)).split("/")[0]!;
}

const RINGS: Record<string, { allowed: (t: string) => boolean; rule: string }> = {
  knowledge: {
    allowed: (t) => t === "knowledge" || ["zod", "minisearch"].includes(t) || t.startsWith("@orama/stemmers"),
    rule: "knowledge/ is pure domain: only knowledge/, zod, minisearch and @orama/stemmers",
  },
  flows: {
    allowed: (t) => t === "flows" || t === "knowledge" || t === "zod",
    rule: "flows/ are pure state machines: only flows/, knowledge/ and zod",
  },
};

for (const [ring, { allowed, rule }] of Object.entries(RINGS)) {
  test(`${ring}/ imports nothing from outer rings or I/O packages`, () => {
    const offending = sourceFiles(ring).flatMap((file) =>
      importsOf(file)
        .filter((spec) => !allowed(target(file, spec)))
        .map((spec) => `${file} imports ${spec}`),
    );
    assert.deepEqual(offending, [], rule);
  });
}

test("telegraf and Bolt are imported only inside their channel adapters", () => {
  const offending = sourceFiles("bot").flatMap((file) =>
    importsOf(file)
      .filter((spec) => (spec === "telegraf" || spec.startsWith("telegraf/")) && !file.startsWith("bot/channels/telegram/") ||
        spec.startsWith("@slack/") && !file.startsWith("bot/channels/slack/"))
      .map((spec) => `${file} imports ${spec}`),
  );
  assert.deepEqual(offending, []);
});

test("nothing in the project reads the developers' shared folder", () => {
  const offending = ["bot", "flows", "knowledge", "test"]
    .flatMap(sourceFiles)
    .filter((file) => file !== "test/architecture.test.ts" && /\.\.\/shared\b|\/work\/shared/.test(readFileSync(join(ROOT, file), "utf8")));
  assert.deepEqual(offending, []);
});
