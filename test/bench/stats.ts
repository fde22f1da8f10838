/**
 * Small helpers shared by the bench: order statistics, paired A/B medians, bounded waits and the one table
 * the bench prints. Nothing here times anything by itself.
 */

export const median = (xs: readonly number[]): number => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Nearest-rank percentile (p in 0..100): with 40 samples p99 is the largest, as it honestly is. */
export const percentile = (xs: readonly number[], p: number): number => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
};

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Rejects after `ms` with `what` in the message, so no wait in the bench can hang it. */
export async function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Polls `check` every `everyMs` until it holds or `ms` pass; says which. */
export async function until(check: () => boolean | Promise<boolean>, ms: number, everyMs = 50): Promise<boolean> {
  const end = Date.now() + ms;
  for (;;) {
    if (await check()) return true;
    if (Date.now() >= end) return false;
    await sleep(everyMs);
  }
}

/** A figure in the table. `ratio` is product / baseline (for rates: product rate / baseline rate). */
export type Row = {
  section: string;
  figure: string;
  product: string;
  baseline: string;
  ratio: number | null;
  /** Human-readable target such as "≥ 0.5×", or "—" for a figure kept as a signal only. */
  target: string;
  /** null: no target, or the figure could not be measured (see `product`). */
  met: boolean | null;
};

export const fmtMs = (ms: number): string =>
  !Number.isFinite(ms) ? "n/a" : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 10 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(2)} ms`;
export const fmtUs = (us: number): string => (us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(1)} µs`);
export const fmtRate = (perS: number, unit: string): string => `${perS >= 100 ? perS.toFixed(0) : perS.toFixed(1)} ${unit}/s`;
export const fmtMiB = (kib: number): string => `${(kib / 1024).toFixed(0)} MiB`;
export const fmtRatio = (r: number | null): string =>
  r === null || !Number.isFinite(r) ? "n/a" : `${r >= 100 ? r.toFixed(0) : r >= 10 ? r.toFixed(1) : r.toFixed(2)}×`;
export const spread = (xs: readonly number[], fmt: (x: number) => string = (x) => fmtRatio(x)): string =>
  xs.length <= 1 ? "" : ` (pairs ${xs.map(fmt).join(", ")})`;

/** The table as Markdown: one line per figure, under one header. */
export function renderTable(rows: readonly Row[]): string {
  const header = ["figure", "product", "baseline", "ratio", "target", "met?"];
  const lines = rows.map((r) => [r.figure, r.product, r.baseline, fmtRatio(r.ratio), r.target, r.met === null ? "—" : r.met ? "yes" : "**no**"]);
  const escape = (cell: string) => cell.replace(/\|/g, "\\|");
  return [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...lines.map((cells) => `| ${cells.map(escape).join(" | ")} |`),
  ].join("\n");
}
