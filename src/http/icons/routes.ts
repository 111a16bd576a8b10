// The site's icons and web app manifest: /favicon.ico, /apple-touch-icon.png (and the
// -precomposed name older iOS asks for), /icon-192.png, /icon-512.png and /site.webmanifest,
// drawn from the site icon setting (an image uploaded to /media/) or the shipped default. Each
// set is rendered once per icon setting, on the first request that needs it.
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parseMediaFileName } from '../../media/media-names.ts';
import { DEFAULT_ICON_SVG, renderSiteIcons, type SiteIcons } from '../../media/site-icons.ts';
import type { AppDeps } from '../deps.ts';
import type { SiteViewProvider } from '../site-view.ts';
import { buildManifest } from './manifest.ts';

/** Browsers fetch icons rarely; a day keeps a changed icon from taking long to show. */
const ICON_CACHE_CONTROL = 'public, max-age=86400';

interface IconSet {
  icons: SiteIcons;
  etags: Record<keyof SiteIcons, string>;
}

function etagOfBytes(bytes: Buffer): string {
  return `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 22)}"`;
}

/** Registers the icon and manifest routes. */
export async function iconRoutes(
  app: FastifyInstance,
  opts: { deps: AppDeps; site: SiteViewProvider },
): Promise<void> {
  let memo: { source: string | null; set: Promise<IconSet> } | null = null;

  const sourceBytes = async (source: string | null, request: FastifyRequest): Promise<Buffer> => {
    const file = source?.replace(/^\/media\//, '') ?? '';
    const store = opts.deps.editorial.mediaStore;
    if (!source || !store || !parseMediaFileName(file)) return DEFAULT_ICON_SVG;
    try {
      const bytes = await store.get(file);
      if (bytes) return bytes;
      request.log.warn(
        { icon: source },
        'site icon missing from the media store: the default icon is served',
      );
      return DEFAULT_ICON_SVG;
    } catch (err) {
      request.log.warn({ err, icon: source }, 'site icon unreadable: the default icon is served');
      return DEFAULT_ICON_SVG;
    }
  };

  const iconSet = async (request: FastifyRequest): Promise<IconSet> => {
    const source = (await opts.site.settings()).siteIcon;
    if (memo?.source !== source) {
      const set = sourceBytes(source, request)
        .then((bytes) => renderSiteIcons(bytes).catch(() => renderSiteIcons(DEFAULT_ICON_SVG)))
        .then((icons) => ({
          icons,
          etags: {
            ico: etagOfBytes(icons.ico),
            appleTouch: etagOfBytes(icons.appleTouch),
            png192: etagOfBytes(icons.png192),
            png512: etagOfBytes(icons.png512),
          },
        }));
      memo = { source, set };
    }
    return memo.set;
  };

  const sendIcon = async (request: FastifyRequest, reply: FastifyReply, which: keyof SiteIcons) => {
    const { icons, etags } = await iconSet(request);
    void reply
      .header('Cache-Control', ICON_CACHE_CONTROL)
      .header('ETag', etags[which])
      .type(which === 'ico' ? 'image/x-icon' : 'image/png');
    if (request.headers['if-none-match'] === etags[which]) return reply.code(304).send();
    return reply.send(icons[which]);
  };

  app.get('/favicon.ico', (req, reply) => sendIcon(req, reply, 'ico'));
  app.get('/apple-touch-icon.png', (req, reply) => sendIcon(req, reply, 'appleTouch'));
  app.get('/apple-touch-icon-precomposed.png', (req, reply) => sendIcon(req, reply, 'appleTouch'));
  app.get('/icon-192.png', (req, reply) => sendIcon(req, reply, 'png192'));
  app.get('/icon-512.png', (req, reply) => sendIcon(req, reply, 'png512'));
  app.get('/site.webmanifest', async (_req, reply) => {
    const view = await opts.site.get();
    return reply
      .header('Cache-Control', ICON_CACHE_CONTROL)
      .type('application/manifest+json; charset=utf-8')
      .send(JSON.stringify(buildManifest(view)));
  });
}
