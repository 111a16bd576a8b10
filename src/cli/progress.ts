// Import progress on stderr: a redrawn bar on a terminal (items/s, ETA from the bytes read), plain
// lines every few seconds otherwise (logs, CI). Forty lines of our own instead of a dependency:
// the well-known bar packages are either unmaintained or pull in a dozen modules for this.

/** Where progress goes and how it is timed (tests pass their own). */
export interface ProgressOptions {
  totalBytes: number;
  tty: boolean;
  write(text: string): void;
  /** Milliseconds, monotonic. */
  clock?: () => number;
  /** Minimum milliseconds between two plain lines. */
  lineEveryMs?: number;
}

/** A progress display fed with bytes read and items done. */
export interface Progress {
  bytes(n: number): void;
  items(done: { items: number; comments: number; spam?: { spam: number; ham: number } }): void;
  finish(): void;
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** Starts a progress display. */
export function createProgress(o: ProgressOptions): Progress {
  const clock = o.clock ?? (() => performance.now());
  const start = clock();
  let bytes = 0;
  let done: { items: number; comments: number; spam?: { spam: number; ham: number } } = {
    items: 0,
    comments: 0,
  };
  let lastDraw = -Infinity;
  let lastText = '';
  const line = (): string => {
    const seconds = (clock() - start) / 1000;
    const records = done.items + done.comments;
    const rate = seconds > 0 ? records / seconds : 0;
    const fraction = o.totalBytes > 0 ? Math.min(1, bytes / o.totalBytes) : 0;
    const eta = fraction > 0 ? (seconds / fraction) * (1 - fraction) : Infinity;
    const pct = `${(fraction * 100).toFixed(1)}%`;
    const learned = done.spam ? `, spam model learned ${done.spam.spam} spam/${done.spam.ham} ham` : '';
    const counts = `${done.items} items, ${done.comments} comments${learned}, ${Math.round(rate)} items/s, ETA ${duration(eta)}`;
    if (!o.tty) return `import: ${pct} ${counts}\n`;
    const width = 28;
    const filled = Math.round(fraction * width);
    return `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${pct.padStart(6)} ${counts}\x1b[K`;
  };
  const draw = (force: boolean): void => {
    const now = clock();
    if (!force && now - lastDraw < (o.tty ? 100 : (o.lineEveryMs ?? 5000))) return;
    lastDraw = now;
    const text = line();
    if (text === lastText) return;
    lastText = text;
    o.write(text);
  };
  return {
    bytes(n) {
      bytes += n;
      if (o.tty) draw(false);
    },
    items(d) {
      done = d;
      draw(false);
    },
    finish() {
      draw(true);
      if (o.tty) o.write('\n');
    },
  };
}
