/**
 * The core's refusal of a field (the privacy guard), shown right beside the field it is about, announced to screen
 * readers, and tied to the field with aria-describedby (the field sets aria-invalid).
 */
export function FieldRefusal({ id, message }: { id: string; message: string | null }) {
  if (!message) return null;
  return (
    <p className="field-refusal alert error" id={id} role="alert" data-testid="felt-afvist">
      {message}
    </p>
  );
}
