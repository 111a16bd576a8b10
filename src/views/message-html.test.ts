import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/index.ts';
import { html } from './html.ts';
import { messageHtml } from './message-html.ts';

describe('messageHtml', () => {
  const en = translatorFor('en');
  const ru = translatorFor('ru');

  it('writes the same markup when asked again, and other markup for other values', () => {
    const title = html`<span>Rail &amp; roads</span>`;
    const first = messageHtml(en, 'comments.heading', { count: 3, title });
    expect(first.text).toBe('3 responses to “<span>Rail &amp; roads</span>”');
    expect(messageHtml(en, 'comments.heading', { count: 3, title }).text).toBe(first.text);
    expect(messageHtml(en, 'comments.heading', { count: 1, title }).text).toBe(
      '1 response to “<span>Rail &amp; roads</span>”',
    );
    expect(messageHtml(en, 'comments.heading', { count: 3, title: html`<span>Ports</span>` }).text).toBe(
      '3 responses to “<span>Ports</span>”',
    );
  });

  it('keeps each translator apart', () => {
    const values = { count: 5, title: html`<span>T</span>` };
    const english = messageHtml(en, 'comments.heading', values).text;
    const russian = messageHtml(ru, 'comments.heading', values).text;
    expect(russian).not.toBe(english);
    expect(messageHtml(ru, 'comments.heading', values).text).toBe(russian);
    expect(messageHtml(en, 'comments.heading', values).text).toBe(english);
  });

  it('tells text from markup of the same characters: text is escaped, markup is not', () => {
    const asMarkup = messageHtml(en, 'comment.inReplyTo', { name: html`<b>Ann</b>` }).text;
    const asText = messageHtml(en, 'comment.inReplyTo', { name: '<b>Ann</b>' }).text;
    expect(asMarkup).toBe('In reply to <b>Ann</b>');
    expect(asText).toBe('In reply to &#60;b&#62;Ann&#60;/b&#62;');
    expect(messageHtml(en, 'comment.inReplyTo', { name: html`<b>Ann</b>` }).text).toBe(asMarkup);
  });

  it('formats a number value as a number, asked once or again', () => {
    expect(messageHtml(en, 'byline.readingTime', { minutes: 1000 }).text).toBe('1,000 min read');
    expect(messageHtml(en, 'byline.readingTime', { minutes: 1000 }).text).toBe('1,000 min read');
    expect(messageHtml(en, 'byline.readingTime', { minutes: 7 }).text).toBe('7 min read');
  });

  it('cannot be fooled by separators inside a value', () => {
    const a = messageHtml(en, 'comment.inReplyTo', { name: 'x|4:names1:y' }).text;
    const b = messageHtml(en, 'comment.inReplyTo', { name: 'x' }).text;
    expect(a).toBe('In reply to x|4:names1:y');
    expect(b).toBe('In reply to x');
  });

  it('writes a message with tags afresh each time, with the tags applied', () => {
    const tags = { link: (inner: ReturnType<typeof html>) => html`<a href="/privacy">${inner}</a>` };
    const once = messageHtml(en, 'commentForm.privacy', {}, tags).text;
    expect(once).toContain('<a href="/privacy">Learn how your comment data is processed</a>');
    const other = messageHtml(en, 'commentForm.privacy', {}, { link: (inner) => html`<i>${inner}</i>` }).text;
    expect(other).toContain('<i>Learn how your comment data is processed</i>');
  });
});
