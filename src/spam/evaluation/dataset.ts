// Labelled comment data sets from CSV text (RFC 4180) or tab-separated text, for training and
// evaluation. Parsing only: the CLI reads the files.
import { parse } from 'csv-parse/sync';
import type { CommentInput } from '../analyze.ts';
import type { TrainingExample } from '../classifier/train.ts';

/** How to read a data set. */
export interface DatasetOptions {
  /** Column holding the comment text (default: the first of content, CONTENT, text, comment). */
  contentColumn?: string;
  /** Column holding the label (default: the first of label, CLASS, class, spam). */
  labelColumn?: string;
  /** 'csv' (RFC 4180, default) or 'tsv' (tab-separated, no quoting). */
  format?: 'csv' | 'tsv';
  /** Column names for files without a header row (e.g. ['label', 'content']). */
  columns?: string[];
}

/** A labelled example with its row number (1-based data row) for reports and splits. */
export interface DatasetRow extends TrainingExample {
  row: number;
  /** Every column of the row, for callers that split by another column. */
  record: Record<string, string>;
}

const OPTIONAL: Record<string, keyof CommentInput> = {
  author: 'author',
  email: 'email',
  url: 'url',
  ip: 'ip',
  user_agent: 'userAgent',
};

/** Reads a label: spam/ham, 1/0, true/false, yes/no (any case); null when unknown. */
export function parseLabel(value: string): boolean | null {
  const v = value.trim().toLowerCase();
  if (v === 'spam' || v === '1' || v === 'true' || v === 'yes') return true;
  if (v === 'ham' || v === '0' || v === 'false' || v === 'no' || v === 'not spam') return false;
  return null;
}

function pick(header: string[], wanted: string | undefined, fallbacks: string[], what: string): string {
  if (wanted !== undefined) {
    if (!header.includes(wanted))
      throw new RangeError(`no ${what} column "${wanted}" (columns: ${header.join(', ')})`);
    return wanted;
  }
  const found = fallbacks.find((name) => header.includes(name));
  if (found === undefined)
    throw new RangeError(`no ${what} column (columns: ${header.join(', ')}); name it with the option`);
  return found;
}

function lookup(record: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(record).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : record[key];
}

/** Parses a labelled data set; throws a RangeError naming the row of any bad label. */
export function parseDataset(text: string, options: DatasetOptions = {}): DatasetRow[] {
  const tsv = options.format === 'tsv';
  const records = parse(text, {
    columns: options.columns ?? true,
    delimiter: tsv ? '\t' : ',',
    quote: tsv ? false : '"',
    bom: true,
    skip_empty_lines: true,
    relax_column_count: tsv,
  }) as Record<string, string>[];
  if (records.length === 0) return [];
  const header = Object.keys(records[0] ?? {});
  const content = pick(
    header,
    options.contentColumn,
    ['content', 'CONTENT', 'text', 'comment', 'comment_content'],
    'content',
  );
  const label = pick(header, options.labelColumn, ['label', 'CLASS', 'class', 'spam', 'is_spam'], 'label');
  return records.map((record, i) => {
    const spam = parseLabel(record[label] ?? '');
    if (spam === null)
      throw new RangeError(`row ${i + 1}: label "${record[label] ?? ''}" is not spam/ham/1/0`);
    const input: CommentInput = { content: record[content] ?? '' };
    for (const [column, field] of Object.entries(OPTIONAL)) {
      const value = lookup(record, column);
      if (value) (input as unknown as Record<string, string>)[field] = value;
    }
    const article = lookup(record, 'article');
    if (article) input.article = { text: article };
    return { input, spam, row: i + 1, record };
  });
}

/** Drops rows whose normalised-whitespace text was seen before (keeps the first). */
export function dedupeRows<T extends TrainingExample>(rows: readonly T[]): T[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = r.input.content.trim().replace(/\s+/g, ' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Splits a data set by a split index (the TubeSpam `tubespam-split-2015.csv` layout: columns
 * DATASET, ROW_INDEX (0-based data row), SPLIT = train|test) for one dataset name.
 */
export function splitByIndex<T extends { row: number }>(
  rows: readonly T[],
  splitCsv: string,
  dataset: string,
): { train: T[]; test: T[] } {
  const index = parse(splitCsv, { columns: true, bom: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  const part = new Map<number, string>();
  for (const r of index) if (r.DATASET === dataset) part.set(Number(r.ROW_INDEX), r.SPLIT ?? '');
  if (part.size === 0) throw new RangeError(`split index has no rows for dataset "${dataset}"`);
  return {
    train: rows.filter((r) => part.get(r.row - 1) === 'train'),
    test: rows.filter((r) => part.get(r.row - 1) === 'test'),
  };
}

/** Splits plain text into messages separated by blank lines (one label for the whole file). */
export function parseBlankLineSeparated(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((m) => m.trim())
    .filter((m) => m !== '');
}

/**
 * Reads a comment corpus file (src/spam/news-ham/*.txt): a header of lines starting with "# "
 * up to the first blank line, then one comment per block, blocks separated by blank lines.
 * Without such a header the whole text is comments.
 */
export function parseCommentCorpus(text: string): string[] {
  const normalised = text.replace(/\r\n?/g, '\n');
  const firstBlank = normalised.search(/\n\s*\n/);
  const head = firstBlank < 0 ? normalised : normalised.slice(0, firstBlank);
  const isHeader = head.split('\n').every((line) => line.startsWith('# ') || line === '#');
  return parseBlankLineSeparated(isHeader ? normalised.slice(head.length) : normalised);
}
