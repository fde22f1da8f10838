import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const LOCALES = resolve(import.meta.dirname, "..", "locales");
const LANGS = ["kk", "ru", "en"] as const;

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}.${key}`;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function load(lang: string): Map<string, string> {
  const dir = join(LOCALES, lang);
  const all = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    const tree = JSON.parse(readFileSync(join(dir, file), "utf8")) as Tree;
    for (const [k, v] of flatten(tree, file.slice(0, -5))) all.set(k, v);
  }
  return all;
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]!).sort();

const byLang = Object.fromEntries(LANGS.map((l) => [l, load(l)])) as Record<(typeof LANGS)[number], Map<string, string>>;

test("kk, ru and en locale files have identical keys", () => {
  const en = [...byLang.en.keys()].sort();
  assert.ok(en.length > 0);
  for (const lang of ["kk", "ru"] as const) assert.deepEqual([...byLang[lang].keys()].sort(), en, `${lang} differs from en`);
});

test("every translation keeps the same {{placeholders}} as English", () => {
  const mismatched: string[] = [];
  for (const [key, text] of byLang.en) {
    for (const lang of ["kk", "ru"] as const) {
      const other = byLang[lang].get(key);
      if (other !== undefined && placeholders(other).join() !== placeholders(text).join()) mismatched.push(`${lang}:${key}`);
    }
  }
  assert.deepEqual(mismatched, []);
});

test("no translation is left empty", () => {
  const empty = LANGS.flatMap((lang) => [...byLang[lang]].filter(([, v]) => v.trim() === "").map(([k]) => `${lang}:${k}`));
  assert.deepEqual(empty, []);
});

test("every locale key a flow or channel names in code exists", () => {
  const root = resolve(import.meta.dirname, "..");
  const walk = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? walk(join(dir, d.name)) : d.name.endsWith(".ts") ? [join(dir, d.name)] : []);
  const files = ["flows", "bot"].flatMap(walk);
  const namespaces = new Set([...byLang.en.keys()].map((k) => k.split(".")[0]));
  const missing: string[] = [];
  for (const file of files) {
    const text = readFileSync(join(root, file), "utf8");
    for (const m of text.matchAll(/\bkey:\s*"([a-z]+\.[\w.]+)"/g)) {
      const key = m[1]!;
      if (namespaces.has(key.split(".")[0]) && !byLang.en.has(key)) missing.push(`${file}: ${key}`);
    }
  }
  assert.deepEqual(missing, []);
});
