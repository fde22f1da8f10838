/**
 * Runs tasks for the same chat one after another while different chats proceed in parallel
 * (issue 3: "two events of the same chat never interleave"). A chat's queue is dropped once it drains,
 * so idle chats cost nothing.
 */
export class ChatLock {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(chatKey: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(chatKey) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(chatKey, tail);
    void tail.then(() => {
      if (this.tails.get(chatKey) === tail) this.tails.delete(chatKey);
    });
    return result;
  }

  /** Chats with work queued or running (the tests check that drained chats are dropped). */
  get busyChats(): number {
    return this.tails.size;
  }
}
