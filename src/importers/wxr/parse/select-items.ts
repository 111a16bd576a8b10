// A cheap pre-filter for the import's first pass, which only needs attachments and reusable
// blocks: it finds each <item> element by scanning for markup boundaries (CDATA sections,
// comments, processing instructions, quoted attribute values), drops the items that cannot be
// one of those, and passes everything else through unchanged. What comes out is still
// well-formed WXR (whole elements were removed), so parseWxr reads the kept items exactly as it
// would read them in the whole file, at a small fraction of the cost of parsing everything.
import { decodeChunks, type WxrSource } from './decode-chunks.ts';

const MARKERS: Array<[open: string, close: string]> = [
  ['<![CDATA[', ']]>'],
  ['<!--', '-->'],
  ['<?', '?>'],
];

const isNameEnd = (c: string | undefined): boolean =>
  c === '>' || c === '/' || c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** The index just past the '>' that ends the tag starting at `lt`, or -1 if not in `s` yet. */
function tagEnd(s: string, lt: number): number {
  // Quotes are followed from the tag's start, so an unfinished tag is scanned again (tags are short).
  let quote = '';
  for (let i = lt + 1; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return -1;
}

/**
 * The WXR text of `source` with only the items for which `keep(itemText)` is true. Malformed
 * input passes through as well as the scanner can follow it; the caller's parser reports it.
 */
export async function* selectItems(
  source: WxrSource,
  keep: (itemXml: string) => boolean,
): AsyncGenerator<string> {
  let buf = ''; // text not moved out yet; inside an item, buf[0, pos) continues itemParts
  let pos = 0; // everything before pos in buf is handled
  let inItem = false;
  let itemParts: string[] = []; // an item's text from earlier chunks
  let section: string | null = null; // the end marker of the CDATA/comment/PI we are in
  let out = '';
  const handled = (to: number): void => {
    if (!inItem) out += buf.slice(pos, to);
    pos = to;
  };
  for await (const chunk of decodeChunks(source)) {
    buf += chunk;
    for (;;) {
      if (section !== null) {
        const close = buf.indexOf(section, pos);
        if (close === -1) {
          handled(Math.max(pos, buf.length - section.length + 1)); // the marker may be split
          break;
        }
        handled(close + section.length);
        section = null;
        continue;
      }
      const lt = buf.indexOf('<', pos);
      if (lt === -1) {
        handled(buf.length);
        break;
      }
      handled(lt);
      if (buf.length - lt < 10) break; // too short to tell <item from <itemX or a CDATA start
      const marker = MARKERS.find(([open]) => buf.startsWith(open, lt));
      if (marker) {
        section = marker[1];
        handled(lt + marker[0].length);
        continue;
      }
      const end = tagEnd(buf, lt);
      if (end === -1) break;
      if (!inItem && buf.startsWith('<item', lt) && isNameEnd(buf[lt + 5])) {
        if (buf[end - 2] !== '/') {
          // The item's text is itemParts + buf[0, pos) from here on.
          inItem = true;
          itemParts = [buf.slice(lt, end)];
        } // else <item/>: empty, nothing to keep
        buf = buf.slice(end);
        pos = 0;
      } else if (inItem && buf.startsWith('</item', lt) && isNameEnd(buf[lt + 6])) {
        itemParts.push(buf.slice(0, end));
        const item = itemParts.join('');
        itemParts = [];
        inItem = false;
        if (keep(item)) out += item;
        buf = buf.slice(end);
        pos = 0;
      } else handled(end);
    }
    // Keep only what is not handled; an open item's handled text moves to itemParts.
    if (inItem && pos > 0) itemParts.push(buf.slice(0, pos));
    buf = buf.slice(pos);
    pos = 0;
    if (out.length > 0) {
      yield out;
      out = '';
    }
  }
  // The end: a truncated item or section goes through as it is, for the parser to report.
  out += (inItem ? itemParts.join('') : '') + buf;
  if (out.length > 0) yield out;
}
