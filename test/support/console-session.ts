import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";

/**
 * Drives `npm start` (the terminal chat) through piped stdin as a person would: wait for what the bot
 * prints, then type a line. Each wait has a bound so a stuck bot fails the test instead of hanging it.
 */
export class ConsoleSession {
  private output = "";
  private read = 0;
  private readonly proc: ChildProcessWithoutNullStreams;
  readonly exited: Promise<number | null>;
  stderr = "";

  constructor(cwd: string, env: NodeJS.ProcessEnv) {
    this.proc = spawn("npm", ["start", "--silent"], { cwd, env, stdio: "pipe" });
    this.proc.stdout.setEncoding("utf8").on("data", (chunk: string) => (this.output += chunk));
    this.proc.stderr.setEncoding("utf8").on("data", (chunk: string) => (this.stderr += chunk));
    this.exited = new Promise((resolve) => this.proc.on("exit", resolve));
  }

  /** Everything printed so far. */
  get transcript(): string {
    return this.output;
  }

  /** Waits until the output after the last consumed point matches, consumes up to the match, returns the text waited over. */
  async waitFor(pattern: RegExp, timeoutMs = 30_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const rest = this.output.slice(this.read);
      const m = pattern.exec(rest);
      if (m) {
        this.read += m.index + m[0].length;
        return rest.slice(0, m.index + m[0].length);
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}; last output:\n${rest.slice(-1500)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Waits until the bot has printed a prompt and gone quiet (every turn ends with a blank line). */
  async settle(quietMs = 300, timeoutMs = 30_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let seen = this.output.length;
    let since = Date.now();
    for (;;) {
      await new Promise((r) => setTimeout(r, 25));
      if (this.output.length !== seen) {
        seen = this.output.length;
        since = Date.now();
      } else if (Date.now() - since >= quietMs && this.output.length > this.read) {
        const text = this.output.slice(this.read);
        this.read = this.output.length;
        return text;
      }
      if (Date.now() > deadline) throw new Error(`no new output; last:\n${this.output.slice(-1500)}`);
    }
  }

  send(line: string): void {
    this.proc.stdin.write(`${line}\n`);
  }

  async end(): Promise<number | null> {
    this.proc.stdin.end();
    return this.exited;
  }
}

/** The number of the numbered option whose label matches, in a screen of "  N) label" lines. */
export function optionNumber(screen: string, label: RegExp): number | undefined {
  const options = [...screen.matchAll(/^ {2}(\d+)\) (.*)$/gm)];
  const found = options.reverse().find((m) => label.test(m[2]!));
  return found ? Number(found[1]) : undefined;
}
