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
  /** Kerning against each glyph met after this one, in pixels (the font's lookup is slow, and lines are measured many times). */
  kerning: Map<DrawnGlyph, number>;
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
  /** For each ramp, the palette index of each coverage value (1-255). */
  private readonly shadesByRamp = new Map<number, Uint8Array>();
  /** Drawn glyphs by weight and size ("700/52"), then by character. */
  private readonly drawn = new Map<string, Map<string, DrawnGlyph>>();

  constructor() {
    const pair = (weight: number) => [loadFont(`noto-sans-latin-${weight}-normal.woff`), loadFont(`noto-sans-latin-ext-${weight}-normal.woff`)];
    this.fonts = { 400: pair(400), 700: pair(700) };
  }

  private glyph(char: string, drawn: Map<string, DrawnGlyph>, weight: 400 | 700, size: number): DrawnGlyph {
    const known = drawn.get(char);
    if (known) return known;
    const fonts = this.fonts[weight];
    // A character neither subset has is drawn as "?".
    const found = fonts.find((f) => f.charToGlyph(char).index !== 0);
    const font = found ?? fonts[0]!;
    const glyph = font.charToGlyph(found ? char : '?');
    const advance = (glyph.advanceWidth * size) / font.unitsPerEm;
    const path = glyph.getPath(0, 0, size);
    const box = path.getBoundingBox();
    let result: DrawnGlyph = { font, glyph, advance, left: 0, top: 0, width: 0, height: 0, coverage: null, kerning: new Map() };
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
      result = { ...result, left, top, width, height, coverage };
    }
    drawn.set(char, result);
    return result;
  }

  /** Calls `place` for each glyph of the text with its pen position, kerning included; returns the text's width. */
  private set(text: string, weight: 400 | 700, size: number, place?: (glyph: DrawnGlyph, x: number) => void): number {
    let x = 0;
    let previous: DrawnGlyph | null = null;
    const key = `${weight}/${size}`;
    const drawn = this.drawn.get(key) ?? this.drawn.set(key, new Map()).get(key)!;
    for (const char of text) {
      const current = this.glyph(char, drawn, weight, size);
      if (previous && previous.font === current.font) x += this.kerning(previous, current, size);
      place?.(current, x);
      x += current.advance;
      previous = current;
    }
    return x;
  }

  private shades(ramp: number): Uint8Array {
    let shade = this.shadesByRamp.get(ramp);
    if (!shade) {
      shade = new Uint8Array(256);
      for (let cover = 1; cover < 256; cover++) shade[cover] = ramp + Math.round((cover * 126) / 255) + 1;
      this.shadesByRamp.set(ramp, shade);
    }
    return shade;
  }

  private kerning(left: DrawnGlyph, right: DrawnGlyph, size: number): number {
    let value = left.kerning.get(right);
    if (value === undefined) {
      value = (right.font.getKerningValue(left.glyph, right.glyph) * size) / right.font.unitsPerEm;
      left.kerning.set(right, value);
    }
    return value;
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
    const shade = this.shades(ramp);
    this.set(run.text, run.weight, run.size, (g, penX) => {
      const coverage = g.coverage;
      if (!coverage) return;
      const left = Math.round(run.x + penX) + g.left;
      const top = run.baseline + g.top;
      // The glyph's rows and columns that fall inside the canvas, found once rather than tested pixel by pixel.
      const [firstRow, lastRow] = [Math.max(0, -top), Math.min(g.height, height - top)];
      const [firstCol, lastCol] = [Math.max(0, -left), Math.min(g.width, width - left)];
      for (let row = firstRow; row < lastRow; row++) {
        const from = row * g.width;
        const to = (top + row) * width + left;
        for (let col = firstCol; col < lastCol; col++) {
          const cover = coverage[from + col]!;
          if (cover === 0) continue;
          const index = shade[cover]!;
          const at = to + col;
          if (indices[at] === 0 || index > indices[at]!) indices[at] = index;
        }
      }
    });
  }
}
