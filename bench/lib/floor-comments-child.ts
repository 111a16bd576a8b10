// Child-process entry for the comment-page floor: the least work that serves the 500-comment
// page from the database on this machine. A bare node:http server reads the thread with one
// prepared better-sqlite3 statement in raw (array) mode, nests it, writes each comment with the
// same markup as Silkpress by plain concatenation (text escaped, no Markdown, no date formatting),
// places it between the parts of Silkpress's own page around the list, and sends it with
// Silkpress's ETag (etagOf: length and CRC-32), encoded in chunks of about 16 K characters (a page
// joined into one string and one buffer maps fresh memory on every request; see
// src/views/html-parts.ts). What Silkpress spends above this is its framework, query builder,
// object rows and views.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { SqliteDriver as Database } from '../../src/db/sqlite-driver.ts';
import { etagOf } from '../../src/http/page-cache.ts';
import { escapeHtml } from '../../src/views/escape-html.ts';
import { listenForParent } from './child-ipc.ts';

const [file, articleIdText, pageFile] = process.argv.slice(2);
if (!file || !articleIdText || !pageFile)
  throw new Error('usage: floor-comments-child.ts <db> <article-id> <page>');
const articleId = Number(articleIdText);
const page = readFileSync(pageFile, 'utf8');
const listStart = page.indexOf('<ol class="comment-list">');
const listEnd = page.indexOf('</ol>', page.lastIndexOf('class="comment depth-'));
if (listStart < 0 || listEnd < 0) throw new Error('the page has no comment list');
const before = page.slice(0, listStart);
const after = page.slice(listEnd);

const db = new Database(file, { readonly: true });
const thread = db
  .prepare(
    `SELECT id, parent_id, author_name, author_url, content, created_at FROM comments
     WHERE article_id = ? AND status = 'approved' ORDER BY created_at, id`,
  )
  .raw(true);
type Row = [number, number | null, string, string | null, string, string];

function renderComment(row: Row, depth: number, children: Map<number, Row[]>): string {
  const [id, , name, url, content, created] = row;
  const who = escapeHtml(name);
  const author = url
    ? `<a class="comment-author-link" href="${escapeHtml(url)}" rel="nofollow ugc noopener">${who}</a>`
    : who;
  let out =
    `<li id="comment-${id}" class="comment depth-${depth}">\n<article class="comment-body"><footer class="comment-meta">` +
    `<img class="comment-avatar" src="/comments/avatar/${id}.svg" alt="" width="40" height="40" loading="lazy" decoding="async"> ` +
    `<b class="comment-author">${author}</b> <a class="comment-permalink" href="#comment-${id}"><time datetime="${created}">${created}</time></a></footer>\n` +
    `<div class="comment-content"><p>${escapeHtml(content)}</p>\n</div><p class="comment-reply"><a class="reply-link" href="?replyto=${id}#respond" aria-label="Reply to ${who}">Reply</a></p></article>`;
  const replies = children.get(id);
  if (replies) {
    out += '<ol class="comment-children">';
    for (const reply of replies) out += renderComment(reply, depth + 1, children);
    out += '</ol>';
  }
  return `${out}</li>`;
}

const CHUNK_CHARS = 16 * 1024;

const server = createServer((_req, res) => {
  const rows = thread.all(articleId) as Row[];
  const children = new Map<number, Row[]>();
  const roots: Row[] = [];
  for (const row of rows) {
    const parent = row[1];
    if (parent === null) roots.push(row);
    else {
      const list = children.get(parent);
      if (list) list.push(row);
      else children.set(parent, [row]);
    }
  }
  const chunks: Buffer[] = [];
  let pending = `${before}<ol class="comment-list">\n`;
  for (const root of roots) {
    pending += renderComment(root, 1, children);
    if (pending.length >= CHUNK_CHARS) {
      chunks.push(Buffer.from(pending));
      pending = '';
    }
  }
  chunks.push(Buffer.from(pending + after));
  let length = 0;
  for (const chunk of chunks) length += chunk.length;
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': String(length),
    etag: etagOf(chunks),
  });
  res.cork();
  for (const chunk of chunks) res.write(chunk);
  res.end();
});
listenForParent(server);
