// What `silkpress settings comments show|set` runs (registered in settings.ts, loaded when one runs).
import type { Config } from '../../config.ts';
import { openServices } from '../../compose/index.ts';
import {
  COMMENT_SETTING_KEYS,
  COMMENT_SETTING_NAMES,
  applyAssignments,
  commentModerationOf,
  commentSettingsText,
  type CommentSettingsText,
  updateCommentSettings,
} from '../../settings/comment-moderation-settings.ts';
import { parseSettings } from '../../settings/site-settings.ts';
import type { SettingProblem } from '../../settings/setting-problem.ts';
import { adminTranslatorFor, SOURCE_LOCALE } from '../../i18n/index.ts';
import { settingProblemText } from '../../views/admin/problem-text.ts';

/** Who the audit log names for a change made here. */
export const CLI_ACTOR = { id: null, name: 'silkpress CLI', ip: '' } as const;

/** A problem in English; a yes/no setting is typed here as true or false, not ticked. */
function cliProblemText(problem: SettingProblem): string {
  if (problem.problem === 'trueFalse') return 'Enter true or false.';
  return settingProblemText(adminTranslatorFor(SOURCE_LOCALE), problem);
}

/** One `name=value` line per setting; word lists comma-separated, as `set` takes them. */
function formatSettings(text: CommentSettingsText): string {
  return COMMENT_SETTING_NAMES.map((name) => `${name}=${text[name].split('\n').join(',')}`).join('\n');
}

/** `settings comments show`: every comment setting as name=value. */
export async function showCommentSettings(config: () => Promise<Config>): Promise<void> {
  const services = await openServices(await config());
  try {
    const stored = commentModerationOf(parseSettings(await services.deps.settings.readAll()));
    console.log(formatSettings(commentSettingsText(stored)));
    const override = services.deps.comments.floodSecondsOverride;
    if (override !== null)
      console.log(`# COMMENT_FLOOD_SECONDS=${override} in the environment wins over floodSeconds.`);
  } finally {
    await services.close();
  }
}

/** `settings comments set name=value…`: checked and audited as on the admin page. */
export async function setCommentSettings(
  config: () => Promise<Config>,
  assignments: string[],
): Promise<void> {
  const services = await openServices(await config());
  try {
    const deps = services.deps;
    const before = commentModerationOf(parseSettings(await deps.settings.readAll()));
    const applied = applyAssignments(commentSettingsText(before), assignments);
    if (!applied.ok) throw new Error(applied.errors.join('\n'));
    const result = await updateCommentSettings(
      {
        settings: deps.settings,
        changes: deps.changes,
        audit: deps.accounts.audit,
        now: () => deps.clock.now(),
      },
      CLI_ACTOR,
      before,
      applied.text,
    );
    if (!result.ok) {
      const lines = Object.entries(result.problems).map(
        ([name, problem]) => `${name}: ${cliProblemText(problem!)}`,
      );
      throw new Error(lines.join('\n'));
    }
    const changed = COMMENT_SETTING_NAMES.filter((n) => result.changed.includes(COMMENT_SETTING_KEYS[n]));
    console.log(changed.length === 0 ? 'Nothing changed.' : `Changed: ${changed.join(', ')}.`);
  } finally {
    await services.close();
  }
}
