import { describe, expect, it } from 'vitest';
import { createMarkdownRenderer } from '../../../content/index.ts';
import { convertContent } from './convert-content.ts';
import { attachmentInfo, type WxrAttachmentInfo } from './convert-types.ts';
import { fixture, itemsById, parseAll } from '../../../../test/fixtures/wxr/wxr-fixtures.ts';

const render = (markdown: string): string => createMarkdownRenderer().toHtml(markdown);
const md = (html: string): string => convertContent(html).markdown;

describe('convertContent: classic editor text (wpautop)', () => {
  it('turns blank lines into paragraphs and single line breaks into hard breaks', () => {
    expect(md('One line\nsame paragraph\n\nNext paragraph')).toBe(
      'One line\\\nsame paragraph\n\nNext paragraph',
    );
    expect(render(md('One line\nsame paragraph'))).toBe('<p>One line<br>\nsame paragraph</p>\n');
  });

  it('does not wrap block elements or break lines inside lists and <pre>', () => {
    const out = md('Intro\n<ul>\n\t<li>one</li>\n\t<li>two</li>\n</ul>\n<pre>line 1\n\nline 3</pre>');
    expect(out).toBe('Intro\n\n-   one\n-   two\n\n```\nline 1\n\nline 3\n```');
  });

  it('decodes HTML entities and escapes what would otherwise be Markdown', () => {
    expect(md('caf&eacute; &amp; *stars* &#8211; 1. not a list')).toBe('café & \\*stars\\* – 1. not a list');
  });
});

describe('convertContent: block editor', () => {
  it('strips block delimiters, keeps their HTML, and skips wpautop', () => {
    const html =
      '<!-- wp:paragraph {"align":"center"} -->\n<p class="x">Line one\nstill one</p>\n<!-- /wp:paragraph -->';
    expect(md(html)).toBe('Line one still one');
  });

  it('reports server-rendered (void) blocks it had to leave out', () => {
    const out = convertContent(
      '<!-- wp:archives /-->\n<!-- wp:paragraph --><p>Kept</p><!-- /wp:paragraph -->',
    );
    expect(out.markdown).toBe('Kept');
    expect(out.warnings).toEqual(['blocks WordPress renders at view time were left out: archives']);
  });

  it('inlines reusable blocks from the export and reports the ones it cannot find', () => {
    const reusableBlocks = new Map([
      [12, '<!-- wp:paragraph --><p>Subscribe to the <em>Gazette</em></p><!-- /wp:paragraph -->'],
    ]);
    const out = convertContent('<!-- wp:block {"ref":12} /-->\n<!-- wp:block {"ref":13} /-->', {
      reusableBlocks,
    });
    expect(out.markdown).toBe('Subscribe to the _Gazette_');
    expect(out.warnings).toEqual([
      'blocks WordPress renders at view time were left out: block 13 (reusable, not in the export)',
    ]);
  });

  it('turns WordPress footnotes into Markdown footnotes from the footnotes meta', () => {
    const html =
      '<p>Claim<sup data-fn="n1" class="fn"><a href="#n1" id="n1-link">1</a></sup>.</p><!-- wp:footnotes /-->';
    const out = convertContent(html, { footnotesJson: '[{"id":"n1","content":"Source: <em>ledger</em>"}]' });
    expect(out.markdown).toBe('Claim[^1].\n\n[^1]: Source: _ledger_');
    expect(render(out.markdown)).toContain('<section class="footnotes">');
    expect(convertContent(html, { footnotesJson: 'not json' }).warnings[0]).toMatch(/footnotes meta/);
  });

  it('converts tables, header row or not, into GFM tables', () => {
    const out = md('<table><tr><td>a</td><td>b | c</td></tr><tr><td>1</td></tr></table>');
    expect(out).toBe('| a | b \\| c |\n| --- | --- |\n| 1 |  |');
    expect(render(out)).toContain('<th>b | c</th>');
  });
});

