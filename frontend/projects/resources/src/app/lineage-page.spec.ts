import { layout } from './lineage-page';

describe('lineage layout', () => {
  it('puts each layer in its own column, left to right, and stacks nodes in a column', () => {
    const node = (kind: string, id: string, layer: number) => ({ kind, id, label: `${kind} ${id}`, layer, link: null });
    const g = {
      nodes: [node('dataset_version', '1', 1), node('run', '2', 3), node('model_version', '3', 4), node('run', '4', 3)],
      edges: [], truncated: false,
    };
    const { nodes, width, height } = layout(g);
    const at = (k: string, id: string) => nodes.find((n) => n.kind === k && n.id === id)!;
    expect(at('dataset_version', '1').x).toBeLessThan(at('run', '2').x);
    expect(at('run', '2').x).toBeLessThan(at('model_version', '3').x);
    expect(at('run', '2').x).toBe(at('run', '4').x);
    expect(at('run', '4').y).toBeGreaterThan(at('run', '2').y);
    expect(width).toBeGreaterThan(at('model_version', '3').x);
    expect(height).toBeGreaterThan(at('run', '4').y);
  });
});
