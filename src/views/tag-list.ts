// The list of tag links shown on cards and under an article's headline.
import { EMPTY_HTML, html, type Html } from './html.ts';
import type { Tag } from '../content/article.ts';
import { tagPath } from './urls.ts';

/** `<ul class="tag-list">` of tag links, or nothing when there are no tags. */
export function renderTagList(tags: Tag[], options: { label?: string } = {}): Html {
  if (tags.length === 0) return EMPTY_HTML;
  const items = tags.map(
    (tag) => html`<li><a class="tag" href="${tagPath(tag.slug)}" rel="tag">${tag.name}</a></li>`,
  );
  const label = options.label ? html`<span class="visually-hidden">${options.label}</span>` : EMPTY_HTML;
  return html`<div class="tags">
    ${label}
    <ul class="tag-list">
      ${items}
    </ul>
  </div>`;
}
