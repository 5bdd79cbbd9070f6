import { ROLE_CODES, ROLE_LABELS, type RoleCode } from '../../shared/domain/roles';
import { t } from '../../shared/text/da';

type Props = { id: string; roles?: readonly RoleCode[] } & (
  | { optional: true; value: RoleCode | ''; onChange: (role: RoleCode | '') => void }
  | { optional?: false; value: RoleCode; onChange: (role: RoleCode) => void }
);

/** A person's role, in the words of SPEC §2; `optional` adds „Vælg" (the person's own role is used). */
export function RoleSelect({ id, value, onChange, optional, roles = ROLE_CODES }: Props) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value as RoleCode)}>
      {optional && <option value="">{t.app.choose}</option>}
      {roles.map((r) => (
        <option key={r} value={r}>
          {ROLE_LABELS[r]}
        </option>
      ))}
    </select>
  );
}
