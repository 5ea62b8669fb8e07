// Standard output, buffered between flushes and held back while a progress bar shares the terminal.

export interface Writable {
  write(chunk: string): unknown;
}

export class Output {
  private pending: string[] = [];
  private size = 0;
  private holding = false;

  constructor(private readonly stream: Writable) {}

  write(text: string): void {
    this.pending.push(text);
    this.size += text.length;
    if (!this.holding && this.size > 1 << 16) this.flush();
  }

  /** Writes what is pending, unless held. Called between batches of posts and at the end. */
  flush(): void {
    if (this.holding || this.pending.length === 0) return;
    const text = this.pending.join('');
    this.pending = [];
    this.size = 0;
    this.stream.write(text);
  }

  /** Keeps everything back (a progress bar is drawing on the same terminal) until `release`. */
  hold(): void {
    this.holding = true;
  }

  release(): void {
    this.holding = false;
    this.flush();
  }
}
