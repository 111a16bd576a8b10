// The spam verdict of one comment in the moderation console: verdict, score and top reasons
// ("3 links to a URL shortener · words: casino, bonus") in the admin's language, each reason
// linking to the list filtered by it.
import { type Html, html } from '../../html.ts';
import { SIGNAL_CODES } from '../../../spam/signals/signals.ts';
import { type Reason, TEXT_REASON_CODES } from '../../../spam/verdict.ts';
import type { AdminT } from '../types.ts';
import { reasonName, reasonText } from '../spam/reason-text.ts';

/** Every reason code the console can filter by. */
export const REASON_CODES: readonly string[] = [...SIGNAL_CODES, ...TEXT_REASON_CODES];

/** What the console shows of a verdict. */
export interface SpamVerdictView {
  verdict: string;
  score: number;
  shadow: boolean;
  reasons: Reason[];
}

/** The view of a stored verdict (reasons are JSON text), or null when there is none. */
export function verdictView(
  v: { verdict: string; score: number; shadow: boolean; reasons: string } | undefined,
): SpamVerdictView | null {
  if (!v) return null;
  let reasons: Reason[] = [];
  try {
    const parsed: unknown = JSON.parse(v.reasons);
    if (Array.isArray(parsed)) reasons = parsed as Reason[];
  } catch {
    // A damaged record still shows the verdict and score.
  }
  return { verdict: v.verdict, score: v.score, shadow: v.shadow, reasons };
}

/** The verdict line under a comment. Each reason is worded from its code and values; a verdict
 * stored before reasons carried values shows the filter's English sentence, marked English. */
export function renderSpamVerdict(ui: AdminT, v: SpamVerdictView, status: string): Html {
  // Spam reasons first: they explain why a comment was held; ham reasons only when they matter.
  const shown = v.reasons.filter((r) => r.weight > 0).slice(0, 3);
  const level = v.score >= 0.9 ? 'high' : v.score >= 0.5 ? 'mid' : 'low';
  return html`<p class="comment-spam-verdict comment-spam-verdict--${level}">
    <span class="comment-spam-label"
      >${ui.t(v.shadow ? 'comments.spamFilterShadow' : 'comments.spamFilter')}</span
    >
    <strong>${ui.t('comments.verdict', { verdict: v.verdict })}</strong>
    <span class="spam-score">${ui.t('comments.spamScore', { percent: (v.score * 100).toFixed(0) })}</span>
    ${
      shown.length
        ? html` —
          ${shown
            .map((r) => {
              const said = reasonText(ui, r);
              return html`<a
                href="/admin/comments?status=${status}&amp;reason=${encodeURIComponent(r.code)}"
                title="${ui.t('comments.showReason')}"
                ${said.lang ? html`lang="${said.lang}"` : ''}
                >${said.text}</a
              >`;
            })
            .map((link, i) => (i ? html` · ${link}` : link))}`
        : ''
    }
  </p>`;
}

/** The filter's reason select. */
export function reasonSelect(ui: AdminT, codes: readonly string[], current: string): Html {
  return html`<div class="form-field">
    <label class="form-label" for="f-reason">${ui.t('comments.spamReason')}</label>
    <select class="form-select" id="f-reason" name="reason">
      <option value="">${ui.t('comments.anyReason')}</option>
      ${codes.map(
        (c) => html`<option value="${c}" ${c === current ? 'selected' : ''}>${reasonName(ui, c)}</option>`,
      )}
    </select>
  </div>`;
}
