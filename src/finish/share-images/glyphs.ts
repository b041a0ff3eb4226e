import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import opentype, { type Font, type Glyph } from 'opentype.js';
import { Resvg } from '@resvg/resvg-js';

/** A glyph drawn once at one size: its advance, and its coverage (0-255 a pixel) placed against pen and baseline. */
interface DrawnGlyph {
  font: Font;
  glyph: Glyph;
  advance: number;
  left: number;
  top: number;
  width: number;
  height: number;
  coverage: Uint8Array | null;
}

function loadFont(file: string): Font {
  const bytes = readFileSync(fileURLToPath(import.meta.resolve(`@fontsource/noto-sans/files/${file}`)));
  return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
}

/**
 * Noto Sans (from @fontsource/noto-sans, Latin and Latin Extended) as drawn glyphs: each character is
 * rasterised once per weight and size with resvg, then text is set by copying glyphs, with the font's
 * advances and kerning. Setting a card this way costs a few milliseconds instead of rendering a page.
 */
export class GlyphAtlas {
  private readonly fonts: Record<400 | 700, Font[]>;
  private readonly drawn = new Map<string, DrawnGlyph>();

  constructor() {
    const pair = (weight: number) => [loadFont(`noto-sans-latin-${weight}-normal.woff`), loadFont(`noto-sans-latin-ext-${weight}-normal.woff`)];
    this.fonts = { 400: pair(400), 700: pair(700) };
  }

  private glyph(char: string, weight: 400 | 700, size: number): DrawnGlyph {
    const key = `${weight}/${size}/${char}`;
    const known = this.drawn.get(key);
    if (known) return known;
    const fonts = this.fonts[weight];
    // A character neither subset has is drawn as "?".
    const found = fonts.find((f) => f.charToGlyph(char).index !== 0);
    const font = found ?? fonts[0]!;
    const glyph = font.charToGlyph(found ? char : '?');
    const advance = (glyph.advanceWidth * size) / font.unitsPerEm;
    const path = glyph.getPath(0, 0, size);
    const box = path.getBoundingBox();
    let drawn: DrawnGlyph = { font, glyph, advance, left: 0, top: 0, width: 0, height: 0, coverage: null };
    if (Number.isFinite(box.x1) && box.x2 > box.x1) {
      const left = Math.floor(box.x1) - 1;
      const top = Math.floor(box.y1) - 1;
      const width = Math.ceil(box.x2) - left + 1;
      const height = Math.ceil(box.y2) - top + 1;
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><path transform="translate(${-left} ${-top})" d="${path.toPathData(3)}"/></svg>`;
      // Outlines only: no font lookup, so resvg need not scan the system's fonts for each glyph.
      const pixels = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
      const coverage = new Uint8Array(width * height);
      for (let i = 0; i < coverage.length; i++) coverage[i] = pixels[i * 4 + 3]!;
      drawn = { ...drawn, left, top, width, height, coverage };
    }
    this.drawn.set(key, drawn);
    return drawn;
  }

  /** Calls `place` for each glyph of the text with its pen position, kerning included; returns the text's width. */
  private set(text: string, weight: 400 | 700, size: number, place?: (glyph: DrawnGlyph, x: number) => void): number {
    let x = 0;
    let previous: DrawnGlyph | null = null;
    for (const char of text) {
      const current = this.glyph(char, weight, size);
      if (previous && previous.font === current.font) x += (current.font.getKerningValue(previous.glyph, current.glyph) * size) / current.font.unitsPerEm;
      place?.(current, x);
      x += current.advance;
      previous = current;
    }
    return x;
  }

  /** The width of a text in pixels. */
  measure(text: string, weight: 400 | 700, size: number): number {
    return this.set(text, weight, size);
  }

  /**
   * Draws a text into a canvas of palette indices: a pixel covered by a glyph gets `ramp` plus its
   * coverage in 127 steps (the palette's ramp from background to the text's colour).
   */
  draw(canvas: { width: number; height: number; indices: Uint8Array }, run: { text: string; weight: 400 | 700; size: number; x: number; baseline: number }, ramp: number): void {
    const { width, height, indices } = canvas;
    this.set(run.text, run.weight, run.size, (g, penX) => {
      if (!g.coverage) return;
      const left = Math.round(run.x + penX) + g.left;
      const top = run.baseline + g.top;
      for (let row = 0; row < g.height; row++) {
        const y = top + row;
        if (y < 0 || y >= height) continue;
        for (let col = 0; col < g.width; col++) {
          const cover = g.coverage[row * g.width + col]!;
          const x = left + col;
          if (cover === 0 || x < 0 || x >= width) continue;
          const index = ramp + Math.round((cover * 126) / 255) + 1;
          const at = y * width + x;
          if (indices[at] === 0 || index > indices[at]!) indices[at] = index;
        }
      }
    });
  }
}
