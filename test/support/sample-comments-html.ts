// Example markup of a comment section using the theme's classes (mirrors src/views/comments),
// checked by the html-validate test and used in screenshots (not used in production code).

/** A thread with a held reply and a Leave a Reply form showing a field error. */
export const SAMPLE_COMMENTS_HTML = `<h2 class="comments-title">2 responses to “Trade record”</h2>
<ol class="comment-list">
  <li class="comment" id="comment-1">
    <article class="comment-body">
      <footer class="comment-meta">
        <img class="comment-avatar" src="/avatars/1.svg" alt="" width="40" height="40">
        <b class="comment-author"><a href="https://example.net/" rel="nofollow ugc noopener">Dana</a></b>
        <a class="comment-permalink" href="#comment-1"><time datetime="2026-03-11T09:00:00.000Z">March 11, 2026</time></a>
      </footer>
      <div class="comment-content"><p>Useful figures, thank you.</p></div>
      <p class="comment-reply"><a class="reply-link" href="?replyto=1#respond" aria-label="Reply to Dana">Reply</a></p>
    </article>
    <ol class="comment-children">
      <li class="comment comment--pending" id="comment-2">
        <article class="comment-body">
          <footer class="comment-meta"><b class="comment-author">Erlan</b></footer>
          <p class="comment-awaiting notice" role="status">Your comment is awaiting moderation.</p>
          <div class="comment-content"><p>Agreed.</p></div>
        </article>
      </li>
    </ol>
  </li>
</ol>
<div class="comment-respond" id="respond">
  <h2 class="comment-reply-title" id="reply-title">Leave a Reply <small><a class="cancel-reply" href="#respond">Cancel reply</a></small></h2>
  <form class="comment-form" action="/article/x/comments" method="post" novalidate>
    <p class="comment-notes form-hint">Your email address will not be published. Required fields are marked <span class="form-required" aria-hidden="true">*</span></p>
    <div class="form-field">
      <label class="form-label" for="comment-text">Comment <span class="form-required" aria-hidden="true">*</span></label>
      <textarea class="form-textarea" id="comment-text" name="comment" required aria-invalid="true" aria-describedby="comment-text-error"></textarea>
      <p class="form-error" id="comment-text-error">Please write a comment.</p>
    </div>
    <div class="form-row">
      <div class="form-field"><label class="form-label" for="comment-name">Name <span class="form-required" aria-hidden="true">*</span></label><input class="form-input" id="comment-name" name="name" type="text" autocomplete="name" required></div>
      <div class="form-field"><label class="form-label" for="comment-email">Email <span class="form-required" aria-hidden="true">*</span></label><input class="form-input" id="comment-email" name="email" type="email" autocomplete="email" required></div>
      <div class="form-field"><label class="form-label" for="comment-url">Website</label><input class="form-input" id="comment-url" name="url" type="url" autocomplete="url"></div>
    </div>
    <p class="form-check"><input id="comment-remember" name="remember" type="checkbox"><label for="comment-remember">Save my name, email, and website in this browser for the next time I comment.</label></p>
    <div class="form-actions"><button class="button" type="submit">Post Comment</button></div>
  </form>
  <p class="comment-privacy form-hint">This site fights spam. <a href="/privacy">Learn how your comment data is processed.</a></p>
</div>`;
