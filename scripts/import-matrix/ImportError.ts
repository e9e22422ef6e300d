/** A refused import: one line that names the file (and row) at fault; nothing has been written. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}
