import { readdirSync, readFileSync } from "node:fs";
import i18next, { type i18n, type Resource, type ResourceLanguage } from "i18next";
import { LANGS, type Lang } from "../../knowledge/types.js";

const LOCALES_DIR = new URL("../../locales/", import.meta.url);

type Resources = Record<Lang, ResourceLanguage> & Resource;

/** Every locales/<lang>/<namespace>.json, read once: namespaces are the file names. */
function loadResources(): Resources {
  const resources = {} as Resources;
  for (const lang of LANGS) {
    const dir = new URL(`${lang}/`, LOCALES_DIR);
    resources[lang] = Object.fromEntries(
      readdirSync(dir)
        .filter((f) => f.endsWith(".json"))
        .map((f) => [f.slice(0, -".json".length), JSON.parse(readFileSync(new URL(f, dir), "utf8"))]),
    );
  }
  return resources;
}

export type Translate = (lang: Lang, key: string, params?: Record<string, string | number>) => string;

/**
 * A translator over our locale files. Keys are "<namespace>.<path>" (e.g. "assessment.progress"), the same
 * strings flows put in their replies. A missing key renders as the key itself, which the locale tests catch.
 */
export function createTranslator(): Translate {
  const resources = loadResources();
  const instance: i18n = i18next.createInstance();
  void instance.init({
    initAsync: false,
    resources,
    fallbackLng: false,
    supportedLngs: [...LANGS],
    ns: Object.keys(resources.en),
    // Values are our own texts or knowledge data rendered as plain text on every channel: no HTML escaping.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return (lang, key, params) => {
    const dot = key.indexOf(".");
    const ns = dot > 0 ? key.slice(0, dot) : "common";
    const path = dot > 0 ? key.slice(dot + 1) : key;
    return instance.t(path, { lng: lang, ns, ...params });
  };
}
