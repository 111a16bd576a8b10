// WordPress 6.3+ footnotes: the text holds `<sup data-fn="ID">`, the notes live in the post meta
// `footnotes` as JSON [{ id, content }]. They become Markdown footnotes [^1] … [^1]: note.
import { z } from 'zod';

const FootnotesMeta = z.array(z.object({ id: z.string(), content: z.string() }));

/** Numbers footnotes in order of first reference and remembers their note HTML. */
export class FootnoteNumbering {
  private readonly notes = new Map<string, string>();
  private readonly order: string[] = [];

  /** Reads the `footnotes` meta; returns a warning when it is present but unreadable. */
  constructor(metaJson: string | undefined, warn: (w: string) => void) {
    if (metaJson === undefined || metaJson.trim() === '') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(metaJson);
    } catch {
      parsed = null;
    }
    const result = FootnotesMeta.safeParse(parsed);
    if (result.success) for (const note of result.data) this.notes.set(note.id, note.content);
    else warn('the footnotes meta is not valid JSON of [{id, content}]: notes left out');
  }

  /** The number for a reference, or null when the note is unknown. */
  refer(id: string): number | null {
    if (!this.notes.has(id)) return null;
    const at = this.order.indexOf(id);
    if (at >= 0) return at + 1;
    return this.order.push(id);
  }

  /** Definitions `[^n]: …` for every referenced note, converted by `toMarkdown`. */
  definitions(toMarkdown: (html: string) => string): string {
    return this.order
      .map((id, i) => {
        const body = toMarkdown(this.notes.get(id) ?? '').replace(/\n/g, '\n    ');
        return `[^${i + 1}]: ${body}`;
      })
      .join('\n');
  }
}
