/** Normalises anything thrown into a code we can log (never the message, which may quote user text). */
export function errorCode(e: unknown): string {
  if (!(e instanceof Error)) return "unknown";
  const code: unknown = Reflect.get(e, "code");
  return typeof code === "string" ? code : e.name;
}
