/**
 * The chart PNG encoder, checked by a real decoder: resvg draws the encoded
 * file back (as an <image> in an SVG) and must get the very pixels encoded.
 */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../../reports/charts/encodePng.ts';

function decode(png: Buffer, width: number, height: number): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">`
    + `<image href="data:image/png;base64,${png.toString('base64')}" width="${width}" height="${height}"/></svg>`;
  return new Resvg(svg).render().pixels;
}

describe('encodePng', () => {
  it('writes a PNG that decodes to the same opaque pixels', async () => {
    const [width, height] = [37, 23];
    const rgba = Buffer.alloc(width * height * 4);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) rgba.set([(x * 7) % 256, (y * 11) % 256, (x * y) % 256, 255], (y * width + x) * 4);
    }
    const png = await encodePng(rgba, width, height);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(width);
    expect(png.readUInt32BE(20)).toBe(height);
    expect(decode(png, width, height).equals(rgba)).toBe(true);
  });

  it('refuses pixels that do not fill the size given', async () => {
    await expect(encodePng(Buffer.alloc(10), 2, 2)).rejects.toThrow(/not 2×2 RGBA/);
  });
});
