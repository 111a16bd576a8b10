// GET /share/<name>.png: the generated share cards (an article's headline, or the site's
// tagline, in 16x9, 4x3 and 1x1) and the default publisher logo. Drawn on first request and kept
// in a bounded memory cache; concurrent requests for one picture draw it once. A picture whose
// text changed answers 301 with its new address.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { LRUCache } from 'lru-cache';
import { isPublic } from '../../content/article.ts';
import { renderSvgToPng } from '../../media/render-svg.ts';
import { type CardShape, monogramSvg, shareCardSvg } from '../../media/share-card.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../../kernel/app-error.ts';
import type { SiteViewProvider } from '../site-view.ts';
import { articleCardPath, hostOf, logoPath, siteCardPath } from '../shared/share-urls.ts';

const NAME = /^(?:article-([1-9][0-9]{0,11})-(16x9|4x3|1x1)|site-(16x9|4x3|1x1)|logo)\.[0-9a-f]{12}\.png$/;

/** Memory the drawn pictures may hold (about 15–60 KB each). */
const CACHE_BYTES = 16 * 1024 * 1024;

/** What drawing a picture needs: its current path and its SVG. */
interface Picture {
  path: string;
  svg: () => string;
}

/** Registers the share image route. */
export async function shareImageRoutes(
  app: FastifyInstance,
  { deps, site }: { deps: AppDeps; site: SiteViewProvider },
): Promise<void> {
  const cache = new LRUCache<string, Buffer>({ maxSize: CACHE_BYTES, sizeCalculation: (b) => b.length });
  const drawing = new Map<string, Promise<Buffer>>();
  const notFound = () => new AppError('NOT_FOUND', 'There is no such image.');

  const pictureOf = async (m: RegExpExecArray): Promise<Picture> => {
    const view = await site.get();
    if (m[1] && m[2]) {
      const article = await deps.articles.findById(Number(m[1]));
      if (!article || !isPublic(article, deps.clock.now())) throw notFound();
      const shape = m[2] as CardShape;
      const text = { headline: article.title, siteName: view.title, host: hostOf(view) };
      return { path: articleCardPath(view, article, shape), svg: () => shareCardSvg(text, shape) };
    }
    if (m[3]) {
      const shape = m[3] as CardShape;
      const text = { headline: view.tagline || view.title, siteName: view.title, host: hostOf(view) };
      return { path: siteCardPath(view, shape), svg: () => shareCardSvg(text, shape) };
    }
    return { path: logoPath(view), svg: () => monogramSvg(view.title) };
  };

  const draw = (path: string, svg: () => string): Promise<Buffer> => {
    const cached = cache.get(path);
    if (cached) return Promise.resolve(cached);
    let pending = drawing.get(path);
    if (!pending) {
      pending = renderSvgToPng(svg())
        .then((png) => (cache.set(path, png), png))
        .finally(() => drawing.delete(path));
      drawing.set(path, pending);
    }
    return pending;
  };

  app.get<{ Params: { file: string } }>('/share/:file', async (request, reply): Promise<FastifyReply> => {
    const m = NAME.exec(request.params.file);
    if (!m) throw notFound();
    const picture = await pictureOf(m);
    if (picture.path !== `/share/${request.params.file}`) {
      return reply.header('Cache-Control', 'public, max-age=300').redirect(picture.path, 301);
    }
    const png = await draw(picture.path, picture.svg);
    return reply
      .type('image/png')
      .header('Cache-Control', 'public, max-age=31536000, immutable')
      .header('X-Content-Type-Options', 'nosniff')
      .send(png);
  });
}
