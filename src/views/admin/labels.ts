// Words the admin shows for the domain's codes (roles, user statuses), in the admin's language.
import type { Role } from '../../users/user.ts';
import type { AdminT } from './types.ts';

/** A role's name ("Editor", "编辑", "Редактор"). */
export function roleLabel(ui: AdminT, role: Role): string {
  return ui.t(`role.${role}`);
}
