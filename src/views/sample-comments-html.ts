// Example markup of a comment section using the theme's classes: a guide for the comments feature,
// checked by the html-validate test (not used in production code).
/** Example markup of a comment section using the theme's classes (a guide for the comments feature). */
export const SAMPLE_COMMENTS_HTML = `<h2 class="comments-title" id="comments-title">2 responses to “Trade record”</h2>
<ol class="comment-list">
  <li class="comment" id="comment-1">
    <div class="comment-header">
      <svg class="comment-avatar" viewBox="0 0 40 40" aria-hidden="true"><circle cx="20" cy="20" r="20" fill="#6b6b6b"></circle></svg>
      <a class="comment-author" href="https://example.net/" rel="nofollow ugc noopener">Dana</a>
      <a class="comment-date" href="#comment-1"><time datetime="2026-03-11T09:00:00.000Z">March 11, 2026</time></a>
    </div>
    <div class="comment-body"><p>Useful figures, thank you.</p></div>
    <p class="comment-actions"><a class="comment-reply-link" href="?replyto=1#respond" aria-label="Reply to Dana">Reply</a></p>
    <ol class="comment-children">
      <li class="comment comment--pending" id="comment-2">
        <div class="comment-header"><span class="comment-author">Erlan</span></div>
        <p class="notice">Your comment is awaiting moderation.</p>
        <div class="comment-body"><p>Agreed.</p></div>
      </li>
    </ol>
  </li>
</ol>
<section class="comment-respond" id="respond" aria-labelledby="reply-title">
  <h2 class="comment-reply-title" id="reply-title">Leave a Reply</h2>
  <form class="comment-form" action="/article/x/comments" method="post" novalidate>
    <p class="form-hint">Your email address will not be published. Required fields are marked <span class="form-required" aria-hidden="true">*</span></p>
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
    <div class="form-check"><input id="comment-remember" name="remember" type="checkbox"><label for="comment-remember">Save my name, email, and website in this browser for the next time I comment.</label></div>
    <div class="form-actions"><button class="button" type="submit">Post Comment</button></div>
  </form>
</section>`;
