// The article page: headline, byline, feature image, body, tags, prev/next, related, comments.
import { EMPTY_HTML, type Html, html } from './html.ts';
import { articleBodyHtml } from './article-body.ts';
import { translatorFor } from '../i18n/index.ts';
import { ARTICLE_IMAGE_SIZES } from '../media/media-names.ts';
import { renderArticleNav } from './article-nav.ts';
import { renderByline } from './byline.ts';
import { renderLanguageSwitcher } from './language-switcher.ts';
import { type HtmlParts, renderAroundSlot } from './html-parts.ts';
import { langAttr } from './lang-attr.ts';
import { renderLayout } from './layout.ts';
import { renderRelatedArticles } from './related-articles.ts';
import { articleBreadcrumbJsonLd, newsArticleJsonLd } from './schema-org.ts';
import { srcsetAttrs } from './srcset.ts';
import { renderTagList } from './tag-list.ts';
import { translationJsonLd } from './translation-links.ts';
import type { ArticleProps } from './types.ts';
import { absoluteUrl, authorPath, tagPath } from './urls.ts';

/** An article page as a complete document, drawn by the site's theme (`site.theme.article`). */
export function renderArticle(p: ArticleProps): Html {
  return p.site.theme.article(p);
}

/** The stock article page (a theme may replace it, or wrap it as its `parent`). */
export function defaultArticlePage(p: ArticleProps): Html {
  const { site, meta, article } = p;
  const language = meta.language || site.language;
  // The site's interface around the story is in the site's language; the comment section is in
  // the article's (its catalog, else the site's), each marked where it differs from the page.
  const ui = translatorFor(site.language);
  const uiLang = langAttr(ui.lang, language);
  const discussion = translatorFor(article.language, site.language);
  // On one line: the formatter would put the comment section's parts on lines of their own.
  // prettier-ignore
  const comments = html`<section id="comments" class="comments" aria-label="${discussion.t('comments.label')}"${langAttr(discussion.lang, language)}>${p.commentsHtml}</section>`;
  const first = article.tags[0];
  const kicker = first
    ? html`<p class="article-kicker"><a href="${tagPath(first.slug)}">${first.name}</a></p>`
    : EMPTY_HTML;
  const standfirst = article.excerpt
    ? html`<p class="article-standfirst">${article.excerpt}</p>`
    : EMPTY_HTML;
  const figure = article.featureImage
    ? html`<figure class="article-figure">
        <img
          src="${article.featureImage.src}"
          alt="${article.featureImage.alt}"
          decoding="async"
          ${srcsetAttrs(article.featureImage.src, ARTICLE_IMAGE_SIZES)}
        />
      </figure>`
    : EMPTY_HTML;
  const tags = article.tags.length
    ? html`<footer class="article-footer" ${uiLang}>
        ${renderTagList(article.tags, { label: ui.t('tags.label') })}
      </footer>`
    : EMPTY_HTML;
  const main = html`<article class="article" ${langAttr(article.language, language)}>
      <header class="article-header">
        ${kicker}
        <h1 class="article-title">${article.title}</h1>
        ${standfirst}
        <div class="article-byline" ${uiLang}>
          ${renderByline(article, {
            ui,
            readingMinutes: p.readingMinutes,
            dateStyle: site.dateStyle,
            timeZone: site.timeZone,
          })}
        </div>
        ${p.translations ? renderLanguageSwitcher(p.translations, ui, language) : EMPTY_HTML}
      </header>
      ${figure}
      <div class="article-body prose">${articleBodyHtml(article)}</div>
      ${tags}
    </article>
    ${renderArticleNav(p.previous, p.next, ui, uiLang)}
    ${renderRelatedArticles(p.related, site.theme, ui, { dateStyle: site.dateStyle, timeZone: site.timeZone }, uiLang)}
    ${comments}`;
  return renderLayout({
    site,
    meta,
    main,
    jsonLd: [
      {
        ...newsArticleJsonLd(site, article, meta.canonicalUrl, p.comments, meta.images),
        ...(p.translations ? translationJsonLd(p.translations) : {}),
      },
      articleBreadcrumbJsonLd(site, article, meta.canonicalUrl),
    ],
    ogArticle: {
      authorUrl: absoluteUrl(site, authorPath(article.author.slug)),
      tags: article.tags.map((t) => t.name),
      section: first?.name,
    },
    pageClass: 'page-article',
  });
}

/** The article page as parts, with the comment section's parts in place (see html-parts.ts). */
export function renderArticleParts(p: Omit<ArticleProps, 'commentsHtml'>, comments: HtmlParts): HtmlParts {
  return renderAroundSlot((slot) => renderArticle({ ...p, commentsHtml: slot }), comments);
}
