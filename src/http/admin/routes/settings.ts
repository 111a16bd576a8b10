// Site settings (owner only). Saving publishes the `settings` change key, so every cached
// public page (they all show the title and footer) is refreshed on every instance, and the spam
// filter reads its new thresholds before the next comment.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { parseSettings } from '../../../settings/site-settings.ts';
import { DEFAULT_HOLD_THRESHOLD } from '../../../spam/verdict.ts';
import {
  type EditableSettings,
  saveSettings,
  updateSiteSettings,
} from '../../../settings/update-site-settings.ts';
import {
  COMMENT_SETTING_NAMES,
  type CommentSettingsText,
  commentModerationOf,
  commentSettingsText,
  updateCommentSettings,
} from '../../../settings/comment-moderation-settings.ts';
import { commentSettingsMain } from '../../../views/admin/comment-settings-page.ts';
import type { FieldErrors } from '../../../views/admin/form.ts';
import { settingProblemsText } from '../../../views/admin/problem-text.ts';
import {
  type SettingsForm,
  type SpamSettingsForm,
  settingsMain,
} from '../../../views/admin/settings-page.ts';
import type { AdminRouteModule } from '../context.ts';
import { formString, parseForm } from '../forms.ts';
import { actingUserOf, requirePermission } from '../guards.ts';
import { redirectAfterPost, sendAdminPage, setFlash } from '../render.ts';

const settingsSchema = z.object({
  title: z.string().trim().min(1, 'validation.siteTitle').max(120, 'validation.max120'),
  tagline: z.string().trim().max(200, 'validation.max200'),
  logo: z.string().trim().max(500, 'validation.max500'),
  // Optional in the form: a post from a page without the field keeps working.
  shareImage: z.string().trim().max(500, 'validation.max500').optional(),
  siteIcon: z.string().trim().max(500, 'validation.max500').default(''),
  language: z.string().trim().min(2, 'validation.language').max(35),
  timezone: z.string().trim().min(1, 'validation.timezone').max(64),
  postsPerPage: z.coerce
    .number({ message: 'validation.number1to100' })
    .int('validation.postsPerPage')
    .min(1, 'validation.number1to100')
    .max(100, 'validation.number1to100'),
  dateFormat: z.enum(['long', 'medium', 'short', 'iso'], { message: 'validation.dateFormat' }),
  footerText: z.string().trim().max(500, 'validation.max500'),
});

const probability = (message: string) => z.coerce.number({ message }).refine(Number.isFinite, message);

const spamSettingsSchema = z
  .object({
    spamThreshold: probability('validation.spamThreshold').pipe(
      z.number().min(0.05, 'validation.spamThreshold').max(0.99, 'validation.spamThreshold'),
    ),
    // Optional: a form (or client) that does not send it keeps the default hold band.
    spamHoldThreshold: z.preprocess(
      (v) => (v === undefined || v === '' ? undefined : v),
      probability('validation.holdThreshold')
        .pipe(z.number().min(0.01, 'validation.holdThreshold').max(0.99, 'validation.holdThreshold'))
        .optional(),
    ),
    spamDiscardThreshold: probability('validation.discardThreshold').pipe(
      z.number().min(0.05, 'validation.discardThreshold').max(1, 'validation.discardThreshold'),
    ),
    spamShadowMode: z
      .string()
      .optional()
      .transform((v) => v === '1' || v === 'on'),
  })
  .refine((s) => s.spamHoldThreshold === undefined || s.spamHoldThreshold <= s.spamThreshold, {
    path: ['spamHoldThreshold'],
    message: 'validation.holdAboveSpam',
  })
  .refine((s) => s.spamDiscardThreshold >= s.spamThreshold, {
    path: ['spamDiscardThreshold'],
    message: 'validation.discardBelowSpam',
  })
  .transform((s) => ({
    ...s,
    spamHoldThreshold: s.spamHoldThreshold ?? Math.min(DEFAULT_HOLD_THRESHOLD, s.spamThreshold),
  }));

type SpamSettingsValues = z.infer<typeof spamSettingsSchema>;

const FIELDS = [
  'title',
  'tagline',
  'logo',
  'shareImage',
  'siteIcon',
  'language',
  'timezone',
  'postsPerPage',
  'dateFormat',
  'footerText',
] as const;

function toForm(s: EditableSettings): SettingsForm {
  return {
    ...s,
    logo: s.logo ?? '',
    shareImage: s.shareImage ?? '',
    siteIcon: s.siteIcon ?? '',
    postsPerPage: String(s.postsPerPage),
  };
}

