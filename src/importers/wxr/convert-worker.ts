// Worker thread entry of the conversion pool: prepares the items the main thread sends.
import { parentPort, workerData } from 'node:worker_threads';
import { createMarkdownRenderer } from '../../content/markdown.ts';
import type { WxrAttachmentInfo } from './convert-types.ts';
import { type PrepareContext, prepareItem } from './import-prepare.ts';
import type { WxrItem } from './wxr-records.ts';

/** The shared context as it crosses the thread boundary (maps as entry lists). */
export interface WorkerContext {
  attachments: Array<[number, WxrAttachmentInfo]>;
  reusableBlocks: Array<[number, string]>;
  mediaUrls: Array<[string, string]>;
}

const data = workerData as WorkerContext;
const ctx: PrepareContext = {
  attachments: new Map(data.attachments),
  reusableBlocks: new Map(data.reusableBlocks),
  mediaUrls: new Map(data.mediaUrls),
};
const markdown = createMarkdownRenderer();

parentPort?.on('message', (msg: { id: number; item: WxrItem; title: string }) => {
  try {
    parentPort?.postMessage({ id: msg.id, result: prepareItem(msg.item, msg.title, ctx, markdown) });
  } catch (err) {
    parentPort?.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) });
  }
});
