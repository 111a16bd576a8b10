// HTML for the shortcodes WordPress core renders: caption, gallery, embed, video, audio.
import type { ConvertContentOptions, WxrAttachmentInfo } from './convert-types.ts';
import type { Shortcode, ShortcodeHandler } from './shortcodes.ts';
import { decodeHtmlEntities, escapeHtml, htmlToPlainText } from './html-text.ts';

/** Shortcodes that wrap content up to a closing tag. */
export const ENCLOSING_SHORTCODES: ReadonlySet<string> = new Set([
  'caption',
  'wp_caption',
  'embed',
  'video',
  'audio',
]);

const VIDEO_SOURCES = ['src', 'mp4', 'm4v', 'webm', 'ogv', 'wmv', 'flv', 'mov'];
const AUDIO_SOURCES = ['src', 'mp3', 'm4a', 'ogg', 'wav', 'wma', 'flac'];
const MEDIA_PART = /^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i;

/** Shortcode handler for the known shortcodes; unknown ones are left as text (returns null). */
export function createShortcodeHandler(
  options: ConvertContentOptions,
  warn: (w: string) => void,
): ShortcodeHandler {
  return (sc) => {
    switch (sc.name) {
      case 'caption':
      case 'wp_caption':
        return renderCaption(sc, warn);
      case 'gallery':
        return renderGallery(sc, options, warn);
      case 'embed':
        return linkParagraph((sc.content ?? sc.positional[0] ?? '').trim(), null, warn);
      case 'video':
        return linkParagraph(mediaSource(sc, VIDEO_SOURCES), 'Video', warn);
      case 'audio':
        return linkParagraph(mediaSource(sc, AUDIO_SOURCES), 'Audio', warn);
      default:
        return null;
    }
  };
}

function renderCaption(sc: Shortcode, warn: (w: string) => void): string | null {
  const m = MEDIA_PART.exec(sc.content ?? '');
  if (!m?.[1]) {
    warn('[caption] without an image: kept its text only');
    return sc.content ?? '';
  }
  const caption = (sc.attrs['caption'] ?? m[2] ?? '').trim();
  return figure(m[1], caption);
}

function figure(mediaHtml: string, captionHtml: string): string {
  const caption = captionHtml === '' ? '' : `<figcaption>${captionHtml}</figcaption>`;
  return `<figure>${mediaHtml}${caption}</figure>`;
}

function renderGallery(sc: Shortcode, options: ConvertContentOptions, warn: (w: string) => void): string {
  const attachments = options.attachments ?? new Map<number, WxrAttachmentInfo>();
  const idText = sc.attrs['ids'] ?? sc.attrs['include'] ?? '';
  let items: WxrAttachmentInfo[];
  if (idText.trim() !== '') {
    items = [];
    for (const id of idText.split(',').map((s) => Number(s.trim()))) {
      const found = attachments.get(id);
      if (found) items.push(found);
      else warn(`[gallery] image ${id} is not among the attachments: left out`);
    }
  } else {
    const parent = options.postWpId ?? null;
    items = [...attachments.values()]
      .filter((a) => parent !== null && a.parentWpId === parent)
      .sort((a, b) => a.menuOrder - b.menuOrder);
  }
  if (items.length === 0) {
    warn('[gallery] has no images that could be resolved');
    return '';
  }
  const images = items.map((a) =>
    figure(
      `<img src="${escapeHtml(a.url)}" alt="${escapeHtml(a.alt || htmlToPlainText(a.caption))}">`,
      a.caption.trim(),
    ),
  );
  return `<div class="gallery">${images.join('')}</div>`;
}

function mediaSource(sc: Shortcode, keys: string[]): string {
  for (const key of keys) {
    const value = sc.attrs[key];
    if (value) return value.trim();
  }
  return (sc.content ?? sc.positional[0] ?? '').trim();
}

function linkParagraph(rawUrl: string, label: string | null, warn: (w: string) => void): string {
  const url = decodeHtmlEntities(rawUrl.replace(/<[^>]*>/g, '')).trim();
  if (!/^https?:\/\//i.test(url) && !url.startsWith('/')) {
    warn(`media shortcode without a usable URL (${JSON.stringify(url.slice(0, 80))}): dropped`);
    return '';
  }
  const file = decodeURIComponentSafe(
    url
      .replace(/[?#].*$/, '')
      .split('/')
      .pop() ?? url,
  );
  const text = label ? `${label}: ${file}` : url;
  return `<p><a href="${escapeHtml(url)}">${escapeHtml(text)}</a></p>`;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
