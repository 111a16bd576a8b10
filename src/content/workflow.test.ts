import { describe, expect, it } from 'vitest';
import type { Role } from '../users/index.ts';
import type { ArticleKind, ArticleStatus } from './article.ts';
import { EditorialError } from './editorial-error.ts';
import { allowedActions, canChooseAuthor, nextStatus, planTransition } from './workflow.ts';

const actor = (role: Role) => ({ id: 7, role });
const own = (status: ArticleStatus, kind: ArticleKind = 'post') => ({ kind, status, authorId: 7 });
const others = (status: ArticleStatus, kind: ArticleKind = 'post') => ({ kind, status, authorId: 99 });

describe('workflow matrix', () => {
  it.each([
    // role, subject, kind, expected actions
    ['owner', others('draft'), 'post', 'save submit publish schedule trash'],
    ['editor', others('review'), 'post', 'save submit publish schedule trash'],
    ['editor', others('scheduled'), 'post', 'save publish schedule unpublish trash'],
    ['editor', others('published'), 'post', 'save publish unpublish trash'],
    ['editor', others('trash'), 'post', 'restore delete'],
    ['owner', others('trash', 'page'), 'page', 'restore delete'],
    ['editor', null, 'page', 'save submit publish schedule'],
    ['author', own('draft'), 'post', 'save submit publish schedule trash'],
    ['author', own('published'), 'post', 'save publish unpublish trash'],
    ['author', own('trash'), 'post', 'restore'],
    ['author', others('draft'), 'post', ''],
    ['author', others('published'), 'post', ''],
    ['author', null, 'post', 'save submit publish schedule'],
    ['author', null, 'page', ''],
    ['author', own('draft', 'page'), 'page', ''],
    ['contributor', null, 'post', 'save submit'],
    ['contributor', own('draft'), 'post', 'save submit trash'],
    ['contributor', own('review'), 'post', 'save submit trash'],
    ['contributor', own('scheduled'), 'post', ''],
    ['contributor', own('published'), 'post', ''],
    ['contributor', own('trash'), 'post', 'restore'],
    ['contributor', others('draft'), 'post', ''],
  ] as const)('%s on %j (%s) may: %s', (role, subject, kind, expected) => {
    expect(allowedActions(actor(role), subject, kind).join(' ')).toBe(expected);
  });

  it('moves through the states', () => {
    expect(nextStatus('new', 'save')).toBe('draft');
    expect(nextStatus('draft', 'submit')).toBe('review');
    expect(nextStatus('review', 'schedule')).toBe('scheduled');
    expect(nextStatus('scheduled', 'unpublish')).toBe('draft');
    expect(nextStatus('published', 'trash')).toBe('trash');
    expect(nextStatus('trash', 'restore')).toBe('draft');
    expect(nextStatus('trash', 'delete')).toBe('deleted');
    expect(nextStatus('published', 'schedule')).toBeNull();
    expect(nextStatus('trash', 'save')).toBeNull();
  });

  it('refuses with a coded error saying why', () => {
    const refuse = (fn: () => unknown) => {
      try {
        fn();
      } catch (err) {
        return err instanceof EditorialError ? err.code : 'other';
      }
      return 'allowed';
    };
    expect(refuse(() => planTransition(actor('contributor'), 'publish', own('draft'), 'post'))).toBe(
      'FORBIDDEN',
    );
    expect(refuse(() => planTransition(actor('author'), 'delete', own('trash'), 'post'))).toBe('FORBIDDEN');
    expect(refuse(() => planTransition(actor('editor'), 'delete', others('draft'), 'post'))).toBe(
      'VALIDATION_FAILED',
    );
    expect(planTransition(actor('editor'), 'delete', others('trash'), 'post')).toBe('deleted');
  });

  it('lets only editors and owners credit another author', () => {
    expect(canChooseAuthor(actor('owner'), 'post')).toBe(true);
    expect(canChooseAuthor(actor('editor'), 'post')).toBe(true);
    expect(canChooseAuthor(actor('author'), 'post')).toBe(false);
    expect(canChooseAuthor(actor('contributor'), 'post')).toBe(false);
  });
});
