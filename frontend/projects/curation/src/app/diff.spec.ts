import { rowText, wordDiff } from './diff';

describe('wordDiff', () => {
  it('marks removed and added words', () => {
    const parts = wordDiff('Hello\u200b   world, this text', 'Hello world, this text');
    expect(parts.filter((p) => p.kind === 'del').map((p) => p.text).join('')).toContain('Hello\u200b');
    expect(parts.filter((p) => p.kind === 'add').map((p) => p.text).join('')).toContain('Hello');
    expect(parts.filter((p) => p.kind === 'same').map((p) => p.text).join('')).toContain('world, this text');
  });

  it('keeps Devanagari words whole', () => {
    const parts = wordDiff('भारत एक देश है', 'भारत एक विशाल देश है');
    expect(parts.find((p) => p.kind === 'add')?.text.trim()).toBe('विशाल');
    expect(parts.some((p) => p.kind === 'del')).toBe(false);
  });

  it('reads the text of every row shape', () => {
    expect(rowText({ prompt: 'q', completion: 'a' })).toBe('q\na');
    expect(rowText({ messages: [{ role: 'user', content: 'hi' }] })).toBe('user: hi');
    expect(rowText(null)).toBe('');
  });
});
