import { useRef, useState } from 'react';
import { t } from '../../../shared/text/da';

/**
 * Draw a signature with mouse, pen or finger (pointer events). Calls onChange with a PNG data URL, or null when
 * the pad is empty. Keyboard users can type their name instead (the dialog offers it).
 */
export function SignaturePad({ onChange, label }: { onChange: (dataUrl: string | null) => void; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const [empty, setEmpty] = useState(true);

  // The pad is sized when first touched: inside a <dialog> that is just opening, it has no size at mount time.
  function ensureSized(c: HTMLCanvasElement): CanvasRenderingContext2D {
    const ratio = window.devicePixelRatio || 1;
    const ctx = c.getContext('2d')!;
    const w = Math.round(c.clientWidth * ratio);
    const h = Math.round(c.clientHeight * ratio);
    if (c.width !== w || c.height !== h) {
      c.width = w;
      c.height = h;
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.lineWidth = 2.2;
      ctx.lineCap = 'round';
      ctx.lineJoin = 'round';
      ctx.strokeStyle = '#10243a';
    }
    return ctx;
  }

  function point(e: React.PointerEvent<HTMLCanvasElement>) {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  }

  return (
    <div>
      <canvas
        ref={canvas}
        className="sig-canvas"
        role="img"
        aria-label={label}
        data-testid="signature-pad"
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          drawing.current = true;
          const ctx = ensureSized(e.currentTarget);
          const p = point(e);
          ctx.beginPath();
          ctx.moveTo(p.x, p.y);
        }}
        onPointerMove={(e) => {
          if (!drawing.current) return;
          const ctx = e.currentTarget.getContext('2d')!;
          const p = point(e);
          ctx.lineTo(p.x, p.y);
          ctx.stroke();
        }}
        onPointerUp={(e) => {
          if (!drawing.current) return;
          drawing.current = false;
          setEmpty(false);
          onChange(e.currentTarget.toDataURL('image/png'));
        }}
      />
      <div className="toolbar" style={{ marginTop: '0.5rem' }}>
        <span className="meta">{t.referat.drawHere}</span>
        <button
          type="button"
          className="small"
          disabled={empty}
          onClick={() => {
            const c = canvas.current;
            if (!c) return;
            c.getContext('2d')!.clearRect(0, 0, c.width, c.height);
            setEmpty(true);
            onChange(null);
          }}
        >
          {t.referat.clear}
        </button>
      </div>
    </div>
  );
}
