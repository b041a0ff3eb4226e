// opentype.js 2 ships no type declarations: the little of its API the share images use.
declare module 'opentype.js' {
  /** A glyph of a font: its advance and outline. */
  export interface Glyph {
    index: number;
    advanceWidth: number;
    getPath(x: number, y: number, fontSize: number): { getBoundingBox(): { x1: number; y1: number; x2: number; y2: number }; toPathData(decimals?: number): string };
  }
  /** A parsed font. */
  export interface Font {
    unitsPerEm: number;
    charToGlyph(char: string): Glyph;
    getKerningValue(left: Glyph, right: Glyph): number;
  }
  /** Parses a TrueType, OpenType or WOFF font. */
  export function parse(buffer: ArrayBuffer): Font;
  const opentype: { parse: typeof parse };
  export default opentype;
}
