import { SseParser } from './sse-post';
import { decodeMap } from './helpers';

describe('SseParser', () => {
  it('parses events split across chunks', () => {
    const p = new SseParser();
    expect(p.push('event: start\ndata: {"id":"g1"}\n\nevent: tok')).toEqual([{ event: 'start', data: '{"id":"g1"}' }]);
    expect(p.push('en\ndata: {"token":"a"}\n\n: keep-alive\n\n')).toEqual([{ event: 'token', data: '{"token":"a"}' }]);
  });
});

describe('decodeMap', () => {
  it('decodes uint8 maps with their scale', () => {
    const data = btoa(String.fromCharCode(255, 0, 51, 204));
    expect(decodeMap({ layer: 0, head: 0, encoding: 'uint8', shape: [2, 2], data, scale: 1 / 255 })).toEqual([[1, 0], [0.2, 0.8]]);
  });

  it('decodes float16 maps', () => {
    const bytes = new Uint8Array(new Uint16Array([0x3c00, 0x3800]).buffer); // 1.0, 0.5
    const data = btoa(String.fromCharCode(...bytes));
    expect(decodeMap({ layer: 0, head: 0, encoding: 'float16', shape: [1, 2], data })).toEqual([[1, 0.5]]);
  });
});
