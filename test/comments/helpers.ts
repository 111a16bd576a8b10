// Helpers for comment HTTP tests: posting the form like a browser, reading cookies, and the
// slug of a demo article.
import { demoArticles } from '../../src/content/demo/demo-content.ts';
import { issueFormToken } from '../../src/http/comments/form-token.ts';
import { testSiteOfApp } from '../support/test-site.ts';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { TestSite } from '../support/test-site.ts';

/** Demo articles written in another language than English (their comment section is in it). */
const otherLanguage = new Set(demoArticles.filter((a) => a.language !== 'en').map((a) => a.slug));

/**
 * The slug of the `index`-th English demo article on the home page: the tests read the English
 * interface, and an article's comment section speaks the article's language.
 */
export async function firstArticleSlug(app: FastifyInstance, index = 0): Promise<string> {
  const home = await app.inject({ url: '/' });
  const slugs = [
    ...new Set([...home.body.matchAll(/href="\/article\/([^"#?]+)"/g)].map((m) => m[1]!)),
  ].filter((slug) => !otherLanguage.has(slug));
  if (!slugs[index]) throw new Error('no demo article');
  return slugs[index];
}

/** A form token as a reader's browser would send it: rendered a minute before posting. */
export function formTokenFor(app: FastifyInstance, secondsAgo = 60): string {
  const site = testSiteOfApp.get(app);
  const secret = site?.services.deps.comments?.secret;
  if (!site || !secret) return '';
  return issueFormToken(secret, new Date(site.clock.now().getTime() - secondsAgo * 1000));
}

/** Posts the comment form; `fields` default to a valid comment by Ann. */
export async function postForm(
  app: FastifyInstance,
  slug: string,
  fields: Record<string, string> = {},
  options: { cookie?: string; ip?: string } = {},
): Promise<LightMyRequestResponse> {
  const body = new URLSearchParams({
    comment: 'A thoughtful comment.',
    author: 'Ann Reader',
    email: 'ann@example.com',
    url: '',
    formToken: formTokenFor(app),
    ...fields,
  });
  return app.inject({
    method: 'POST',
    url: `/article/${slug}/comments`,
    payload: body.toString(),
    remoteAddress: options.ip ?? '203.0.113.7',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'user-agent': 'TestBrowser/1.0',
      ...(options.cookie ? { cookie: options.cookie } : {}),
    },
  });
}

/** The `name=value` pairs of a response's Set-Cookie headers, as a Cookie header. */
/** Presses the button of a subscription confirmation page (the link alone changes nothing). */
export function confirmSubscription(app: FastifyInstance, token: string): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: '/comments/subscriptions/confirm',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ token }).toString(),
  });
}

export function cookieFrom(res: LightMyRequestResponse): string {
  const raw = res.headers['set-cookie'];
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return list
    .map((c) => c.split(';')[0]!)
    .filter((c) => !c.endsWith('='))
    .join('; ');
}

/** The comment id a successful post redirected to. */
export function commentIdOf(res: LightMyRequestResponse): number {
  const m = /#comment-(\d+)$/.exec(String(res.headers.location ?? ''));
  if (!m) throw new Error(`no comment id in ${String(res.headers.location)} (${res.statusCode})`);
  return Number(m[1]);
}

/** Stores comment settings and tells the app they changed. */
export async function setCommentSettings(site: TestSite, values: Record<string, unknown>): Promise<void> {
  await site.services.deps.settings.write(values, site.clock.now());
  await site.services.deps.changes.publish(['settings']);
}

/** Decodes the character references ghtml writes (numeric and the common named ones). */
export function decodeHtml(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** The text of the comment textarea in a page, as the browser would show it. */
export function textareaValue(body: string): string {
  const m = /<textarea[^>]*id="comment"[^>]*>\n?([\s\S]*?)<\/textarea/.exec(body);
  if (!m) throw new Error('no comment textarea');
  return decodeHtml(m[1]!);
}
