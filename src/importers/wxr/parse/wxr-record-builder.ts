// A state machine fed by SAX events; it collects the fields of the record being read and pushes
// each finished record to `out`. It holds at most one item (with its comments) at a time.
import { cleanText } from '../../../kernel/clean-text.ts';
import type { WxrComment, WxrItemCategory, WxrRecord } from './wxr-records.ts';
import { buildAuthor, buildComment, buildItem, buildSite, buildTerm } from './wxr-build-records.ts';
import { setOwn } from './wxr-values.ts';

type FrameKind = 'channel' | 'author' | 'term' | 'item' | 'postmeta' | 'comment' | 'commentmeta';

interface Frame {
  kind: FrameKind;
  element: string;
  depth: number;
  line: number;
  fields: Map<string, string>;
}

interface Capture {
  name: string;
  depth: number;
  parts: string[];
  cdata: boolean[];
  attributes: Record<string, string>;
}

const CHANNEL_RECORDS: Record<string, FrameKind> = {
  'wp:author': 'author',
  'wp:category': 'term',
  'wp:tag': 'term',
  'wp:term': 'term',
  item: 'item',
};
const NESTED: Record<string, Partial<Record<string, FrameKind>>> = {
  item: { 'wp:postmeta': 'postmeta', 'wp:comment': 'comment' },
  comment: { 'wp:commentmeta': 'commentmeta' },
};

/** Thrown by the builder when the document is well-formed XML but not a WXR export. */
export class NotWxrError extends Error {}

/** Turns SAX events into WXR records. */
export class WxrRecordBuilder {
  readonly out: WxrRecord[] = [];
  private depth = 0;
  private frames: Frame[] = [];
  private capture: Capture | null = null;
  private siteSent = false;
  private sawChannel = false;
  private categories: WxrItemCategory[] = [];
  private meta: Record<string, string> = {};
  private comments: WxrComment[] = [];
  private commentMeta: Record<string, string> = {};

  /** An element opened at `line`. */
  open(name: string, attributes: Record<string, string>, line: number): void {
    this.depth += 1;
    if (this.depth === 1 && name !== 'rss')
      throw new NotWxrError(`root element is <${name}>, expected <rss>`);
    if (this.capture) return;
    const top = this.frames.at(-1);
    if (this.depth === 2 && name === 'channel') {
      this.sawChannel = true;
      this.frames.push(this.frame('channel', name, line));
    } else if (top && this.depth === top.depth + 1) {
      const kind = top.kind === 'channel' ? CHANNEL_RECORDS[name] : NESTED[top.kind]?.[name];
      if (kind) {
        if (top.kind === 'channel') this.sendSite();
        this.frames.push(this.frame(kind, name, line));
      } else {
        this.capture = { name, depth: this.depth, parts: [], cdata: [], attributes };
      }
    }
  }

  /** Character data (`cdata` true for a CDATA section). */
  text(text: string, cdata: boolean): void {
    if (!this.capture) return;
    this.capture.parts.push(text);
    this.capture.cdata.push(cdata);
  }

  /** An element closed. */
  close(): void {
    const capture = this.capture;
    if (capture && capture.depth === this.depth) {
      this.capture = null;
      this.finishField(capture);
    } else {
      const top = this.frames.at(-1);
      if (top && top.depth === this.depth) {
        this.frames.pop();
        this.finishFrame(top);
      }
    }
    this.depth -= 1;
  }

  /** The document ended well-formed; checks it was a WXR export at all. */
  end(): void {
    if (!this.sawChannel) throw new NotWxrError('no <channel> element: this is not a WXR export');
  }

  private frame(kind: FrameKind, element: string, line: number): Frame {
    return { kind, element, depth: this.depth, line, fields: new Map() };
  }

  private sendSite(): void {
    const channel = this.frames[0];
    if (this.siteSent || !channel) return;
    this.siteSent = true;
    this.out.push(buildSite(channel.fields, channel.line));
  }

  private finishField(c: Capture): void {
    const keepWhitespace = c.parts.length < 2 || !c.cdata.includes(true);
    // Characters XML forbids (which saxes reports and lets through) are dropped from every value.
    const value = cleanText(
      c.parts.length === 1
        ? (c.parts[0] ?? '')
        : c.parts.filter((p, i) => keepWhitespace || c.cdata[i] || p.trim() !== '').join(''),
    );
    const top = this.frames.at(-1);
    if (top?.kind === 'item' && c.name === 'category') {
      const domain = cleanText(c.attributes.domain ?? '');
      const nicename = cleanText(c.attributes.nicename ?? '');
      // WXR 1.0 calls the tag taxonomy 'tag'; later versions use its real name.
      this.categories.push({ domain: domain === 'tag' ? 'post_tag' : domain, nicename, name: value });
    } else {
      top?.fields.set(c.name, value);
    }
  }

  private finishFrame(frame: Frame): void {
    const f = frame.fields;
    switch (frame.kind) {
      case 'channel':
        return this.sendSite();
      case 'author':
        return void this.out.push(buildAuthor(f, frame.line));
      case 'term':
        return void this.out.push(buildTerm(frame.element, f, frame.line));
      case 'postmeta':
        return setOwn(this.meta, f.get('wp:meta_key') ?? '', f.get('wp:meta_value') ?? '');
      case 'commentmeta':
        return setOwn(this.commentMeta, f.get('wp:meta_key') ?? '', f.get('wp:meta_value') ?? '');
      case 'comment':
        this.comments.push(buildComment(f, this.commentMeta, frame.line));
        this.commentMeta = {};
        return;
      case 'item': {
        const parts = { categories: this.categories, meta: this.meta, comments: this.comments };
        this.out.push(buildItem(f, parts, frame.line));
        this.categories = [];
        this.meta = {};
        this.comments = [];
        return;
      }
    }
  }
}
