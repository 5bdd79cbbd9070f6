import { useEffect, useState } from 'react';
import { DATE_PLACEHOLDER, TIME_PLACEHOLDER, formatDanishDateInput, parseDanishDate, parseDanishTime } from '../../shared/format/danishInput';
import { t } from '../../shared/text/da';

interface Props {
  id: string;
  /** „2026-11-23" for a date, „13:30" for a time, or '' for none. */
  value: string;
  /** Called with the parsed value as soon as what is typed is a whole date or time ('' when emptied). */
  onChange?: (value: string) => void;
  /** Called when the field is left, with the parsed value ('' when empty); not called while the text is invalid. */
  onCommit?: (value: string) => void;
  required?: boolean;
  disabled?: boolean;
}

function useDanishField(kind: 'date' | 'time', { value, onChange, onCommit }: Props) {
  const parse = kind === 'date' ? parseDanishDate : parseDanishTime;
  const show = kind === 'date' ? formatDanishDateInput : (v: string) => v;
  const [text, setText] = useState(show(value));
  // A new value from outside (another field, the core) replaces the text, unless the text already says it.
  useEffect(() => {
    setText((cur) => (parse(cur) === value || (cur.trim() === '' && value === '') ? cur : show(value)));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  const parsed = text.trim() === '' ? '' : parse(text);
  return {
    text,
    invalid: parsed === null,
    change(next: string) {
      setText(next);
      const v = next.trim() === '' ? '' : parse(next);
      if (v !== null) onChange?.(v);
    },
    blur() {
      if (parsed === null) return;
      setText(show(parsed));
      onCommit?.(parsed);
    },
  };
}

function DanishField({ props, kind }: { props: Props; kind: 'date' | 'time' }) {
  const f = useDanishField(kind, props);
  const hintId = `${props.id}-hint`;
  return (
    <>
      <input
        id={props.id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={kind === 'date' ? DATE_PLACEHOLDER : TIME_PLACEHOLDER}
        size={kind === 'date' ? 10 : 5}
        value={f.text}
        required={props.required}
        disabled={props.disabled}
        aria-invalid={f.invalid || undefined}
        aria-describedby={f.invalid ? hintId : undefined}
        onChange={(e) => f.change(e.target.value)}
        onBlur={f.blur}
      />
      {f.invalid && (
        <p className="hint" id={hintId}>
          {kind === 'date' ? t.app.dateFormatHint : t.app.timeFormatHint}
        </p>
      )}
    </>
  );
}

/** A date field that shows and reads „dd.mm.åååå" whatever the computer's language. */
export function DateInput(props: Props) {
  return <DanishField props={props} kind="date" />;
}

/** A time field that shows and reads 24-hour „tt:mm" whatever the computer's language. */
export function TimeInput(props: Props) {
  return <DanishField props={props} kind="time" />;
}
