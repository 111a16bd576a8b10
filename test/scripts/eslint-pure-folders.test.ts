// The ESLint form of the pure-folder rule (eslint.config.js, from layers.json "pure"): a module in
// importers/wxr/parse|convert|export may import its sibling pure folders, kernel/, a feature's
// index.ts, type-only anything, and only the listed packages; everything else is an error.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/requirements.ts';

async function restricted(code: string, file = 'src/importers/wxr/convert/probe.ts'): Promise<string[]> {
  const [result] = await new ESLint({ cwd: repoRoot }).lintText(code, { filePath: `${repoRoot}/${file}` });
  return result!.messages
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => /'([^']+)' import/.exec(m.message)?.[1] ?? m.message);
}

describe('ESLint: pure folders do no I/O', () => {
  it('refuses file system, workers, views, the repositories and unlisted packages', async () => {
    const code = [
      "import { readFileSync } from 'node:fs';",
      "import { Worker } from 'node:worker_threads';",
      "import { renderHome } from '../../../views/index.ts';",
      "import { WxrImportRepo } from '../wxr-import-repo.ts';",
      "import { Kysely } from 'kysely';",
      'export const all = [readFileSync, Worker, renderHome, WxrImportRepo, Kysely];',
    ].join('\n');
    expect(await restricted(code)).toEqual([
      'node:fs',
      'node:worker_threads',
      '../../../views/index.ts',
      '../wxr-import-repo.ts',
      'kysely',
    ]);
  });

  it('allows siblings, kernel/, a feature index, type-only imports and the listed packages', async () => {
    const code = [
      "import { parseWxr } from '../parse/parse-wxr.ts';",
      "import { htmlText } from './html-text.ts';",
      "import { slugify } from '../../../kernel/slug.ts';",
      "import { ArticleKind } from '../../../content/index.ts';",
      "import type { WxrImportRepo } from '../wxr-import-repo.ts';",
      "import TurndownService from 'turndown';",
      "import { createHash } from 'node:crypto';",
      'export const all = [parseWxr, htmlText, slugify, ArticleKind, TurndownService, createHash];',
      'export type R = WxrImportRepo;',
    ].join('\n');
    expect(await restricted(code)).toEqual([]);
  });

  it('leaves the impure rest of the importer alone', async () => {
    expect(
      await restricted(
        "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;",
        'src/importers/wxr/import-wxr.ts',
      ),
    ).toEqual([]);
  });
});
