// Child-process entry for the baseline: a minimal node:http server answering every request with
// the same bytes (the article page fetched from Silkpress), as fast as Node can serve them.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { listenForParent } from './child-ipc.ts';

const [bodyFile] = process.argv.slice(2);
if (!bodyFile) throw new Error('usage: baseline-child.ts <body-file>');
const body = readFileSync(bodyFile);
const headers = { 'content-type': 'text/html; charset=utf-8', 'content-length': String(body.length) };

const server = createServer((_req, res) => {
  res.writeHead(200, headers);
  res.end(body);
});
listenForParent(server);
