// Revisions: a snapshot of an article's editable fields at each save, pruned to the newest N, and
// a line diff between two of them (jsdiff).
import type { FeatureImage } from './article.ts';

/** How many saved revisions each article keeps at least (autosaves are kept apart). */
export const REVISIONS_KEPT = 30;

/** The editable fields besides title and body, stored with each revision. */
export interface RevisionFields {
  slug: string;
  excerpt: string;
  authorId: number;
  language: string;
  tagIds: number[];
  featureImage: FeatureImage | null;
  seoTitle: string | null;
  seoDescription: string | null;
  commentsOpen: boolean;
}

/** One stored revision. */
export interface Revision {
  id: number;
  articleId: number;
  /** The article version this revision saved (autosaves carry the version they started from). */
  articleVersion: number;
  autosave: boolean;
  editorId: number | null;
  editorName: string | null;
  title: string;
  bodyMarkdown: string;
  fields: RevisionFields;
  createdAt: string;
}

/** One line of a diff. */
export interface DiffLine {
  change: 'added' | 'removed' | 'same';
  text: string;
}

/**
 * The lines that differ between two texts, with the unchanged lines between them. The `diff`
 * package is imported on the first comparison (an editor's), not in every worker at start.
 */
export async function diffText(before: string, after: string): Promise<DiffLine[]> {
  const { diffLines } = await import('diff');
  const out: DiffLine[] = [];
  for (const part of diffLines(before, after)) {
    const change = part.added ? 'added' : part.removed ? 'removed' : 'same';
    const lines = part.value.replace(/\n$/, '').split('\n');
    for (const text of lines) out.push({ change, text });
  }
  return out;
}

/** Which revision ids to delete so that only the newest `keep` saved revisions remain. */
export function revisionsToPrune(savedIdsNewestFirst: number[], keep: number = REVISIONS_KEPT): number[] {
  return savedIdsNewestFirst.slice(keep);
}

/** Parses stored revision fields, tolerating older or partial JSON. */
export function parseRevisionFields(json: string, fallback: RevisionFields): RevisionFields {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return fallback;
  }
  if (!raw || typeof raw !== 'object') return fallback;
  return { ...fallback, ...(raw as Partial<RevisionFields>) };
}
