// Big Meeting Guide feeds for the benchmarks, made by varying a real one: new slugs, times
// shifted by 15-minute steps, days rotated, coordinates jittered (seeded, so runs compare).

/** A feed of `count` records built from `base` (an array of Meeting Guide records). */
export function generateFeed(base, count, seed = 12345) {
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const out = new Array(count);
  for (let i = 0; i < count; i++) {
    const src = base[i % base.length];
    const k = Math.floor(i / base.length);
    const r = { ...src, slug: `${src.slug}-g${i}`, id: undefined };
    if (k > 0) {
      const shiftMin = (k * 15) % 1440;
      const shift = (t) => {
        if (typeof t !== 'string' || !/^\d\d:\d\d/.test(t)) return t;
        const m = (+t.slice(0, 2) * 60 + +t.slice(3, 5) + shiftMin) % 1440;
        return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      };
      r.time = shift(src.time);
      if (src.end_time) r.end_time = shift(src.end_time);
      if (typeof src.day === 'number') r.day = (src.day + k) % 7;
      const lat = Number(src.latitude);
      const lng = Number(src.longitude);
      if (Number.isFinite(lat) && Number.isFinite(lng)) {
        r.latitude = +(lat + (rnd() - 0.5) * 0.2).toFixed(7);
        r.longitude = +(lng + (rnd() - 0.5) * 0.2).toFixed(7);
      }
      r.name = `${src.name} ${k}`;
    }
    out[i] = r;
  }
  return out;
}
