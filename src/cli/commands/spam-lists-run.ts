// What `silkpress spam lists …` runs (registered in spam-lists.ts, loaded when one runs).
import { openServices } from '../../compose/index.ts';
import type { Config } from '../../config.ts';
import type { SpamFeature } from '../../compose/spam.ts';
import { DuplicateListError, type ListStatus } from '../../spam/lists/list-repo.ts';
import { locationOf, parseListSettings } from '../../spam/lists/list-settings.ts';
import { SPAM_LISTS_CHANGED, type RefreshOutcome } from '../../spam/lists/refresh-lists.ts';

async function withSpam<T>(
  config: () => Promise<Config>,
  work: (
    spam: SpamFeature,
    deps: { changes: { publish(keys: string[]): Promise<void> }; clock: { now(): Date } },
  ) => Promise<T>,
): Promise<T> {
  const services = await openServices(await config());
  try {
    return await work(services.deps.spam!, services.deps);
  } finally {
    await services.close();
  }
}

function outcomeLine(o: RefreshOutcome): string {
  switch (o.status) {
    case 'updated':
      return `${o.name}: loaded ${o.entries} entries${o.skipped ? ` (${o.skipped} malformed lines skipped)` : ''}`;
    case 'unchanged':
      return `${o.name}: unchanged`;
    case 'failed':
      return `${o.name}: FAILED: ${o.error} (the last good copy stays in use)`;
  }
}

/** One list's status, as `spam lists list` prints it. */
export function statusLines(l: ListStatus): string[] {
  const how = `${l.kind} list, ${l.format}${l.format === 'csv' ? ` column ${l.csvColumn}${l.csvHeader ? ' (header)' : ''}` : ''}`;
  const effect = `weight ${l.weight}${l.action === 'hold' ? ', holds for moderation' : ''}`;
  const lines = [
    `${l.name}${l.enabled ? '' : ' [disabled]'}: ${how}; ${effect}; every ${l.refreshMinutes} min`,
    `  from ${l.location}`,
    l.loadedAt
      ? `  ${l.entries} entries${l.skipped ? `, ${l.skipped} malformed lines skipped` : ''}; loaded ${l.loadedAt}; checked ${l.checkedAt ?? '-'}`
      : '  not loaded yet',
  ];
  for (const s of l.skippedLines.slice(0, 3)) lines.push(`  line ${s.line}: ${s.message}: ${s.text}`);
  if (l.lastError) lines.push(`  last refresh FAILED ${l.lastErrorAt}: ${l.lastError}`);
  return lines;
}

/** The flags of `spam lists add`. */
export interface AddFlags {
  kind: string;
  format: string;
  column?: string;
  header?: boolean;
  weight: string;
  action: string;
  refresh: string;
  disabled?: boolean;
}

/** `spam lists add`: the list stored and, when enabled, loaded now. */
export async function addList(
  config: () => Promise<Config>,
  name: string,
  location: string,
  flags: AddFlags,
): Promise<void> {
  const parsed = parseListSettings({
    name,
    kind: flags.kind,
    format: flags.format,
    csvColumn: flags.column ?? null,
    csvHeader: flags.header === true,
    location: locationOf(location),
    weight: flags.weight,
    action: flags.action,
    refreshMinutes: flags.refresh,
    enabled: flags.disabled !== true,
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  await withSpam(config, async (feature, deps) => {
    try {
      await feature.lists.repo.add(parsed.settings, deps.clock.now());
    } catch (err) {
      if (err instanceof DuplicateListError) throw new Error(err.message);
      throw err;
    }
    console.log(`Added list '${name}'.`);
    if (!parsed.settings.enabled) return;
    for (const o of await feature.lists.refresh({ force: true, names: [name] })) console.log(outcomeLine(o));
  });
}

/** `spam lists list`: every list's status. */
export async function listLists(config: () => Promise<Config>): Promise<void> {
  return withSpam(config, async (feature) => {
    const all = await feature.lists.repo.list();
    if (all.length === 0) console.log('No reputation lists. Add one with `silkpress spam lists add`.');
    for (const l of all) console.log(statusLines(l).join('\n'));
  });
}

/** `spam lists remove`: the list removed; running servers hear of it. */
export async function removeList(config: () => Promise<Config>, name: string): Promise<void> {
  return withSpam(config, async (feature, { changes }) => {
    if (!(await feature.lists.repo.remove(name))) throw new Error(`no list named '${name}'`);
    await changes.publish([SPAM_LISTS_CHANGED]);
    console.log(`Removed list '${name}'.`);
  });
}

/** `spam lists enable|disable`: the list switched on or off; running servers hear of it. */
export async function setListEnabled(
  config: () => Promise<Config>,
  name: string,
  enabled: boolean,
): Promise<void> {
  return withSpam(config, async (feature, { changes }) => {
    if (!(await feature.lists.repo.setEnabled(name, enabled))) throw new Error(`no list named '${name}'`);
    await changes.publish([SPAM_LISTS_CHANGED]);
    console.log(`List '${name}' ${enabled ? 'enabled' : 'disabled'}.`);
  });
}

/** `spam lists refresh`: lists read again now, whatever their interval. */
export async function refreshLists(config: () => Promise<Config>, names: string[]): Promise<void> {
  return withSpam(config, async (feature) => {
    const known = new Set((await feature.lists.repo.list()).map((l) => l.name));
    const unknown = names.filter((n) => !known.has(n));
    if (unknown.length) throw new Error(`no list named ${unknown.map((n) => `'${n}'`).join(', ')}`);
    const outcomes = await feature.lists.refresh({ force: true, ...(names.length ? { names } : {}) });
    if (outcomes.length === 0) console.log('No enabled lists to refresh.');
    for (const o of outcomes) console.log(outcomeLine(o));
    if (outcomes.some((o) => o.status === 'failed')) process.exitCode = 1;
  });
}
