// The operator's settings of one reputation list, checked where they enter (CLI, admin form):
// every problem is named, nothing half-valid is stored.
import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_LIST_WEIGHT } from './explain.ts';
import { DEFAULT_REFRESH_MINUTES } from './list-defaults.ts';
import type { ListSettings } from './list-repo.ts';
import { LIST_FORMATS, LIST_KINDS } from './parse.ts';

/** The shortest refresh interval allowed: public lists ask their users not to poll faster. */
export const MIN_REFRESH_MINUTES = 5;

const Schema = z
  .object({
    name: z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/i, 'letters, digits, dot, dash or underscore (at most 64)'),
    kind: z.enum(LIST_KINDS as [string, ...string[]]),
    format: z.enum(LIST_FORMATS as [string, ...string[]]).default('lines'),
    csvColumn: z.string().trim().min(1).nullish(),
    csvHeader: z.boolean().default(false),
    location: z
      .string()
      .trim()
      .min(1, 'a file path or an http(s) URL')
      .refine(
        (l) => /^https?:\/\/[^/]/i.test(l) || !/^[a-z][a-z0-9+.-]*:/i.test(l),
        'only http(s) URLs and file paths',
      ),
    weight: z.coerce.number().min(-10).max(10).default(DEFAULT_LIST_WEIGHT),
    action: z.enum(['score', 'hold']).default('hold'),
    refreshMinutes: z.coerce
      .number()
      .int()
      .min(MIN_REFRESH_MINUTES, `at least ${MIN_REFRESH_MINUTES} minutes`)
      .max(40_320, 'at most four weeks')
      .default(DEFAULT_REFRESH_MINUTES),
    enabled: z.boolean().default(true),
  })
  .superRefine((s, ctx) => {
    if (s.format === 'hosts' && s.kind !== 'domain')
      ctx.addIssue({
        code: 'custom',
        path: ['format'],
        message: 'hosts files hold domains: use --kind domain',
      });
    if (s.format !== 'csv' && s.csvColumn)
      ctx.addIssue({ code: 'custom', path: ['csvColumn'], message: 'a column is for the csv format only' });
    if (s.action === 'hold' && s.weight < 0)
      ctx.addIssue({
        code: 'custom',
        path: ['action'],
        message: 'a list with a negative weight cannot hold comments',
      });
  });

/** A location as stored: a URL (or anything with a scheme, for the check to refuse) as given, a
 * relative file path made absolute against `cwd` (the server may run elsewhere). */
export function locationOf(text: string, cwd = process.cwd()): string {
  const t = text.trim();
  return t === '' || /^[a-z][a-z0-9+.-]*:/i.test(t) || isAbsolute(t) ? t : resolve(cwd, t);
}

/** Checks raw settings: the settings, or one message per problem ("weight: …") and the fields
 * at fault (`weight`, `location`…, for a form to word in its own language). */
export function parseListSettings(
  raw: unknown,
): { ok: true; settings: ListSettings } | { ok: false; errors: string[]; fields: string[] } {
  const r = Schema.safeParse(raw);
  if (!r.success)
    return {
      ok: false,
      errors: r.error.issues.map((i) => `${i.path.join('.') || 'list'}: ${i.message}`),
      fields: [...new Set(r.error.issues.map((i) => String(i.path[0] ?? 'list')))],
    };
  const s = r.data;
  return {
    ok: true,
    settings: {
      name: s.name,
      kind: s.kind as ListSettings['kind'],
      format: s.format as ListSettings['format'],
      csvColumn: s.format === 'csv' ? (s.csvColumn ?? '1') : null,
      csvHeader: s.format === 'csv' && (s.csvHeader || !/^\d+$/.test(s.csvColumn ?? '1')),
      location: s.location,
      weight: s.weight,
      action: s.action,
      refreshMinutes: s.refreshMinutes,
      enabled: s.enabled,
    },
  };
}
