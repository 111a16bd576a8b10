// A small pool of worker threads for the content conversion (~2 ms of CPU per post), so a
// large import uses every core while the main thread parses and writes to the database.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createMarkdownRenderer } from '../../content/markdown.ts';
import type { WorkerContext } from './convert-worker.ts';
import { type PrepareContext, type PreparedItem, prepareItem } from './import-prepare.ts';
import type { WxrItem } from './wxr-records.ts';

/** Prepares items, in worker threads or inline. */
export interface ConvertPool {
  prepare(item: WxrItem, title: string): Promise<PreparedItem>;
  close(): Promise<void>;
}

interface Pending {
  resolve(value: PreparedItem): void;
  reject(err: Error): void;
}

// Our sources are TypeScript loaded through tsx; Node 20 workers accept no `--import` flag,
// so the worker starts from a line of JavaScript that registers tsx, then loads the entry.
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

function startWorker(context: WorkerContext): Worker {
  const entry = new URL('./convert-worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(tsxApiUrl())}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  // A worker keeps nothing between items: a small heap makes it collect early, which keeps the
  // import's RSS bounded instead of letting every thread grow to V8's default limits.
  return new Worker(code, {
    eval: true,
    workerData: context,
    resourceLimits: { maxOldGenerationSizeMb: 96 },
  });
}

/** A pool of `size` workers; `size` 0 converts on the calling thread (tests, tiny files). */
export function createConvertPool(ctx: PrepareContext, size: number): ConvertPool {
  if (size <= 0) {
    const markdown = createMarkdownRenderer();
    return {
      prepare: async (item, title) => prepareItem(item, title, ctx, markdown),
      close: async () => {},
    };
  }
  const context: WorkerContext = {
    attachments: [...ctx.attachments],
    reusableBlocks: [...ctx.reusableBlocks],
    mediaUrls: [...ctx.mediaUrls],
  };
  const pending = new Map<number, Pending>();
  let failure: Error | null = null;
  const workers: Worker[] = [];
  for (let i = 0; i < size; i++) {
    const w = startWorker(context);
    w.on('message', (msg: { id: number; result?: PreparedItem; error?: string }) => {
      const p = pending.get(msg.id);
      pending.delete(msg.id);
      if (msg.result) p?.resolve(msg.result);
      else p?.reject(new Error(msg.error ?? 'conversion failed'));
    });
    w.on('error', (err) => {
      failure = err;
      for (const p of pending.values()) p.reject(err);
      pending.clear();
    });
    workers.push(w);
  }
  let next = 0;
  return {
    prepare(item, title) {
      if (failure) return Promise.reject(failure);
      const id = next++;
      const worker = workers[id % workers.length] as Worker;
      return new Promise<PreparedItem>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, item, title });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
