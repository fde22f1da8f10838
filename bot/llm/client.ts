import { ChatOpenAI } from "@langchain/openai";
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { LlmConfig } from "../config.js";

/**
 * A chat model behind any OpenAI-compatible API (vLLM, Ollama, llama.cpp server, a hosted one), from configuration.
 * No retries: a founder waits at most `timeoutMs`, then gets the offline answer (bot/llm/assist.ts). Temperature 0,
 * so the same text is read the same way as far as the server allows. Self-hosted servers take any key; the client
 * library refuses to start without one, hence the placeholder.
 */
export function createChatModel(config: LlmConfig): BaseChatModel {
  return new ChatOpenAI({
    model: config.model,
    apiKey: config.apiKey ?? "not-needed",
    temperature: 0,
    timeout: config.timeoutMs,
    maxRetries: 0,
    // The chat completions endpoint is the one every OpenAI-compatible server implements; never the Responses API.
    useResponsesApi: false,
    configuration: { baseURL: config.baseUrl },
  });
}
