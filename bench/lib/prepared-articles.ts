// Main-thread side of the prepare worker: an async stream of rendered article batches, with two
// batches requested ahead so generation overlaps with inserting.
import { Worker } from 'node:worker_threads';
import type { DatasetOptions, GeneratedArticle } from './dataset.ts';

/** A generated article with its rendered forms. */
export interface PreparedArticle extends GeneratedArticle {
  bodyHtml: string;
  bodyText: string;
  excerpt: string;
}

/** Yields batches of `batchSize` prepared articles until the dataset is exhausted. */
export async function* preparedArticleBatches(
  options: DatasetOptions,
  batchSize: number,
): AsyncGenerator<PreparedArticle[]> {
  // Workers don't get tsx from --import on Node 20, so a tiny bootstrap registers it first.
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(new URL('./prepare-worker.ts', import.meta.url).href);
  const bootstrap = `import(${tsx}).then((tsx) => { tsx.register(); return import(${entry}); })`;
  const worker = new Worker(bootstrap, { eval: true, workerData: options });
  const waiting: { resolve(batch: PreparedArticle[]): void; reject(err: Error): void }[] = [];
  const ready: PreparedArticle[][] = [];
  let failure: Error | null = null;
  worker.on('message', (batch: PreparedArticle[]) => {
    const reader = waiting.shift();
    if (reader) reader.resolve(batch);
    else ready.push(batch);
  });
  worker.on('error', (err) => {
    failure = err;
    for (const reader of waiting.splice(0)) reader.reject(err);
  });
  const next = () =>
    new Promise<PreparedArticle[]>((resolve, reject) => {
      const batch = ready.shift();
      if (batch) resolve(batch);
      else if (failure) reject(failure);
      else waiting.push({ resolve, reject });
    });
  try {
    worker.postMessage(batchSize);
    worker.postMessage(batchSize);
    for (;;) {
      const batch = await next();
      if (batch.length === 0) return;
      worker.postMessage(batchSize);
      yield batch;
    }
  } finally {
    await worker.terminate();
  }
}
