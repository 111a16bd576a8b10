// Streaming WXR parser: bytes in, typed records out, one at a time, in bounded memory.
import { SaxesParser } from 'saxes';
import type { WxrRecord } from './wxr-records.ts';
import { decodeChunks, type WxrSource } from './decode-chunks.ts';
import { WxrParseError } from './wxr-parse-error.ts';
import { NotWxrError, WxrRecordBuilder } from './wxr-record-builder.ts';

/** Errors saxes reports that leave the data readable; they become warning records, not failures. */
const RECOVERABLE = new Map([
  ['undefined entity.', 'undefined entity (an HTML entity outside CDATA?): kept as written'],
  ['disallowed character.', 'a character XML does not allow (a control character?): dropped'],
  ['malformed character entity.', 'a character reference to a character XML does not allow: kept as written'],
]);
const UTF8 = /^utf-?8$/i;

/**
 * Parses a WXR export (1.0–1.2) from a stream of bytes or strings, yielding the site header,
 * authors, terms and items in file order. Throws WxrParseError (with line and column) on
 * malformed or truncated XML; records already yielded stay valid.
 */
export async function* parseWxr(source: WxrSource): AsyncGenerator<WxrRecord> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const builder = new WxrRecordBuilder();
  let failure: WxrParseError | null = null;
  const fail = (reason: string, cause?: unknown): void => {
    failure ??= new WxrParseError(reason, parser.line, Math.max(parser.column, 1), { cause });
  };
  // Every handler guards itself: saxes keeps going after a handler throws, so we record and stop.
  const guard =
    <A extends unknown[]>(fn: (...args: A) => void) =>
    (...args: A): void => {
      if (failure) return;
      try {
        fn(...args);
      } catch (error) {
        fail(error instanceof NotWxrError ? error.message : String(error), error);
      }
    };
  let tagLine = 1;
  const open: string[] = [];
  let lastClosed = '';
  parser.on('error', (error) => {
    const reason = error.message.replace(/^\d+:\d+: /, '');
    const message = RECOVERABLE.get(reason);
    if (message !== undefined) {
      builder.out.push({ kind: 'warning', line: parser.line, column: parser.column, message });
    } else fail(explainSaxError(reason, open, lastClosed), error);
  });
  parser.on(
    'xmldecl',
    guard((decl) => {
      if (decl.encoding && !UTF8.test(decl.encoding))
        fail(`unsupported encoding ${decl.encoding}; expected UTF-8`);
    }),
  );
  parser.on('opentagstart', () => (tagLine = parser.line));
  parser.on(
    'opentag',
    guard((tag) => {
      open.push(tag.name);
      builder.open(tag.name, tag.attributes, tagLine);
    }),
  );
  parser.on(
    'text',
    guard((text) => builder.text(text, false)),
  );
  parser.on(
    'cdata',
    guard((text) => builder.text(text, true)),
  );
  parser.on(
    'closetag',
    guard(() => {
      lastClosed = open.pop() ?? '';
      builder.close();
    }),
  );

  let sawText = false;
  for await (const chunk of decodeChunks(source)) {
    sawText ||= chunk.trim().length > 0;
    parser.write(chunk);
    yield* drain(builder.out, failure);
  }
  if (!sawText) throw new WxrParseError('the file is empty', 1, 1);
  parser.close();
  if (!failure) guard(() => builder.end())();
  yield* drain(builder.out, failure);
}

/** saxes's terse messages, with the element that was open when things went wrong. */
function explainSaxError(reason: string, open: readonly string[], lastClosed: string): string {
  const current = open.at(-1);
  if (reason.startsWith('unclosed tag')) {
    return `the file ends inside <${current ?? '?'}> (${open.length} elements still open): truncated?`;
  }
  if (reason.startsWith('unexpected close tag'))
    return `unexpected close tag: <${lastClosed}> was still open`;
  return reason.replace(/\.$/, '');
}

/** Yields the records finished so far (they are valid even when a later part fails), then the failure. */
function* drain(out: WxrRecord[], failure: WxrParseError | null): Generator<WxrRecord> {
  const ready = out.splice(0, out.length);
  yield* ready;
  if (failure) throw failure;
}
