// WXR parse benchmark: streams a generated export (default 100,000 posts with 5 comments each,
// built lazily, never held in memory) through parseWxr, then times convertContent on a sample.
// Run: node --import tsx bench/wxr-parse.ts [--posts 100000] [--comments 5] [--convert 2000]
import os from 'node:os';
import { parseArgs } from 'node:util';
import { convertContent } from '../src/importers/wxr/convert/convert-content.ts';
import { parseWxr } from '../src/importers/wxr/parse/parse-wxr.ts';

const { values } = parseArgs({
  options: {
    posts: { type: 'string', default: '100000' },
    comments: { type: 'string', default: '5' },
    convert: { type: 'string', default: '2000' },
  },
});
const posts = Number(values.posts);
const commentsPerPost = Number(values.comments);
const convertSample = Number(values.convert);

const paragraph = (i: number): string =>
  `<p>Harbour report ${i}: the <strong>morning ferry</strong> left at 7:40 — «вовремя», 准时 🚢. ` +
  `See <a href="https://example.org/${i}">the timetable</a>.</p>\n\nSecond paragraph\nwith a line break.`;

function comment(post: number, n: number): string {
  const id = post * 10 + n;
  return `<wp:comment><wp:comment_id>${id}</wp:comment_id><wp:comment_author><![CDATA[Reader ${n}]]></wp:comment_author>
<wp:comment_author_email>r${n}@example.net</wp:comment_author_email><wp:comment_author_url></wp:comment_author_url>
<wp:comment_author_IP>192.0.2.${n}</wp:comment_author_IP><wp:comment_date>2024-01-01 10:00:00</wp:comment_date>
<wp:comment_date_gmt>2024-01-01 09:00:00</wp:comment_date_gmt><wp:comment_content><![CDATA[Comment ${n} on post ${post}: thanks!
Second line.]]></wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_type></wp:comment_type>
<wp:comment_parent>${n > 0 ? id - 1 : 0}</wp:comment_parent><wp:comment_user_id>0</wp:comment_user_id></wp:comment>\n`;
}

function item(i: number): string {
  const comments = Array.from({ length: commentsPerPost }, (_, n) => comment(i, n)).join('');
  return `<item><title><![CDATA[Post number ${i}]]></title><link>https://example.org/p/${i}/</link>
<dc:creator><![CDATA[editor]]></dc:creator><guid isPermaLink="false">https://example.org/?p=${i}</guid>
<content:encoded><![CDATA[${paragraph(i)}]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>${i}</wp:post_id><wp:post_date>2024-01-01 10:00:00</wp:post_date><wp:post_date_gmt>2024-01-01 09:00:00</wp:post_date_gmt>
<wp:comment_status>open</wp:comment_status><wp:ping_status>open</wp:ping_status><wp:post_name>post-${i}</wp:post_name>
<wp:status>publish</wp:status><wp:post_parent>0</wp:post_parent><wp:menu_order>0</wp:menu_order><wp:post_type>post</wp:post_type>
<wp:post_password></wp:post_password><wp:is_sticky>0</wp:is_sticky><category domain="category" nicename="news"><![CDATA[News]]></category>
<wp:postmeta><wp:meta_key>_yoast_wpseo_metadesc</wp:meta_key><wp:meta_value><![CDATA[Summary ${i}]]></wp:meta_value></wp:postmeta>
${comments}</item>\n`;
}

let bytes = 0;
/** The export as UTF-8 chunks of ~64 KiB, generated as the parser asks for them. */
function* generate(): Generator<Uint8Array> {
  const head =
    '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" ' +
    'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:wp="http://wordpress.org/export/1.2/">\n<channel><title>Bench</title><link>https://example.org</link>' +
    '<wp:wxr_version>1.2</wp:wxr_version><wp:author><wp:author_login>editor</wp:author_login></wp:author>\n';
  let buffer = head;
  for (let i = 1; i <= posts; i++) {
    buffer += item(i);
    if (buffer.length >= 65536) {
      const chunk = Buffer.from(buffer);
      bytes += chunk.length;
      yield chunk;
      buffer = '';
    }
  }
  const last = Buffer.from(`${buffer}</channel></rss>\n`);
  bytes += last.length;
  yield last;
}

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(0)} MB`;
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);

const cpuBefore = process.cpuUsage();
const started = performance.now();
let items = 0;
let comments = 0;
let lastItemHtml = '';
for await (const record of parseWxr(generate())) {
  if (record.kind !== 'item') continue;
  items += 1;
  comments += record.comments.length;
  lastItemHtml = record.contentHtml;
}
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
clearInterval(sampler);
peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);

console.log(
  `parseWxr: ${items.toLocaleString('en')} posts + ${comments.toLocaleString('en')} comments, ${mb(bytes)} of XML`,
);
console.log(
  `  ${seconds.toFixed(1)} s → ${Math.round(items / seconds).toLocaleString('en')} items/s, ` +
    `${Math.round((items + comments) / seconds).toLocaleString('en')} records (items + comments)/s, ${(bytes / 1024 / 1024 / seconds).toFixed(1)} MB/s`,
);
console.log(
  `  CPU ${cpuSeconds.toFixed(1)} s → ${Math.round(items / cpuSeconds).toLocaleString('en')} items per CPU-second ` +
    `(wall time suffers when the machine is busy; load average ${os.loadavg()[0]?.toFixed(1)})`,
);
console.log(`  peak RSS ${mb(peakRss)}`);

/** CPU milliseconds (user + system) spent in `run`, which the machine's load does not inflate. */
function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}
// A news-sized post (~3 KB): paragraphs, a captioned image, a list, a link.
const samplePost =
  Array.from({ length: 8 }, (_, i) => paragraph(i)).join('\n\n') +
  '\n\n[caption id="attachment_1" width="640"]<img src="https://example.org/wp-content/uploads/a.jpg" alt="Quay" /> The quay[/caption]' +
  '\n\n<ul>\n<li>One</li>\n<li>Two</li>\n</ul>\n\n' +
  lastItemHtml;
const postMs =
  cpuMs(() => {
    for (let i = 0; i < convertSample; i++) convertContent(samplePost.replace('7:40', `7:${i % 60}`));
  }) / convertSample;
const commentMs =
  cpuMs(() => {
    for (let i = 0; i < convertSample * 10; i++)
      convertContent(`Comment ${i}: thanks!\nSecond line.`, { comment: true });
  }) /
  (convertSample * 10);
console.log(
  `convertContent (CPU time): ${postMs.toFixed(2)} ms per ${samplePost.length}-character post ` +
    `(${Math.round(1000 / postMs)}/s per core, HTML through turndown), ` +
    `${(commentMs * 1000).toFixed(1)} µs per plain-text comment (${Math.round(1000 / commentMs).toLocaleString('en')}/s)`,
);
