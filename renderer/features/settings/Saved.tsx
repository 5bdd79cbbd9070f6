import { t } from '../../../shared/text/da';

/** „Gemt“ beside a card's save button. */
export function Saved({ show }: { show: boolean }) {
  return show ? (
    <span className="saved" role="status">
      {t.settings.savedOk}
    </span>
  ) : null;
}
