// A moderator's reply from the console: a comment still waiting is approved first (a reply
// under a comment readers cannot see would be an orphan), then the reply is posted as the
// moderator, without subscription or "remember me".
import type { Article } from '../content/index.ts';
import type { Comment } from './comment.ts';
import type { CommentSettings } from './comment-settings.ts';
import { type ModerateDeps, moderateComment } from './moderate-comment.ts';
import { type PostCommentDeps, postComment } from './post-comment.ts';

/** The moderator replying. */
export interface ReplyingModerator {
  id: number;
  role: string;
  name: string;
  email: string;
}

/** Approves `comment` if it waits, then posts `content` under it; true when the reply is posted. */
export async function replyAsModerator(
  deps: PostCommentDeps & Pick<ModerateDeps, 'moderation' | 'articles' | 'comments'>,
  settings: CommentSettings,
  moderator: ReplyingModerator,
  target: { comment: Comment; article: Article },
  content: string,
): Promise<boolean> {
  if (target.comment.status === 'pending')
    await moderateComment(deps, settings, moderator, target.comment.id, 'approve');
  const outcome = await postComment(
    deps,
    settings,
    target.article,
    {
      comment: content,
      author: moderator.name,
      email: moderator.email,
      url: '',
      parentId: target.comment.id,
      remember: false,
      notify: false,
    },
    { ip: null, userAgent: null, user: { id: moderator.id, name: moderator.name, email: moderator.email } },
  );
  return outcome.kind === 'posted';
}