function toSpamForm(s: SpamSettingsValues): SpamSettingsForm {
  return {
    spamThreshold: String(s.spamThreshold),
    spamHoldThreshold: String(s.spamHoldThreshold),
    spamDiscardThreshold: String(s.spamDiscardThreshold),
    spamShadowMode: s.spamShadowMode,
  };
}

/** Registers /admin/settings, /admin/settings/spam and /admin/settings/comments. */
export const settingsRoutes: AdminRouteModule = async (app, { deps }) => {
  app.addHook('preHandler', requirePermission('settings.manage'));

  const current = async () => parseSettings(await deps.settings.readAll());
  const settingsDeps = {
    settings: deps.settings,
    changes: deps.changes,
    audit: deps.accounts.audit,
    now: () => deps.clock.now(),
  };

  const show = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form: SettingsForm | null,
    errors: FieldErrors,
    status = 200,
    spam: { form: SpamSettingsForm; errors: FieldErrors } | null = null,
  ) => {
    const stored = form && spam ? null : await current();
    return sendAdminPage(request, reply, {
      title: request.admin.ui.t('settings.title'),
      section: 'settings',
      status,
      main: settingsMain({
        ui: request.admin.ui,
        csrfToken: request.admin.csrfToken,
        form: form ?? toForm(stored!),
        errors,
        spam: spam ?? { form: toSpamForm(stored!), errors: {} },
      }),
    });
  };

  app.get('/settings', async (request, reply) => show(request, reply, null, {}));

  const showComments = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form: CommentSettingsText | null,
    errors: FieldErrors,
    status = 200,
  ) =>
    sendAdminPage(request, reply, {
      title: request.admin.ui.t('commentSettings.title'),
      section: 'settings',
      status,
      main: commentSettingsMain({
        ui: request.admin.ui,
        csrfToken: request.admin.csrfToken,
        form: form ?? commentSettingsText(commentModerationOf(await current())),
        errors,
        floodOverride: deps.comments.floodSecondsOverride,
      }),
    });

  app.get('/settings/comments', async (request, reply) => showComments(request, reply, null, {}));

  app.post('/settings/comments', async (request, reply) => {
    const typed = Object.fromEntries(
      COMMENT_SETTING_NAMES.map((name) => [name, formString(request.body, name)]),
    ) as CommentSettingsText;
    const before = commentModerationOf(await current());
    const result = await updateCommentSettings(settingsDeps, actingUserOf(request), before, typed);
    if (!result.ok)
      return showComments(request, reply, typed, settingProblemsText(request.admin.ui, result.problems), 422);
    await setFlash(request, 'success', request.admin.ui.t('commentSettings.saved'));
    return redirectAfterPost(reply, '/admin/settings/comments');
  });

  app.post('/settings/spam', async (request, reply) => {
    const form = parseForm(spamSettingsSchema, request.body, request.admin.ui);
    if (!form.ok) {
      const typed: SpamSettingsForm = {
        spamThreshold: formString(request.body, 'spamThreshold'),
        spamHoldThreshold: formString(request.body, 'spamHoldThreshold'),
        spamDiscardThreshold: formString(request.body, 'spamDiscardThreshold'),
        spamShadowMode: formString(request.body, 'spamShadowMode') !== '',
      };
      return show(request, reply, null, {}, 422, { form: typed, errors: form.errors });
    }
    await saveSettings(settingsDeps, actingUserOf(request), await current(), form.value);
    await setFlash(request, 'success', request.admin.ui.t('settings.spam.saved'));
    return redirectAfterPost(reply, '/admin/settings');
  });

  app.post('/settings', async (request, reply) => {
    const typed = Object.fromEntries(
      FIELDS.map((f) => [f, formString(request.body, f)]),
    ) as unknown as SettingsForm;
    const form = parseForm(settingsSchema, request.body, request.admin.ui);
    if (!form.ok) return show(request, reply, typed, form.errors, 422);
    const before = await current();
    const result = await updateSiteSettings(settingsDeps, actingUserOf(request), pick(before), {
      ...form.value,
      logo: form.value.logo || null,
      shareImage: form.value.shareImage || null,
      siteIcon: form.value.siteIcon || null,
    });
    if (!result.ok)
      return show(request, reply, typed, settingProblemsText(request.admin.ui, result.problems), 422);
    await setFlash(request, 'success', request.admin.ui.t('settings.saved'));
    return redirectAfterPost(reply, '/admin/settings');
  });
};

function pick(s: EditableSettings): EditableSettings {
  return Object.fromEntries(FIELDS.map((f) => [f, s[f]])) as unknown as EditableSettings;
}
