// Linking articles as translations of one story, and unlinking them: the editor's use cases.
// Each checks that the editor may edit every article whose group changes, records the action in
// the audit log like the editor's other actions, and announces exactly the pages that list the
// group's translations (each member's article page, and the sitemap through them).
import { randomUUID } from 'node:crypto';
import { type Actor, canOnArticle } from '../users/index.ts';
import { changeKey } from './change-keys.ts';
import { EditorialError } from './editorial-error.ts';
import type { EditorialAuditEntry } from './publishing.ts';
import { planLink, planUnlink, type LinkRefusal, type TranslationMember } from './translation.ts';
import type { TranslationRepo } from './translation-repo.ts';

/** What linking and unlinking need. */
export interface TranslationDeps {
  translations: Pick<TranslationRepo, 'groupOf' | 'assign'>;
  changes: { publish(keys: string[]): Promise<void> };
  audit(entry: EditorialAuditEntry): Promise<void>;
  /** A fresh group key for two articles that had none (random by default). */
  newGroupKey?: () => string;
}

const access = (m: TranslationMember) => ({ kind: m.kind, authorId: m.authorId, status: m.status });

async function load(deps: TranslationDeps, id: number) {
  const found = await deps.translations.groupOf(id);
  if (!found) throw new EditorialError('NOT_FOUND', 'That article no longer exists.');
  return found;
}

function requireEdit(actor: Actor, members: TranslationMember[]): void {
  for (const m of members) {
    if (!canOnArticle(actor, 'edit', access(m)))
      throw new EditorialError(
        'FORBIDDEN',
        `Your role does not allow you to edit “${m.title}”, so you cannot change its translations.`,
      );
  }
}

function refusal(r: LinkRefusal, kind: string): EditorialError {
  const message =
    r.reason === 'same-article'
      ? `A ${kind} cannot be its own translation.`
      : r.reason === 'other-kind'
        ? 'Posts are translations of posts, and pages of pages.'
        : r.reason === 'same-language'
          ? `Both are in ${r.language}: a translation is in another language.`
          : `These translations already have an article in ${r.language} (“${r.takenBy.title}”). Unlink it first.`;
  const values: Record<string, string> = { kind };
  if (r.reason === 'same-language' || r.reason === 'language-taken') values.language = r.language;
  if (r.reason === 'language-taken') values.title = r.takenBy.title;
  return new EditorialError('VALIDATION_FAILED', message, 'translation', {
    code: `translation-${r.reason}`,
    values,
  });
}

const groupKeys = (...groups: TranslationMember[][]) => [
  ...new Set(groups.flat().map((m) => changeKey.translations(m.id))),
];

/** Links `otherId` (and its own translations) with `articleId` as translations of one story. */
export async function linkTranslation(
  deps: TranslationDeps,
  actor: Actor,
  input: { articleId: number; otherId: number },
): Promise<{ group: string }> {
  const mine = await load(deps, input.articleId);
  const theirs = await load(deps, input.otherId);
  requireEdit(actor, [mine.article, theirs.article]);
  const plan = planLink(mine.article, mine.group, theirs.article, theirs.group);
  if (!plan.ok) throw refusal(plan, mine.article.kind);
  requireEdit(
    actor,
    [...mine.group, ...theirs.group].filter((m) => plan.move.includes(m.id)),
  );
  const group = plan.group ?? `silkpress:${(deps.newGroupKey ?? randomUUID)()}`;
  if (plan.already) return { group };
  const seen = new Map([...mine.group, ...theirs.group].map((m) => [m.id, m.group] as const));
  await deps.translations.assign(plan.move, group, seen);
  await deps.audit({
    action: `${mine.article.kind}.translation-link`,
    articleId: mine.article.id,
    details: {
      translationId: theirs.article.id,
      title: theirs.article.title,
      language: theirs.article.language,
      group,
    },
  });
  await deps.changes.publish(groupKeys(mine.group, theirs.group));
  return { group };
}

/**
 * Takes `leavingId` out of the translations of `articleId` (itself, to leave its group). The last
 * article left behind leaves too: a group of one links nothing.
 */
export async function unlinkTranslation(
  deps: TranslationDeps,
  actor: Actor,
  input: { articleId: number; leavingId: number },
): Promise<void> {
  const { article, group } = await load(deps, input.articleId);
  const leaving = group.find((m) => m.id === input.leavingId);
  const clear = leaving && article.group !== null ? planUnlink(leaving, group) : null;
  if (!leaving || !clear)
    throw new EditorialError('NOT_FOUND', 'That article is not a translation of this one (any more).');
  requireEdit(actor, [article, leaving]);
  await deps.translations.assign(clear, null, new Map(group.map((m) => [m.id, m.group] as const)));
  await deps.audit({
    action: `${article.kind}.translation-unlink`,
    articleId: article.id,
    details: { translationId: leaving.id, title: leaving.title, language: leaving.language },
  });
  await deps.changes.publish(groupKeys(group));
}
