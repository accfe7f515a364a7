import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { AttentionViewer, tokenLabel } from './attention-viewer';

describe('attention viewer labels', () => {
  it('numbers each token and makes spaces, newlines, empty tokens and byte fragments visible', () => {
    expect(tokenLabel(' the', 3)).toBe('3:␣the');
    expect(tokenLabel('\n', 0)).toBe('0:↵␣');
    expect(tokenLabel('', 1)).toBe('1:∅');
    expect(tokenLabel('\ufffd', 2)).toBe('2:⋯');
    expect(tokenLabel('   ', 4)).toBe('4:···');
    expect(tokenLabel('abcdefghijklmnopqrst', 5)).toBe('5:abcdefghijklm…');
  });

  it('labels every token of the whole analysed sequence, each label distinct', () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const fixture = TestBed.createComponent(AttentionViewer);
    fixture.componentRef.setInput('text', 'x');
    fixture.componentRef.setInput('target', { model: 'demo' });
    const n = 120;
    const tokens = Array.from({ length: n }, (_, i) => (i % 2 ? ' the' : ' cat'));
    const bytes = new Uint8Array(n * n).map((_, i) => i % 256);
    const data = btoa(String.fromCharCode(...bytes));
    const viewer = fixture.componentInstance as unknown as {
      page: { set(p: unknown): void };
      options(): { xAxis: { data: string[]; axisLabel: { interval: number } }; yAxis: { data: string[]; axisLabel: { interval: number } } } | null;
      chartHeight(): string;
    };
    viewer.page.set({ id: 'p', tokens, layers: 2, heads: 2, head_summary: [], maps: [{ layer: 0, head: 0, shape: [n, n], encoding: 'uint8', scale: 1 / 255, data }] });
    const o = viewer.options()!;
    expect(o.xAxis.data.length).toBe(n);
    expect(o.yAxis.data).toEqual(o.xAxis.data);
    expect(new Set(o.xAxis.data).size).toBe(n); // repeated tokens stay distinguishable by position
    expect(o.xAxis.axisLabel.interval).toBe(0); // no label is skipped, however long the sequence
    expect(o.yAxis.axisLabel.interval).toBe(0);
    expect(parseInt(viewer.chartHeight(), 10)).toBeGreaterThanOrEqual(n * 16); // a readable row per token
  });
});
