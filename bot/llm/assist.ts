import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { Proposal } from "../../knowledge/interview/proposals.js";
import type { Lang } from "../../knowledge/types.js";
import type { LlmConfig } from "../config.js";
import { errorCode } from "../runtime/errors.js";
import type { Log } from "../runtime/log.js";
import { answerWithModel } from "./answerer.js";
import { CircuitBreaker } from "./circuit-breaker.js";
import { createChatModel } from "./client.js";
import { maskPersonalData } from "./masking.js";
import { readWithModel } from "./reader.js";

/**
 * The optional language model as the runtime uses it (issue 12): it reads a description into proposals and words
 * an answer from retrieved entries. Every method answers null on any failure (timeout, error, invalid output,
 * circuit open), and the caller falls back to the offline path. It never decides anything: proposals go through
 * the founder's confirmation, answers only cite what was retrieved.
 */
export type ModelAssist = {
  read(text: string, lang: Lang): Promise<Proposal[] | null>;
  answer(question: string, lang: Lang): Promise<{ text: string; entryIds: string[] } | null>;
};

/** Failures in a row that open the circuit, and how long it stays open. */
const BREAKER = { threshold: 3, cooldownMs: 60_000 };

class TimedOut extends Error {
  readonly code = "llm_timeout";
}

/**
 * The model assist for `config`, or undefined when founder text may not be sent (LLM_SEND_PERSONAL_TEXT, by default
 * only with LLM_IN_COUNTRY=true): every call would carry founder text, so then no model is used at all. `model`
 * replaces the configured client in tests (langchain's fake chat models).
 */
export function createModelAssist(
  config: LlmConfig, log: Log, options: { model?: BaseChatModel; clock?: () => number } = {},
): ModelAssist | undefined {
  if (!config.sendPersonalText) {
    log("warn", { event: "llm.disabled", code: "personal_text_not_allowed" });
    return undefined;
  }
  const model = options.model ?? createChatModel(config);
  const breaker = new CircuitBreaker(BREAKER.threshold, BREAKER.cooldownMs, options.clock);

  /** One bounded call: the log says that it happened, how it ended and how long it took, never what it said. */
  async function call<T>(step: "read" | "answer", run: (signal: AbortSignal) => Promise<T | { ok: false; reason: string }>): Promise<T | null> {
    if (!breaker.allows()) {
      log("info", { event: "llm.call", step, code: "circuit_open", ms: 0 });
      return null;
    }
    const started = Date.now();
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    // The client's own timeout covers the HTTP request; this one also bounds parsing and a server that stalls mid-body.
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new TimedOut());
      }, config.timeoutMs);
    });
    try {
      const result = await Promise.race([run(controller.signal), deadline]);
      breaker.succeeded();
      const refused = typeof result === "object" && result !== null && "ok" in result && result.ok === false;
      log("info", { event: "llm.call", step, code: refused ? `discarded_${(result as { reason: string }).reason}` : "ok", ms: Date.now() - started });
      return refused ? null : (result as T);
    } catch (error) {
      // Invalid output is the model's answer, not an outage: it does not count towards opening the circuit.
      const code = error instanceof TimedOut || controller.signal.aborted ? "timeout" : isOutputError(error) ? "invalid_output" : errorCode(error);
      if (code !== "invalid_output") breaker.failed();
      log("warn", { event: "llm.call", step, code, ms: Date.now() - started });
      return null;
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    read: (text, lang) => call("read", (signal) => readWithModel(model, config.structuredOutput, maskPersonalData(text), text, lang, signal)),
    answer: async (question, lang) => {
      const answered = await call("answer", (signal) => answerWithModel(model, config.structuredOutput, maskPersonalData(question), question, lang, signal));
      return answered === null ? null : { text: answered.text, entryIds: answered.entryIds };
    },
  };
}

/** langchain's parser errors and our schema's: the model answered, but not in the shape asked for. */
function isOutputError(error: unknown): boolean {
  const name = error instanceof Error ? error.name : "";
  return name === "OutputParserException" || name === "ZodError" || name === "SyntaxError";
}
