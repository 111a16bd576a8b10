// Static pages at the root (/about, /privacy), with what a feature adds to one (the privacy
// page's comment-data section). Registered after every fixed route, so those win.
import type { FastifyInstance } from 'fastify';
import { changeKey } from '../../content/change-keys.ts';
import { renderStaticPage } from '../../views/index.ts';
import { followMoved, movedOrNotFound } from '../moved-slug.ts';
import { sendPage } from '../send-page.ts';
import { articleMeta } from '../shared/meta.ts';
import { slugParam } from '../shared/params.ts';
import { loadArticleTranslations } from './article-translations.ts';
import type { PublicRoutesOptions } from './public-routes-options.ts';

export function staticPageRoute(app: FastifyInstance, { deps, cache, site }: PublicRoutesOptions): void {
  app.get<{ Params: { slug: string } }>('/:slug', (req, reply) =>
    followMoved(req, reply, () =>
      sendPage(cache, req, reply, async () => {
        const now = deps.clock.now();
        const slug = slugParam(req.params.slug);
        const page =
          (await deps.articles.findPublishedBySlug('page', slug, now)) ??
          (await movedOrNotFound(deps.articleIdentity, { kind: 'page', slug, now }));
        const view = await site.get();
        const [extras, translated] = await Promise.all([
          deps.staticPageExtras(page.slug),
          loadArticleTranslations(deps, view, page, now),
        ]);
        const { translations } = translated;
        const meta = articleMeta(view, page);
        return {
          body: renderStaticPage({
            site: view,
            meta: translations ? { ...meta, alternates: translations.alternates } : meta,
            page,
            translations,
            ...(extras ? { extraHtml: extras.html } : {}),
          }),
          deps: [changeKey.settings, changeKey.article(page.id), ...translated.deps, ...(extras?.deps ?? [])],
        };
      }),
    ),
  );
}
