// Collects what an import did into the report the CLI prints and the admin shows. Lists are
// capped so a million-item import keeps a bounded report.
import type { BatchOutcome } from './import-batch.ts';
import type { ImportReport, KindCounts } from './import-types.ts';

const MAX_LISTED = 1000;

type Kind = keyof ImportReport['counts'];

/** Builds an ImportReport step by step. */
export class ReportBuilder {
  private readonly counts: Record<Kind, KindCounts>;
  private readonly failures: ImportReport['failures'] = [];
  private readonly warnings: ImportReport['warnings'] = [];
  private readonly shortcodes = new Map<string, number>();
  private readonly attachments: ImportReport['attachments'] = [];
  private readonly others = new Map<string, number>();
  private readonly notes: string[] = [];
  private omittedWarnings = 0;
  private omittedFailures = 0;
  mediaImported = false;
  spamTraining: ImportReport['spamTraining'] = null;
  fatal: ImportReport['fatal'] = null;
  seconds = 0;

  constructor(private readonly dryRun: boolean) {
    const zero = (): KindCounts => ({ imported: 0, skipped: 0, failed: 0 });
    this.counts = {
      authors: zero(),
      tags: zero(),
      posts: zero(),
      pages: zero(),
      comments: zero(),
      attachments: zero(),
      redirects: zero(),
    };
  }

  /** Counts one record of `kind`. */
  count(kind: Kind, what: keyof KindCounts, n = 1): void {
    this.counts[kind][what] += n;
  }

  /** Adds a warning (line 0: not tied to a line). */
  warn(line: number, message: string): void {
    if (this.warnings.length < MAX_LISTED) this.warnings.push({ line, message });
    else this.omittedWarnings++;
  }

  /** Adds a note for the operator. */
  note(message: string): void {
    this.notes.push(message);
  }

  /** Lists an attachment. */
  attachment(url: string, imported: boolean): void {
    this.count('attachments', imported ? 'imported' : 'skipped');
    if (this.attachments.length < MAX_LISTED) this.attachments.push({ url, imported });
  }

  /** Counts an item of a post type Silkpress has no place for (menus, custom types…). */
  otherType(postType: string): void {
    this.others.set(postType, (this.others.get(postType) ?? 0) + 1);
  }

  /** Adds a committed batch. */
  merge(o: BatchOutcome): void {
    this.count('posts', 'imported', o.imported.post);
    this.count('pages', 'imported', o.imported.page);
    this.count('comments', 'imported', o.imported.comment);
    this.count('redirects', 'imported', o.imported.redirect);
    this.count('posts', 'skipped', o.skipped.post);
    this.count('pages', 'skipped', o.skipped.page);
    this.count('comments', 'skipped', o.skipped.comment);
    for (const f of o.failures) {
      const kind: Kind = f.kind === 'page' ? 'pages' : f.kind === 'comment' ? 'comments' : 'posts';
      this.count(kind, 'failed');
      if (this.failures.length < MAX_LISTED) this.failures.push(f);
      else this.omittedFailures++;
    }
    for (const w of o.warnings) this.warn(w.line, w.message);
    for (const name of o.unknownShortcodes) this.shortcodes.set(name, (this.shortcodes.get(name) ?? 0) + 1);
  }

  /** True when the run wrote something (so cached pages must be purged). */
  anythingImported(): boolean {
    // Redirects are re-asserted on every run; they alone change no page.
    const { redirects: _redirects, ...content } = this.counts;
    return Object.values(content).some((c) => c.imported > 0);
  }

  /** The finished report. */
  build(items: number): ImportReport {
    const notes = [...this.notes];
    for (const [type, n] of this.others)
      notes.push(`${n} item(s) of type "${type}" skipped: Silkpress has no equivalent.`);
    if (!this.mediaImported && this.counts.attachments.skipped > 0) {
      notes.push(
        "Media files were not imported (no --media DIR): links to the old site's uploads were kept as they are.",
      );
    }
    if (this.omittedWarnings > 0) notes.push(`${this.omittedWarnings} more warning(s) not listed.`);
    if (this.omittedFailures > 0) notes.push(`${this.omittedFailures} more failure(s) not listed.`);
    return {
      dryRun: this.dryRun,
      counts: this.counts,
      failures: this.failures,
      warnings: this.warnings,
      unknownShortcodes: Object.fromEntries(this.shortcodes),
      attachments: this.attachments,
      mediaImported: this.mediaImported,
      notes,
      spamTraining: this.spamTraining,
      fatal: this.fatal,
      items,
      seconds: this.seconds,
    };
  }
}
