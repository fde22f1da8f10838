// `npm start`: runs bot/main.ts as plain JavaScript, bundled once per version of the sources, so a start pays
// neither tsx's loader (about 0.5 s on its worker thread) nor per-module TypeScript hooks (issue 13: the first
// prompt within 1 s of node starting). Plain JavaScript because it must run before anything can compile
// TypeScript. `node bot/start.mjs --build` only builds (npm install's `prepare`).
//
// Never stale: the build folder is named after a hash of every source's content (and of the lockfiles, since
// some libraries are bundled in), and esbuild is handed exactly the bytes that were hashed. An edit, a checkout
// or an `npm install` therefore means a new name, and the next start builds it (about 0.4 s) before running.
// Concurrent starts (parallel tests) each build into their own temporary folder and rename it into place; a
// rename that loses the race simply uses the winner's identical build.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import module from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SOURCE_DIRS = ["bot", "flows", "knowledge"];
const OTHER_INPUTS = ["bot/start.mjs", "tsconfig.json", "package.json", "package-lock.json", "node_modules/.package-lock.json"];
// Two levels below the root, as bot/main.ts is, so `new URL("../../locales/", import.meta.url)` still finds locales/.
const BUILDS = join(ROOT, "build");
// Bundled: the pure ESM libraries the terminal chat loads before its first prompt; node then reads a few large
// files instead of resolving and loading zod's hundreds. Every other package (sqlite3's addon; telegraf, Bolt,
// docx and langchain, which are CommonJS or load only when configured or used) stays an ordinary import.
const BUNDLED = new Set(["zod", "i18next", "minisearch", "@orama/stemmers"]);
// Builds of other source versions are removed once this old (a process already running one has loaded it).
const PRUNE_AFTER_MS = 60 * 60 * 1000;

/** @returns {Map<string, string>} absolute path → content of every input that decides the build. */
function readInputs() {
  /** @type {Map<string, string>} */
  const inputs = new Map();
  const walk = (/** @type {string} */ dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts")) inputs.set(path, readFileSync(path, "utf8"));
    }
  };
  for (const dir of SOURCE_DIRS) walk(join(ROOT, dir));
  for (const file of OTHER_INPUTS) {
    const path = join(ROOT, file);
    if (existsSync(path)) inputs.set(path, readFileSync(path, "utf8"));
  }
  return inputs;
}

/** @param {Map<string, string>} inputs */
function versionOf(inputs) {
  const hash = createHash("sha256");
  for (const path of [...inputs.keys()].sort()) hash.update(`${relative(ROOT, path)}\0${inputs.get(path)}\0`);
  return hash.digest("hex").slice(0, 16);
}

/** @param {Map<string, string>} inputs @param {string} dir */
async function bundle(inputs, dir) {
  const { build } = await import("esbuild");
  const temp = `${dir}.${process.pid}.tmp`;
  await build({
    absWorkingDir: ROOT,
    entryPoints: ["bot/main.ts"],
    outdir: temp,
    bundle: true,
    splitting: true, // so main.ts's dynamic imports (Telegram, Slack, the model) stay separate, lazily loaded files
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "error",
    plugins: [
      {
        name: "hashed-sources-and-external-packages",
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, ({ path }) => {
            const name = path.startsWith("@") ? path.split("/").slice(0, 2).join("/") : path.split("/")[0];
            return BUNDLED.has(name ?? "") ? undefined : { path, external: true };
          });
          b.onLoad({ filter: /\.ts$/ }, ({ path }) => {
            const contents = inputs.get(path);
            return contents === undefined ? undefined : { contents, loader: "ts" };
          });
        },
      },
    ],
  });
  try {
    renameSync(temp, dir);
  } catch (error) {
    // Another start built the same version first: its files are the same as ours.
    if (!existsSync(join(dir, "main.js"))) throw error;
    rmSync(temp, { recursive: true, force: true });
  }
  for (const name of readdirSync(BUILDS)) {
    const path = join(BUILDS, name);
    if (path !== dir && Date.now() - statSync(path).mtimeMs > PRUNE_AFTER_MS) rmSync(path, { recursive: true, force: true });
  }
}

const inputs = readInputs();
const dir = join(BUILDS, versionOf(inputs));
if (!existsSync(join(dir, "main.js"))) await bundle(inputs, dir);
if (!process.argv.includes("--build")) {
  // Node 22.1+ keeps V8's compiled code for these files between starts, checked against their content: about 40 ms
  // of each start. Node 20 has no such cache and skips this.
  module.enableCompileCache?.();
  await import(pathToFileURL(join(dir, "main.js")).href);
}