describe('convertContent: shortcodes', () => {
  const attachments = new Map<number, WxrAttachmentInfo>([
    [
      5,
      {
        url: 'https://x.test/wp-content/uploads/a.jpg',
        alt: 'A',
        caption: 'First',
        parentWpId: 9,
        menuOrder: 2,
      },
    ],
    [
      6,
      {
        url: 'https://x.test/wp-content/uploads/b.jpg',
        alt: '',
        caption: 'Second',
        parentWpId: 9,
        menuOrder: 1,
      },
    ],
  ]);

  it('renders [caption] as an image followed by its caption, old and new forms', () => {
    const modern =
      '[caption id="attachment_5" width="300"]<img src="https://x.test/a.jpg" alt="Boat" /> A <b>red</b> boat[/caption]';
    expect(md(modern)).toBe('![Boat](https://x.test/a.jpg)\n\n_A **red** boat_');
    expect(md('[caption caption="Old style"]<img src="https://x.test/a.jpg" alt="" />[/caption]')).toBe(
      '![](https://x.test/a.jpg)\n\n_Old style_',
    );
  });

  it('resolves [gallery ids] from the attachments, warning about missing ones', () => {
    const out = convertContent('[gallery ids="6,5,404"]', { attachments });
    expect(out.markdown).toBe(
      '![Second](https://x.test/wp-content/uploads/b.jpg)\n\n_Second_\n\n![A](https://x.test/wp-content/uploads/a.jpg)\n\n_First_',
    );
    expect(out.warnings).toEqual(['[gallery] image 404 is not among the attachments: left out']);
    expect(out.mediaUrls).toEqual([
      'https://x.test/wp-content/uploads/b.jpg',
      'https://x.test/wp-content/uploads/a.jpg',
    ]);
  });

  it('shows a [gallery] without ids as the post’s attachments in menu order', () => {
    const out = convertContent('[gallery]', { attachments, postWpId: 9 });
    expect(out.markdown.indexOf('b.jpg')).toBeLessThan(out.markdown.indexOf('a.jpg'));
  });

  it('turns [embed], [video] and [audio] into links', () => {
    expect(md('[embed]https://v.test/watch?v=1&amp;t=2[/embed]')).toBe('<https://v.test/watch?v=1&t=2>');
    expect(md('[video mp4="https://x.test/tour.mp4"][/video]')).toBe(
      '[Video: tour.mp4](https://x.test/tour.mp4)',
    );
    expect(md('[audio https://x.test/song.mp3]')).toBe('[Audio: song.mp3](https://x.test/song.mp3)');
  });

  it('keeps unknown shortcodes visible, reports them once, and honours [[escapes]]', () => {
    const out = convertContent('[poll id="3"]\n\n[poll id="4"] and [[gallery]] and [note]hi[/note]');
    expect(out.unknownShortcodes).toEqual(['poll', 'note']);
    expect(render(out.markdown)).toContain('[poll id=“3”]');
    expect(render(out.markdown)).toContain('[gallery] and [note]hi[/note]');
  });

  it('leaves shortcodes inside <code> and <pre> alone', () => {
    const out = convertContent('Type <code>[gallery]</code> to show one.');
    expect(out.markdown).toBe('Type `[gallery]` to show one.');
    expect(out.unknownShortcodes).toEqual([]);
  });
});

describe('convertContent: links, media and safety', () => {
  it('collects media URLs and rewrites them, leaving other links alone', () => {
    const html =
      '<p><a href="https://x.test/wp-content/uploads/f.pdf">report</a> <a href="https://news.test/">news</a> <img src="https://x.test/wp-content/uploads/p.png" alt="p"></p>';
    const out = convertContent(html, {
      rewriteUrl: (u) => u.replace('https://x.test/wp-content/uploads/', '/media/'),
    });
    expect(out.markdown).toBe('[report](/media/f.pdf) [news](https://news.test/) ![p](/media/p.png)');
    expect(out.mediaUrls).toEqual([
      'https://x.test/wp-content/uploads/f.pdf',
      'https://x.test/wp-content/uploads/p.png',
    ]);
  });

  it('drops scripts (with a warning) and javascript: links, and links iframes', () => {
    const out = convertContent(
      '<p>Hi<script>alert(1)</script> <a href="javascript:alert(1)">there</a></p>\n\n<iframe src="https://maps.test/embed?q=1"></iframe>',
    );
    expect(out.markdown).toBe('Hi there\n\n<https://maps.test/embed?q=1>');
    expect(out.warnings).toEqual(['a <script> in the content was removed']);
  });

  it('turns a URL alone on its line (a WordPress auto-embed) into a link', () => {
    expect(md('Look:\n\nhttps://social.test/@a/1_2')).toBe('Look:\n\n<https://social.test/@a/1_2>');
  });

  it('treats comments as text: wpautop, but no shortcodes', () => {
    const out = convertContent('Nice [gallery] post\nreally', { comment: true });
    expect(out.markdown).toBe('Nice \\[gallery\\] post\\\nreally');
    expect(out.unknownShortcodes).toEqual([]);
  });
});

describe('convertContent on the nasty fixture', async () => {
  const records = await parseAll([fixture('nasty.xml')]);
  const items = itemsById(records);
  const attachments = new Map<number, WxrAttachmentInfo>();
  for (const item of items.values()) {
    const info = attachmentInfo(item);
    if (info && item.wpId !== null) attachments.set(item.wpId, info);
  }

  it('converts block markup with a table, a captioned image and footnotes', () => {
    const post = items.get(23);
    const out = convertContent(post?.contentHtml ?? '', { footnotesJson: post?.meta['footnotes'] });
    expect(out.markdown).toContain('### Tide table');
    expect(out.markdown).toContain('| Low \\| ebb | 12:30 |');
    expect(out.markdown).toContain(
      '![Drying nets](https://edge.example.com/wp-content/uploads/2024/03/nets.jpg)\n\n_Nets drying on the wall_',
    );
    expect(out.markdown).toMatch(/note\[\^1\]\.[\s\S]*\[\^1\]: Measured at the _north_ pier\.$/);
  });

  it('converts a classic post full of shortcodes and reports the unknown ones', () => {
    const out = convertContent(items.get(24)?.contentHtml ?? '', { attachments, postWpId: 24 });
    expect(out.unknownShortcodes).toEqual(['contact-form-7', 'su_button']);
    expect(out.markdown).toContain('_Nets on the _old_ wall_');
    expect(out.markdown).toContain('![](https://edge.example.com/wp-content/uploads/2024/03/boats.png)');
    expect(out.markdown).toContain('[Video: harbour-tour.mp4]');
    expect(out.markdown).toContain('Write \\[gallery\\] to show a gallery.');
    expect(out.markdown.endsWith('After the fold.')).toBe(true);
    expect(out.warnings).toContain('[gallery] image 99 is not among the attachments: left out');
  });
});
