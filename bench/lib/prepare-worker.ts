// Worker thread: generates the dataset's articles and renders their Markdown (HTML, plain text,
// excerpt) so the main thread only inserts. Answers each request for `n` articles with a batch.
import { parentPort, workerData } from 'node:worker_threads';
import { createMarkdownRenderer, truncateText } from '../../src/content/markdown.ts';
import { createDataset, type DatasetOptions } from './dataset.ts';
import type { PreparedArticle } from './prepared-articles.ts';

const port = parentPort;
if (!port) throw new Error('prepare-worker.ts runs as a worker thread');
const options = workerData as DatasetOptions;
const articles = createDataset({
  ...options,
  from: new Date(options.from),
  to: new Date(options.to),
}).articles();
const markdown = createMarkdownRenderer();

port.on('message', (count: number) => {
  const batch: PreparedArticle[] = [];
  while (batch.length < count) {
    const next = articles.next();
    if (next.done) break;
    const a = next.value;
    const bodyText = markdown.toPlainText(a.bodyMarkdown);
    batch.push({
      ...a,
      bodyText,
      bodyHtml: markdown.toHtml(a.bodyMarkdown),
      excerpt: truncateText(bodyText, 220),
    });
  }
  port.postMessage(batch);
});
