// Vitest setup shared by every project: canvas for ECharts, ResizeObserver and matchMedia for jsdom.
import 'vitest-canvas-mock';

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const g = globalThis as Record<string, unknown>;
if (!g['ResizeObserver']) g['ResizeObserver'] = ResizeObserverStub;
if (typeof window !== 'undefined' && !window.matchMedia) {
  window.matchMedia = (query: string) => ({
    matches: false, media: query, onchange: null, addListener() {}, removeListener() {},
    addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false,
  }) as unknown as MediaQueryList;
}
