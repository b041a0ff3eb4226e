import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GlyphAtlas } from '../../src/finish/share-images/glyphs.ts';
import { encodeIndexedPng } from '../../src/finish/share-images/png.ts';
import { CARD_PALETTE, renderShareImage } from '../../src/finish/share-images/render.ts';

/** The chunks of a PNG file, by type, in order. */
function chunks(png: Buffer): Array<{ type: string; data: Buffer }> {
  const found = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    found.push({ type: png.toString('latin1', at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return found;
}

describe('share image files', () => {
  it('encode palette indices as a PNG that decodes back to the same pixels', () => {
    const indices = new Uint8Array([0, 1, 2, 3, 3, 2]);
    const png = encodeIndexedPng(3, 2, indices, new Uint8Array([255, 255, 255, 0, 0, 0, 29, 79, 145, 10, 10, 10]));
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const [ihdr, plte, idat, iend] = chunks(png);
    expect([ihdr!.type, plte!.type, idat!.type, iend!.type]).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    expect([ihdr!.data.readUInt32BE(0), ihdr!.data.readUInt32BE(4), ihdr!.data[8], ihdr!.data[9]]).toEqual([3, 2, 8, 3]);
    expect([...inflateSync(idat!.data)]).toEqual([0, 0, 1, 2, 0, 3, 3, 2]);
  });

  it('render a 1200x630 card whose pixels are mostly background, with text in ink and accent', () => {
    const png = renderShareImage({ title: 'Letter dated 11 December 2015 from the Chair', dateText: '11 December 2015', from: 'Sylvie Lucas' }, new GlyphAtlas());
    const [ihdr, , idat] = chunks(png);
    expect([ihdr!.data.readUInt32BE(0), ihdr!.data.readUInt32BE(4)]).toEqual([1200, 630]);
    const rows = inflateSync(idat!.data);
    const pixels = rows.filter((_, i) => i % 1201 !== 0);
    const share = (test: (index: number) => boolean) => pixels.filter(test).length / pixels.length;
    expect(share((i) => i === 0)).toBeGreaterThan(0.8);
    expect(share((i) => i === 127)).toBeGreaterThan(0.005);
    expect(share((i) => i > 127)).toBeGreaterThan(0.02);
    expect([...CARD_PALETTE.subarray(0, 3)]).toEqual([0xfd, 0xfc, 0xf9]);
    expect([...CARD_PALETTE.subarray(127 * 3, 128 * 3)]).toEqual([0x1c, 0x1c, 0x1c]);
  });
});
