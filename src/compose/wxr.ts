// Composition of the WordPress import and export for the CLI and the admin: files, media and
// repositories wired around the pure import/export steps of src/importers/wxr. What it builds,
// WxrServices, is declared by the importer (importers/wxr/wxr-services.ts), so the HTTP surface
// that uses it never imports the composition.
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import type { Kysely } from 'kysely';
import type { Dialect } from '../db/dialect.ts';
import type { Database } from '../db/schema.ts';
import type { EditorialDeps } from '../content/editorial-deps.ts';
import type { MarkdownRenderer } from '../content/markdown.ts';
import type { WxrServices } from '../importers/wxr/wxr-services.ts';
import type { Clock } from '../kernel/clock.ts';
import type { SettingsRepo } from '../settings/settings-repo.ts';
import { parseSettings } from '../settings/site-settings.ts';
import { storeUpload } from '../media/upload.ts';
import { createCommentTextRenderer } from '../comments/comment-text.ts';

/** The path of an uploads URL below wp-content/uploads, or null (refuses `..`). */
export function uploadsRelativePath(url: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  const at = path.indexOf('/wp-content/uploads/');
  if (at === -1) return null;
  const rel = normalize(path.slice(at + '/wp-content/uploads/'.length));
  return rel.startsWith('..') || rel.startsWith(sep) ? null : rel;
}

/** What the WXR services use of the other features. */
export interface WxrWiringDeps {
  markdown: MarkdownRenderer;
  changes: { publish(keys: string[]): Promise<void> };
  clock: Clock;
  settings: Pick<SettingsRepo, 'readAll'>;
  siteUrl: string;
  /** The media library attachments are imported into; none: attachments keep their old links. */
  editorial?: Pick<EditorialDeps, 'media' | 'mediaStore'>;
}

/** Builds the WXR services over an open database and the app dependencies. */
export function createWxrServices(opts: {
  db: Kysely<Database>;
  dialect: Dialect;
  deps: WxrWiringDeps;
}): WxrServices {
  const { db, dialect, deps } = opts;
  const now = () => deps.clock.now();
  const importMedia = (uploadsDir: string) => async (url: string, alt: string) => {
    const rel = uploadsRelativePath(url);
    if (rel === null || !deps.editorial) return null;
    try {
      const data = await readFile(join(uploadsDir, rel));
      const item = await storeUpload(
        { media: deps.editorial.media, store: deps.editorial.mediaStore, now },
        { data, fileName: rel.split(sep).pop() ?? rel, alt, uploadedBy: null },
      );
      return item.src;
    } catch {
      // Missing file or not an image the media library takes: the old link is kept.
      return null;
    }
  };
  // The importer and exporter (XML parser, HTML converter, turndown: ~15 MB) are loaded when an
  // import or export starts, not in every server process that may never run one.
  return {
    async importFile(file, request = {}) {
      const [{ importWxr }, { WxrImportRepo }] = await Promise.all([
        import('../importers/wxr/import-wxr.ts'),
        import('../importers/wxr/wxr-import-repo.ts'),
      ]);
      const open = () => {
        const stream = createReadStream(file);
        return request.wrapStream ? request.wrapStream(stream) : stream;
      };
      return importWxr(
        {
          store: new WxrImportRepo(db, dialect),
          now,
          changes: deps.changes,
          ...(request.mediaDir ? { importMedia: importMedia(request.mediaDir) } : {}),
        },
        {
          open,
          dryRun: request.dryRun ?? false,
          ...(request.authors ? { authors: request.authors } : {}),
          trainSpam: request.trainSpam ?? false,
          ...(request.workers !== undefined ? { workers: request.workers } : {}),
          ...(request.onProgress ? { onProgress: request.onProgress } : {}),
        },
      );
    },
    async *exportChunks() {
      const [{ exportWxr }, { WxrExportRepo }] = await Promise.all([
        import('../importers/wxr/export-wxr.ts'),
        import('../importers/wxr/wxr-export-repo.ts'),
      ]);
      const settings = parseSettings(await deps.settings.readAll());
      yield* exportWxr({
        store: new WxrExportRepo(db),
        markdown: deps.markdown,
        commentText: createCommentTextRenderer(0),
        now,
        site: {
          title: settings.title,
          url: deps.siteUrl,
          description: settings.description || settings.tagline,
          language: settings.language,
        },
      });
    },
  };
}
