import { t } from '../../../shared/text/da';

/** „Gemt“ beside a card's save button. */
export function Saved({ show }: { show: boolean }) {
  return show ? (
    <span className="saved" role="status">
      {t.settings.savedOk}
    </span>
  ) : null;
}

/** A settings card's „Gem“ button with „Gemt“ beside it once saved. */
export function SaveButton({ saved }: { saved: boolean }) {
  return (
    <>
      <button type="submit" className="primary">
        {t.app.save}
      </button>{' '}
      <Saved show={saved} />
    </>
  );
}
