import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { ApiClient, EmptyState, SessionStore } from '@llmworks/ui-kit';
import type { GraphOut as Graph, GraphNode } from '@llmworks/api-client';
import { BASE } from './api';
import { ResourcesNav } from './nav';

const W = 200;
const H = 56;
const GAP_X = 70;
const GAP_Y = 18;

interface Placed extends GraphNode { x: number; y: number }

/** Lay the DAG out left to right by layer (dataset versions → runs → models → evaluations → exports → deployments). */
export function layout(g: Graph): { nodes: Placed[]; width: number; height: number } {
  const layers = [...new Set(g.nodes.map((n) => n.layer))].sort((a, b) => a - b);
  const col = new Map(layers.map((l, i) => [l, i]));
  const rows = new Map<number, number>();
  const nodes = g.nodes.map((n) => {
    const c = col.get(n.layer)!;
    const r = rows.get(c) ?? 0;
    rows.set(c, r + 1);
    return { ...n, x: 20 + c * (W + GAP_X), y: 20 + r * (H + GAP_Y) };
  });
  return { nodes, width: 40 + layers.length * (W + GAP_X), height: 40 + Math.max(1, ...rows.values()) * (H + GAP_Y) };
}

/** The interactive lineage graph of the project: filters, click-through, upstream/downstream questions. */
@Component({
  selector: 'lw-lineage-page',
  imports: [EmptyState, RouterLink, ResourcesNav],
  template: `
    <div class="page">
      <div class="page-header">
        <div><h1>Lineage</h1><p class="subtitle">From dataset versions through curation, runs and models to evaluations, exports and deployments.</p></div>
        <lw-resources-nav />
      </div>
      <div class="filters" role="group" aria-label="Node kinds">
        @for (k of kinds(); track k) {
          <label><input type="checkbox" [checked]="!hidden().has(k)" (change)="toggle(k)" /> {{ k.replaceAll('_', ' ') }}</label>
        }
        @if (focus()) {
          <span class="focus">{{ focus()!.direction === 'up' ? 'Where did' : 'What used' }} {{ focus()!.kind.replaceAll('_', ' ') }} {{ focus()!.id }} {{ focus()!.direction === 'up' ? 'come from' : '' }}
            <button type="button" class="btn small" (click)="clearFocus()">Show all</button></span>
        }
      </div>
      @if (!graph()?.nodes?.length) { <lw-empty-state icon="account_tree" title="No lineage yet" hint="Training, evaluations, exports and deployments record where each model came from." /> }
      @else {
        <div class="canvas card" tabindex="0" role="region" aria-label="Lineage drawing">
          <svg [attr.width]="placed().width" [attr.height]="placed().height" role="img" aria-label="Lineage graph">
            @for (e of paths(); track e.key) {
              <path [attr.d]="e.d" class="edge"><title>{{ e.relation }}</title></path>
            }
            @for (n of visibleNodes(); track n.kind + n.id) {
              <g class="node" [class.selected]="isSelected(n)" [attr.transform]="'translate(' + n.x + ',' + n.y + ')'" (click)="select(n)"
                tabindex="0" (keydown.enter)="select(n)" [attr.data-node]="n.kind + ':' + n.id" [attr.aria-label]="n.kind + ' ' + n.label">
                <rect [attr.width]="W" [attr.height]="H" rx="8" [attr.class]="'k-' + n.kind" />
                <text x="10" y="22" class="kind">{{ n.kind.replaceAll('_', ' ') }}</text>
                <text x="10" y="42" class="label">{{ n.label.length > 26 ? n.label.slice(0, 25) + '…' : n.label }}</text>
              </g>
            }
          </svg>
        </div>
      }
      @if (selected(); as s) {
        <section class="card details" aria-label="Selected node">
          <h2>{{ s.label }}</h2>
          <p class="muted">{{ s.kind.replaceAll('_', ' ') }} {{ s.id }}</p>
          @if (s.link) { <a class="btn" [routerLink]="s.link">Open</a> }
          <button type="button" class="btn" (click)="ask(s, 'down')">What used this</button>
          <button type="button" class="btn" (click)="ask(s, 'up')">Where did it come from</button>
        </section>
      }
    </div>`,
  styles: `
    .filters { display: flex; flex-wrap: wrap; gap: 12px; margin-bottom: 12px; align-items: center; max-width: 100%; }
    .canvas { overflow: auto; max-width: 100%; }
    .edge { fill: none; stroke: var(--text-2, #888); stroke-width: 1.5; }
    .node { cursor: pointer; }
    .node rect { fill: var(--surface-2, #f4f5f7); stroke: var(--border, #ccc); }
    .node.selected rect { stroke: var(--accent, #4f7cff); stroke-width: 2.5; }
    .node .kind { font-size: 11px; fill: var(--text-2, #666); text-transform: uppercase; }
    .node .label { font-size: 13px; fill: var(--text, #222); }
    .details { margin-top: 12px; display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
    .details h2 { margin: 0 8px 0 0; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LineagePage {
  private readonly api = inject(ApiClient);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  protected readonly W = W;
  protected readonly H = H;
  protected readonly graph = signal<Graph | null>(null);
  protected readonly hidden = signal<Set<string>>(new Set());
  protected readonly selected = signal<GraphNode | null>(null);
  protected readonly focus = signal<{ kind: string; id: string; direction: 'up' | 'down' } | null>(null);
  protected readonly kinds = computed(() => [...new Set((this.graph()?.nodes ?? []).map((n) => n.kind))]);
  protected readonly visible = computed<Graph>(() => {
    const g = this.graph() ?? { nodes: [], edges: [], truncated: false };
    const hide = this.hidden();
    const nodes = g.nodes.filter((n) => !hide.has(n.kind));
    const keep = new Set(nodes.map((n) => `${n.kind}:${n.id}`));
    return { nodes, edges: g.edges.filter((e) => keep.has(`${e.src.kind}:${e.src.id}`) && keep.has(`${e.dst.kind}:${e.dst.id}`)), truncated: g.truncated };
  });
  protected readonly placed = computed(() => layout(this.visible()));
  protected readonly visibleNodes = computed(() => this.placed().nodes);
  protected readonly paths = computed(() => {
    const at = new Map(this.placed().nodes.map((n) => [`${n.kind}:${n.id}`, n]));
    return this.visible().edges.flatMap((e) => {
      const a = at.get(`${e.src.kind}:${e.src.id}`);
      const b = at.get(`${e.dst.kind}:${e.dst.id}`);
      if (!a || !b) return [];
      const x1 = a.x + W, y1 = a.y + H / 2, x2 = b.x, y2 = b.y + H / 2, mx = (x1 + x2) / 2;
      return [{ key: `${e.src.kind}:${e.src.id}>${e.dst.kind}:${e.dst.id}:${e.relation}`, relation: e.relation,
        d: `M${x1},${y1} C${mx},${y1} ${mx},${y2} ${x2},${y2}` }];
    });
  });

  constructor() {
    void this.load();
  }

  protected isSelected(n: GraphNode): boolean {
    const s = this.selected();
    return !!s && s.kind === n.kind && s.id === n.id;
  }

  protected toggle(kind: string): void {
    const next = new Set(this.hidden());
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    this.hidden.set(next);
  }

  protected select(n: GraphNode): void {
    this.selected.set(n);
  }

  protected async ask(n: GraphNode, direction: 'up' | 'down'): Promise<void> {
    this.focus.set({ kind: n.kind, id: n.id, direction });
    await this.load();
  }

  protected async clearFocus(): Promise<void> {
    this.focus.set(null);
    await this.load();
  }

  private async load(): Promise<void> {
    const f = this.focus();
    const project_id = this.session.projectId() ?? undefined;
    this.graph.set(f
      ? await this.api.get<Graph>(`${BASE}/lineage/${f.direction === 'up' ? 'upstream' : 'downstream'}`, { kind: f.kind, id: f.id, project_id })
      : await this.api.get<Graph>(`${BASE}/lineage/graph`, { project_id }));
  }
}
