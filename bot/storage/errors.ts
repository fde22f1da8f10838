/** SQLite failed in a way no caller expects (disk, corruption, a broken constraint): a bug or an outage. */
export class StorageError extends Error {
  readonly code = "storage_failed" as const;

  constructor(message: string, options: { cause: unknown }) {
    super(message, options);
    this.name = "StorageError";
  }
}
