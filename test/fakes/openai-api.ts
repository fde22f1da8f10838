import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One chat completion request as the fake received it: what left our process, to assert masking and delimiting on. */
export type ReceivedRequest = { path: string; authorization: string | undefined; body: ChatRequest };
export type ChatRequest = {
  model: string;
  messages: { role: string; content: string }[];
  response_format?: { type: string; json_schema?: { name: string } };
  tools?: { type: "function"; function: { name: string } }[];
  tool_choice?: unknown;
};

/** The name the request gave its structured output: the JSON schema's (jsonSchema) or the forced tool's (functionCalling). */
export const structuredName = (body: ChatRequest): string | undefined => body.response_format?.json_schema?.name ?? body.tools?.[0]?.function.name;

/**
 * How the fake answers a request: the assistant's message content (the structured output as JSON text, or anything
 * invalid), an HTTP error status, or never (a model that hangs, for the timeout). A request that offers tools
 * (LLM_STRUCTURED_OUTPUT=functionCalling) gets the content as the arguments of a call to its first tool, with no
 * message content, as OpenAI-compatible servers answer a forced tool choice.
 */
export type FakeReply = { content: string } | { status: number } | { hang: true };

/**
 * A fake OpenAI-compatible chat completions server on 127.0.0.1 (the seam vLLM, Ollama and llama.cpp server share):
 * POST /v1/chat/completions answered by `reply`, every request recorded. Only loopback; no internet in tests.
 */
export async function startFakeOpenAi(reply: (request: ChatRequest) => FakeReply) {
  const received: ReceivedRequest[] = [];
  const hanging = new Set<() => void>();
  const server: Server = createServer(async (req, res) => {
    const body = JSON.parse(await readBody(req)) as ChatRequest;
    received.push({ path: req.url ?? "", authorization: req.headers.authorization, body });
    if (req.method !== "POST" || !req.url?.endsWith("/chat/completions")) {
      res.writeHead(404).end();
      return;
    }
    const answer = reply(body);
    if ("hang" in answer) {
      hanging.add(() => res.destroy());
      return;
    }
    if ("status" in answer) {
      res.writeHead(answer.status, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "fake failure", type: "server_error" } }));
      return;
    }
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({
      id: `chatcmpl-${received.length}`,
      object: "chat.completion",
      created: 1_767_225_600,
      model: body.model,
      choices: [body.tools?.[0] === undefined
        ? { index: 0, message: { role: "assistant", content: answer.content }, finish_reason: "stop" }
        : {
          index: 0,
          message: {
            role: "assistant",
            content: null,
            tool_calls: [{ id: `call_${received.length}`, type: "function", function: { name: body.tools[0].function.name, arguments: answer.content } }],
          },
          finish_reason: "tool_calls",
        }],
      usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
    }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    received,
    /** Everything the founder-facing prompts carried, as one string: what left the process. */
    sentText: () => received.map((r) => r.body.messages.map((m) => m.content).join("\n")).join("\n"),
    async close(): Promise<void> {
      for (const end of hanging) end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
