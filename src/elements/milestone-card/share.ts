/**
 * The card's share image and the share / download flow, loaded on the first click on Share:
 * drawn on a canvas from the card's data (no external images or fonts), then handed to the
 * system share sheet when it takes files, else downloaded. Imports nothing the card loads.
 */

export type ShareSize = 'square' | 'wide';
export type TagShape = 'keytag' | 'chip' | 'badge';

export interface ShareImage {
  /** The milestone ("90 days"). */
  label: string;
  name?: string;
  /** "Red keytag". */
  tag?: string;
  message?: string;
  /** Only when the page asked for it (`show-date`). */
  date?: string;
  color: string;
  textColor: string;
  shape: TagShape;
  glow?: boolean;
}

export const SHARE_SIZES: Readonly<Record<ShareSize, readonly [number, number]>> = { square: [1080, 1080], wide: [1200, 630] };

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Draws the image and returns it as a PNG blob. */
export async function drawShareImage(d: ShareImage, size: ShareSize): Promise<Blob> {
  const [w, h] = SHARE_SIZES[size];
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const c = canvas.getContext('2d')!;
  const bg = c.createLinearGradient(0, 0, w, h);
  bg.addColorStop(0, '#f7f9fc');
  bg.addColorStop(1, '#e6edf6');
  c.fillStyle = bg;
  c.fillRect(0, 0, w, h);

  const wide = size === 'wide';
  // The tag: a keytag (rounded tag with a ring hole), a round chip, or a round badge.
  const cx = wide ? 290 : w / 2;
  const cy = wide ? h / 2 : 280;
  const r = wide ? 200 : 190;
  c.save();
  if (d.glow) {
    c.shadowColor = '#9cff57';
    c.shadowBlur = 60;
  }
  c.fillStyle = d.color;
  c.strokeStyle = '#1d232b33';
  c.lineWidth = 6;
  c.beginPath();
  if (d.shape === 'keytag') c.roundRect(cx - r * 0.62, cy - r, r * 1.24, r * 2, r * 0.3);
  else c.arc(cx, cy, r, 0, Math.PI * 2);
  c.fill();
  c.shadowBlur = 0;
  c.stroke();
  if (d.shape === 'keytag') {
    c.fillStyle = '#f7f9fc';
    c.beginPath();
    c.arc(cx, cy - r * 0.72, r * 0.12, 0, Math.PI * 2);
    c.fill();
    c.stroke();
  } else if (d.shape === 'chip') {
    c.strokeStyle = d.textColor;
    c.lineWidth = 4;
    c.beginPath();
    c.arc(cx, cy, r * 0.86, 0, Math.PI * 2);
    c.stroke();
  }
  c.restore();
  c.textAlign = 'center';
  c.textBaseline = 'middle';
  c.fillStyle = d.textColor;
  fit(c, d.label, r * 1.05, 700, r * 0.34);
  c.fillText(d.label, cx, cy + (d.shape === 'keytag' ? r * 0.1 : 0));

  // The words.
  const x = wide ? 560 : w / 2;
  const maxW = wide ? w - x - 60 : w - 160;
  let y = wide ? 130 : 520;
  c.textAlign = wide ? 'left' : 'center';
  c.textBaseline = 'alphabetic';
  const line = (text: string | undefined, px: number, weight: number, color: string, lines = 1) => {
    if (!text) return;
    c.fillStyle = color;
    c.font = `${weight} ${px}px ${FONT}`;
    const all = wrap(c, text, maxW);
    all.slice(0, lines).forEach((l, i) => {
      y += px * 1.25;
      c.fillText(i === lines - 1 && all.length > lines ? `${l}…` : l, x, y);
    });
    y += px * 0.35;
  };
  line(d.name, 56, 700, '#1d232b');
  line(d.label, wide ? 84 : 96, 800, '#1d232b');
  line(d.tag, 36, 500, '#4d5866');
  line(d.message, 38, 400, '#1d232b', wide ? 3 : 2);
  line(d.date, 32, 400, '#4d5866');

  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob'))), 'image/png'));
}

/** Shrinks the font until `text` fits `max` pixels. */
function fit(c: CanvasRenderingContext2D, text: string, max: number, weight: number, px: number) {
  do c.font = `${weight} ${px}px ${FONT}`;
  while (c.measureText(text).width > max && (px -= 4) > 16);
}

function wrap(c: CanvasRenderingContext2D, text: string, max: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const word of text.split(/\s+/)) {
    const next = cur ? `${cur} ${word}` : word;
    if (cur && c.measureText(next).width > max) {
      out.push(cur);
      cur = word;
    } else cur = next;
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * Draws the image, then shares it through the system share sheet when this browser can share
 * files, else downloads it (a link clicked inside `root`). Returns how the image left, or
 * `undefined` when the person cancelled the share sheet (AbortError): a cancel does nothing,
 * no download. Other share errors (NotAllowedError in an iframe without `allow="web-share"`,
 * no user gesture) fall back to the download. Throws when the image cannot be made.
 */
export async function shareImage(d: ShareImage, size: ShareSize, root: Node): Promise<{ method: 'share' | 'download'; file: File } | undefined> {
  const blob = await drawShareImage(d, size);
  const slug = d.label.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'milestone';
  const file = new File([blob], `${slug}.png`, { type: 'image/png' });
  const files = [file];
  try {
    if (navigator.canShare?.({ files })) {
      await navigator.share({ files, title: d.label });
      return { method: 'share', file };
    }
  } catch (e) {
    if ((e as DOMException)?.name == 'AbortError') return undefined;
  }
  const a = document.createElement('a');
  a.href = URL.createObjectURL(file);
  a.download = file.name;
  a.hidden = true;
  root.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 30_000);
  return { method: 'download', file };
}
