// An address an article had before an editor changed its slug answers with the current one: 301
// for reading (links, bookmarks, feed subscriptions keep working), 308 for a POST (a comment
// typed on a page opened before the change is sent again to the new address, not lost).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { articlePath, type ArticleKind } from '../content/article.ts';
import { AppError } from '../kernel/app-error.ts';
import { PUBLIC_CACHE_CONTROL } from './send-page.ts';

/** Where an old slug leads now. */
export interface MovedSlugLookup {
  movedSlug(kind: ArticleKind, slug: string, now: Date): Promise<string | null>;
}

/** Thrown inside a page's render when its slug moved; followMoved turns it into the redirect. */
class Moved extends Error {
  constructor(readonly path: string) {
    super('moved');
  }
}

/**
 * Never returns: throws the redirect to the article that had `slug` before (with `suffix`, the
 * rest of the route after the article's path), or the 404 when no public article had it.
 */
export async function movedOrNotFound(
  lookup: MovedSlugLookup,
  target: { kind: ArticleKind; slug: string; now: Date; suffix?: string },
): Promise<never> {
  const current = await lookup.movedSlug(target.kind, target.slug, target.now);
  if (current === null) throw new AppError('NOT_FOUND', 'Page not found.');
  throw new Moved(`${articlePath({ kind: target.kind, slug: current })}${target.suffix ?? ''}`);
}

/** Runs a route's `send`; a moved slug found inside becomes the redirect, query string kept. */
export async function followMoved(
  request: FastifyRequest,
  reply: FastifyReply,
  send: () => Promise<FastifyReply>,
): Promise<FastifyReply> {
  try {
    return await send();
  } catch (err) {
    if (!(err instanceof Moved)) throw err;
    const q = request.url.indexOf('?');
    const location = q < 0 ? err.path : `${err.path}${request.url.slice(q)}`;
    const status = request.method === 'GET' || request.method === 'HEAD' ? 301 : 308;
    return reply.header('Cache-Control', PUBLIC_CACHE_CONTROL).redirect(location, status);
  }
}
