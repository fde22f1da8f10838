/** Unexpected failures carry a code and their cause; expected ones are `Result` values instead. */
export class CodedError extends Error {
  constructor(
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(code, options);
    this.name = "CodedError";
  }
}

/** Normalises anything thrown into a code we can log (never the message, which may quote user text). */
export function errorCode(e: unknown): string {
  if (e instanceof CodedError) return e.code;
  if (!(e instanceof Error)) return "unknown";
  const code: unknown = Reflect.get(e, "code");
  return typeof code === "string" ? code : e.name;
}
