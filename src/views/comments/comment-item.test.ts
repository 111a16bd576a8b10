// A comment's markup is reused between renders while its inputs stay the same (comment-item.ts,
// WrittenItem): every input the markup shows must, when it changes, change the markup.
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n/index.ts';
import { dateFormatter } from '../format-date.ts';
import { commentItemText, type CommentItemOptions, writeCommentItem } from './comment-item.ts';
import type { CommentView } from './types.ts';

const en = translatorFor('en');
const ru = translatorFor('ru');
const utcDates = dateFormatter({ language: 'en', timeZone: 'UTC', withTime: true });

const options = (over: Partial<CommentItemOptions> = {}): CommentItemOptions => ({
  ui: en,
  text: commentItemText(en),
  formatDate: utcDates,
  maxDepth: 3,
  open: true,
  ...over,
});

let nextId = 9000;
const view = (over: Partial<CommentView> = {}): CommentView => ({
  id: nextId,
  parentId: null,
  authorName: 'Ann Reader',
  authorUrl: null,
  avatarUrl: '/comments/avatar/abc.svg?i=AR',
  bodyHtml: '<p>First words.</p>',
  createdAt: '2026-03-01T20:30:00.000Z',
  pending: false,
  inReplyTo: undefined,
  ...over,
});

/** The markup of one comment (no replies) as the section writes it. */
function render(c: CommentView, o: CommentItemOptions = options(), depth = 1): string {
  const out: string[] = [];
  writeCommentItem({ comment: c, depth, replies: [] }, o, out);
  return out.join('');
}

describe('a comment written again', () => {
  it('is the same markup when nothing changed, from fresh strings as the database gives them', () => {
    const id = ++nextId;
    const first = render(view({ id }));
    const again = render(view({ id, authorName: ['Ann', 'Reader'].join(' ') }));
    expect(again).toBe(first);
    expect(first).toContain('Ann Reader');
    expect(first).toContain('<p>First words.</p>');
  });

  it('shows every changed input', () => {
    const id = ++nextId;
    const base = view({ id });
    render(base);
    const cases: Array<[string, string, CommentItemOptions?, number?]> = [
      [render(view({ id, authorName: 'Bo <Erased>' })), 'Bo &#60;Erased&#62;'],
      [render(view({ id, authorUrl: 'https://ann.example/' })), 'href="https://ann.example/"'],
      [render(view({ id, avatarUrl: '/comments/avatar/def.svg?i=BE' })), 'avatar/def.svg'],
      [render(view({ id, bodyHtml: '<p>[erased]</p>' })), '<p>[erased]</p>'],
      [render(view({ id, createdAt: '2026-03-02T20:30:00.000Z' })), 'datetime="2026-03-02T20:30:00.000Z"'],
      [render(view({ id, pending: true })), 'comment-awaiting'],
      [render(base, options(), 2), 'depth-2'],
      [render(view({ id, inReplyTo: { id: 4, authorName: 'Cy' } })), 'href="#comment-4">Cy</a>'],
      [render(view({ id, inReplyTo: { id: 4, authorName: 'Di' } })), 'href="#comment-4">Di</a>'],
      [render(view({ id, inReplyTo: { id: 5, authorName: 'Di' } })), 'href="#comment-5">Di</a>'],
    ];
    for (const [markup, shown] of cases) expect(markup).toContain(shown);
    // Each case above changed the remembered markup; the original inputs give the original again.
    expect(render(base)).toBe(
      render(view({ id: ++nextId }), options()).replaceAll(String(nextId), String(id)),
    );
  });

  it('loses its Reply link when comments close, it is held, or it reaches the depth limit', () => {
    const id = ++nextId;
    const c = view({ id });
    expect(render(c)).toContain('class="reply-link"');
    expect(render(c, options({ open: false }))).not.toContain('class="reply-link"');
    expect(render(c)).toContain('class="reply-link"');
    expect(render(view({ id, pending: true }))).not.toContain('class="reply-link"');
    expect(render(c, options({ maxDepth: 2 }), 2)).not.toContain('class="reply-link"');
    expect(render(c, options({ maxDepth: 3 }), 2)).toContain('class="reply-link"');
  });

  it("speaks the discussion's language and shows the site's clock", () => {
    const id = ++nextId;
    const c = view({ id });
    const english = render(c);
    const russian = render(c, options({ ui: ru, text: commentItemText(ru) }));
    expect(russian).not.toBe(english);
    expect(russian).toContain(`aria-label="${ru.t('comment.replyTo', { name: 'Ann Reader' })}"`);
    const almaty = render(
      c,
      options({ formatDate: dateFormatter({ language: 'en', timeZone: 'Asia/Almaty', withTime: true }) }),
    );
    expect(almaty).toContain('March 2, 2026');
    expect(render(c)).toBe(english);
    expect(english).toContain('March 1, 2026');
  });
});
