// Worker thread entry of the conversion pool: prepares the items the main thread sends.
import { parentPort, workerData } from 'node:worker_threads';
import { createMarkdownRenderer } from '../../content/index.ts';
import { type PrepareContext, type PrepareRequest, prepareItem } from './convert/import-prepare.ts';

/** The shared context as it crosses the thread boundary (maps as entry lists). */
export interface WorkerContext {
  reusableBlocks: Array<[number, string]>;
  mediaUrls: Array<[string, string]>;
  spamBits: number | null;
  spamSite: string | null;
}

const data = workerData as WorkerContext;
const ctx: PrepareContext = {
  attachments: new Map(), // each item brings its own
  reusableBlocks: new Map(data.reusableBlocks),
  mediaUrls: new Map(data.mediaUrls),
  spamBits: data.spamBits,
  spamSite: data.spamSite,
};
const markdown = createMarkdownRenderer();

parentPort?.on('message', (msg: { id: number; item: PrepareRequest; title: string }) => {
  try {
    parentPort?.postMessage({ id: msg.id, result: prepareItem(msg.item, msg.title, ctx, markdown) });
  } catch (err) {
    parentPort?.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) });
  }
});
