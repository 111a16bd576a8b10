// The learning curve measured on public data (npm run spam:curve -- --write): for each YouTube
// video the built-in recipe never saw, how the filter improves as its comments are replayed as
// moderator decisions. The spam dashboard draws it; docs/spam.md has the tables.
import data from './learning-curve-public.json' with { type: 'json' };
import type { CurvePoint, DecisionPolicy } from './learning-curve.ts';

/** One video's curve under one decision policy. */
export interface PublicCurve {
  video: string;
  policy: DecisionPolicy;
  testSpam: number;
  testHam: number;
  points: CurvePoint[];
}

/** The curves and the day they were measured. */
export const PUBLIC_LEARNING_CURVE: { measured: string; curves: PublicCurve[] } = data as {
  measured: string;
  curves: PublicCurve[];
};
