// What every comment route module receives (the use cases' deps come from
// http/shared/comment-deps.ts, which the moderation console uses too), built once per app.
import type { AppDeps } from '../deps.ts';
import type { PageCache } from '../page-cache.ts';
import type { SiteViewProvider } from '../site-view.ts';
import type { CommentsFeature } from '../../compose/comments.ts';
import { type CommentUseCaseDeps, commentUseCaseDeps } from '../shared/comment-deps.ts';

/** Options every comment route module takes. */
export interface CommentRoutesContext extends CommentUseCaseDeps {
  deps: AppDeps;
  feature: CommentsFeature;
  cache: PageCache;
  site: SiteViewProvider;
  secure: boolean;
}

/** Builds the context. */
export function commentRoutesContext(
  deps: AppDeps,
  feature: CommentsFeature,
  cache: PageCache,
  site: SiteViewProvider,
): CommentRoutesContext {
  return {
    deps,
    feature,
    cache,
    site,
    secure: deps.siteUrl.startsWith('https:'),
    ...commentUseCaseDeps(deps, feature),
  };
}
