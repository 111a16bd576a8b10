// What the console's decision routes share: reading form fields, taking many moderation
// decisions (and undoing them) with an audit entry each, and answering either the console's
// script (JSON: what changed, with undo tokens) or a browser without it (a flash with an Undo
// button, then back to the list).
import type { AdminT } from '../../../views/admin/types.ts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CommentStatus } from '../../../comments/comment.ts';
import { moderateComment } from '../../../comments/moderate-comment.ts';
import type { ModerationAction } from '../../../comments/moderation.ts';
import { type DecisionToUndo, undoModeration, undoToken } from '../../../comments/undo-moderation.ts';
import type { CommentsFeature } from '../../../compose/comments.ts';
import { commentUseCaseDeps } from '../../shared/comment-deps.ts';
import { wantsJson } from '../../shared/wants-json.ts';
import type { AdminDeps } from '../context.ts';
import { currentUser } from '../guards.ts';
import { redirectAfterPost, setFlash } from '../render.ts';

/** At most this many comments change in one request. */
export const MAX_DECISIONS = 200;

/** One form field as a string ('' when absent; the first of repeated values). */
export const formValue = (body: unknown, name: string): string => {
  const v = (body as Record<string, unknown> | null)?.[name];
  return typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '';
};

/** Every value of a repeated form field. */
export const formValues = (body: unknown, name: string): string[] => {
  const v = (body as Record<string, unknown> | null)?.[name];
  return typeof v === 'string'
    ? [v]
    : Array.isArray(v)
      ? v.filter((x): x is string => typeof x === 'string')
      : [];
};

/** A console URL to come back to (anything else: the console). */
export const safeBack = (value: string): string =>
  /^\/admin\/comments(?:[/?#]|$)/.test(value) ? value : '/admin/comments';

/** A decision that took effect, with the token that undoes it. */
export interface Decision {
  id: number;
  from: CommentStatus;
  to: CommentStatus | 'deleted';
  /** Absent for permanent deletion, which cannot be undone. */
  undo?: string;
}

/** The console's decision helpers over the app's services. */
export function consoleDecisions(deps: AdminDeps, feature: CommentsFeature) {
  const ctx = commentUseCaseDeps(deps, feature);
  const audit = (request: FastifyRequest, action: string, id: number) => {
    const user = currentUser(request);
    return deps.accounts.audit.record(
      {
        actorId: user.id,
        actorName: user.name,
        action,
        target: `comment:${id}`,
        details: {},
        ip: request.ip,
      },
      deps.clock.now(),
    );
  };

  /** Applies `action` to each comment; returns what changed and how many were refused. */
  async function decide(request: FastifyRequest, ids: number[], action: ModerationAction) {
    const user = currentUser(request);
    const settings = await feature.settings();
    const moderateDeps = {
      ...(await ctx.postDeps()),
      moderation: feature.moderation,
      articles: deps.articles,
    };
    const done: Decision[] = [];
    let refused = 0;
    for (const id of ids.slice(0, MAX_DECISIONS)) {
      const outcome = await moderateComment(moderateDeps, settings, user, id, action);
      if (outcome.kind !== 'done') {
        refused += 1;
        continue;
      }
      const from = outcome.comment.status;
      const to = outcome.to;
      done.push(to === 'deleted' ? { id, from, to } : { id, from, to, undo: undoToken({ id, from, to }) });
      await audit(request, `comment.${action}`, id);
    }
    return { done, refused };
  }

  /** Takes back each decision; returns the comments restored and how many had changed since. */
  async function undo(request: FastifyRequest, decisions: DecisionToUndo[]) {
    const user = currentUser(request);
    const postDeps = await ctx.postDeps();
    const undoDeps = {
      ...postDeps,
      spam: postDeps.spam,
      moderation: feature.moderation,
      articles: deps.articles,
      outbox: feature.outbox,
    };
    const undone: Array<{ id: number; status: CommentStatus }> = [];
    let conflicts = 0;
    for (const d of decisions.slice(0, MAX_DECISIONS)) {
      const outcome = await undoModeration(undoDeps, user, d);
      if (outcome.kind !== 'undone') {
        conflicts += 1;
        continue;
      }
      undone.push({ id: d.id, status: outcome.status });
      await audit(request, 'comment.undo', d.id);
    }
    return { undone, conflicts };
  }

  return { decide, undo };
}

/** The message for decisions taken (`percent`: the spam sweep's threshold). */
export function decisionMessage(
  ui: AdminT,
  action: ModerationAction,
  done: number,
  refused: number,
  percent?: number,
): string {
  return ui.t('comments.decided', {
    action,
    done,
    refused,
    sweep: percent === undefined ? 'no' : 'yes',
    percent: percent ?? 0,
  });
}

/** Answers a decision request: JSON for the console's script, else a flash with Undo and back. */
export async function answerDecisions(
  request: FastifyRequest,
  reply: FastifyReply,
  result: { done: Decision[]; refused: number; message: string },
  back: string,
): Promise<FastifyReply> {
  const tokens = result.done.flatMap((d) => (d.undo ? [d.undo] : []));
  if (wantsJson(request))
    return reply.send({ decisions: result.done, refused: result.refused, message: result.message });
  await setFlash(
    request,
    result.refused && result.done.length === 0 ? 'error' : 'success',
    result.message,
    tokens.length
      ? {
          href: '/admin/comments/undo',
          label: request.admin.ui.t('flash.undo'),
          fields: [['back', back], ...tokens.map((t): [string, string] => ['undo', t])],
        }
      : undefined,
  );
  return redirectAfterPost(reply, back);
}
