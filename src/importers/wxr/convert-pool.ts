// A small pool of worker threads for the content conversion, so a large import uses a second
// core while the main thread parses and writes to the database. Workers get only the fields the
// conversion reads, run with small heaps (memory stays flat however big the file), and a worker
// that dies (a post too large for its heap) is replaced: that one item is converted on the main
// thread instead, the items queued behind it go to the new worker.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createMarkdownRenderer, type MarkdownRenderer } from '../../content/index.ts';
import { AttachmentIndex } from './convert/convert-types.ts';
import type { WorkerContext } from './convert-worker.ts';
import {
  type PrepareContext,
  type PreparedItem,
  type PrepareRequest,
  prepareItem,
  prepareRequest,
} from './convert/import-prepare.ts';

/** Prepares items, in worker threads or inline. */
export interface ConvertPool {
  prepare(item: PrepareRequest, title: string): Promise<PreparedItem>;
  /** How many items were converted on the main thread because their worker died. */
  rescued(): number;
  close(): Promise<void>;
}

/** Heap limits of a conversion worker: the young generation is what grows under load. */
export const WORKER_HEAP = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 };

interface Job {
  id: number;
  request: PrepareRequest;
  title: string;
  resolve(value: PreparedItem): void;
  reject(err: Error): void;
}

// Run from source, our modules are TypeScript loaded through tsx; Node 20 workers accept no
// `--import` flag, so the worker starts from a line of JavaScript that registers tsx, then loads
// the entry.
function tsxApiUrl(): string {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as {
    exports: Record<string, { import?: string | { default?: string } }>;
  };
  const entry = pkg.exports['./esm/api']?.import;
  const file = typeof entry === 'string' ? entry : (entry?.default ?? './dist/esm/api/index.mjs');
  return pathToFileURL(join(dirname(pkgPath), file)).href;
}

function startWorker(context: WorkerContext, heap: typeof WORKER_HEAP): Worker {
  // Compiled by `npm run build`, this module and the worker's are JavaScript: no loader needed.
  const compiled = import.meta.url.endsWith('.js');
  const entry = new URL(compiled ? './convert-worker.js' : './convert-worker.ts', import.meta.url).href;
  const code = compiled
    ? `import(${JSON.stringify(entry)});`
    : `import(${JSON.stringify(tsxApiUrl())}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(code, { eval: true, workerData: context, resourceLimits: heap });
}

/** A pool of `size` workers; `size` 0 converts on the calling thread (tests, tiny files). */
export function createConvertPool(
  ctx: PrepareContext,
  size: number,
  heap: typeof WORKER_HEAP = WORKER_HEAP,
): ConvertPool {
  let inlineMarkdown: MarkdownRenderer | null = null;
  const inline = (request: PrepareRequest, title: string): PreparedItem =>
    prepareItem(request, title, ctx, (inlineMarkdown ??= createMarkdownRenderer()));
  const index = new AttachmentIndex(ctx.attachments, ctx.reusableBlocks);
  if (size <= 0) {
    return {
      prepare: async (item, title) =>
        inline({ ...item, attachments: index.forItem(item.wpId, item.contentHtml) }, title),
      rescued: () => 0,
      close: async () => {},
    };
  }
  // Attachments travel with the items that can use them (see AttachmentIndex), not as a copy.
  const context: WorkerContext = {
    reusableBlocks: [...ctx.reusableBlocks],
    mediaUrls: [...ctx.mediaUrls],
    spamBits: ctx.spamBits ?? null,
    spamSite: ctx.spamSite ?? null,
  };
  let closed = false;
  let rescued = 0;

  /** One worker slot: its thread and its jobs, oldest (the one being converted) first. */
  class Slot {
    worker: Worker;
    readonly queue: Job[] = [];
    private crashes = 0;
    /** The threads keep dying: convert this slot's items inline from now on. */
    private dead = false;

    constructor() {
      this.worker = this.spawn();
    }

    private spawn(): Worker {
      const w = startWorker(context, heap);
      w.on('message', (msg: { id: number; result?: PreparedItem; error?: string }) => {
        const job = this.queue[0];
        if (!job || job.id !== msg.id) return;
        this.queue.shift();
        this.crashes = 0;
        if (msg.result) job.resolve(msg.result);
        else job.reject(new Error(msg.error ?? 'conversion failed'));
      });
      // 'error' (out of memory, a crash) is followed by 'exit'; both end up here once.
      let ended = false;
      const onEnd = (): void => {
        if (ended || closed) return;
        ended = true;
        this.replace();
      };
      w.on('error', onEnd);
      w.on('exit', onEnd);
      return w;
    }

    /** The worker died: convert its current job here, hand the rest to a new worker. */
    private replace(): void {
      const current = this.queue.shift();
      if (current) {
        rescued++;
        try {
          current.resolve(inline(current.request, current.title));
        } catch (err) {
          current.reject(err instanceof Error ? err : new Error(String(err)));
        }
      }
      this.crashes++;
      if (this.crashes > 3) {
        // Something is wrong with the threads themselves: finish everything inline.
        for (const job of this.queue.splice(0)) {
          try {
            job.resolve(inline(job.request, job.title));
          } catch (err) {
            job.reject(err instanceof Error ? err : new Error(String(err)));
          }
        }
        this.dead = true;
        return;
      }
      this.worker = this.spawn();
      for (const job of this.queue)
        this.worker.postMessage({ id: job.id, item: job.request, title: job.title });
    }

    submit(job: Job): void {
      if (this.dead) {
        try {
          job.resolve(inline(job.request, job.title));
        } catch (err) {
          job.reject(err instanceof Error ? err : new Error(String(err)));
        }
        return;
      }
      this.queue.push(job);
      this.worker.postMessage({ id: job.id, item: job.request, title: job.title });
    }
  }

  const slots = Array.from({ length: size }, () => new Slot());
  let next = 0;
  return {
    prepare(item, title) {
      const id = next++;
      // The least busy worker (round robin among equals): one slow post does not hold up the rest.
      let slot = slots[0] as Slot;
      for (let k = 1; k <= slots.length; k++) {
        const s = slots[(id + k) % slots.length] as Slot;
        if (s.queue.length < slot.queue.length) slot = s;
      }
      const request = prepareRequest(item, index);
      return new Promise<PreparedItem>((resolve, reject) =>
        slot.submit({ id, request, title, resolve, reject }),
      );
    },
    rescued: () => rescued,
    async close() {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
