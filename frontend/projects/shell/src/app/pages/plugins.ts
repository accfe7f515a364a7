import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ApiClient, CellDef, Column, DataTable, Icon, StatusBadge, arrayLoader } from '@llmworks/ui-kit';
import { PluginLoader } from '../core/plugin-loader';

export interface PluginInfo {
  name: string;
  distribution?: string | null;
  version?: string | null;
  hooks: string[];
  ui?: unknown;
  status: 'ok' | 'failed' | 'degraded' | 'disabled' | string;
  error?: string | null;
  /** hook name → the error it raised (the plugin is "degraded"). */
  failed_hooks?: Record<string, string> | null;
  /** What to do about a failed or degraded plugin ("fix or uninstall ..."). */
  hint?: string | null;
}

/** `[{hook, message}]` of a plugin's failed hooks, for display. */
export function failedHooks(row: Pick<PluginInfo, 'failed_hooks'>): { hook: string; message: string }[] {
  return Object.entries(row.failed_hooks ?? {}).map(([hook, message]) => ({ hook, message }));
}

/** Everything the kernel loaded (`GET /api/plugins`) and how each UI remote fared in this browser. */
@Component({
  selector: 'lw-plugins',
  imports: [DataTable, CellDef, StatusBadge, Icon],
  template: `
    <div class="page">
      <div class="page-header">
        <div><h1>Plugins</h1><p class="subtitle">Features are plugins: what the server loaded, and the pages their remotes add.</p></div>
        <button type="button" class="btn" (click)="reload()"><lw-icon name="refresh" [size]="18" /> Refresh</button>
      </div>
      @if (failedRemotes().length || loader.serverFailed().length) {
        <section class="card stack" aria-labelledby="failed-title">
          <h2 id="failed-title" class="row"><lw-icon name="error" class="danger" /> Failed to load</h2>
          <ul class="failures">
            @for (f of loader.serverFailed(); track f.plugin + f.error) {
              <li><strong>{{ f.plugin }}</strong> (server):{{ ' ' }}<span class="mono">{{ f.error }}</span>
                @if (f.hint) { <div class="fix small">→ {{ f.hint }}</div> }</li>
            }
            @for (r of failedRemotes(); track r.plugin) { <li><strong>plugin {{ r.plugin }} failed to load:</strong>{{ ' ' }}<span class="mono">{{ r.error }}</span></li> }
          </ul>
        </section>
      }
      <section class="card flush">
        <lw-data-table [columns]="columns" [loader]="load" [refresh]="version()" [pageSize]="50" caption="Installed plugins"
          emptyTitle="No plugins loaded" emptyIcon="extension_off">
          <ng-template lwCell="name" let-row>
            <strong>{{ row.name }}</strong>
            @if (row.distribution) { <div class="muted small mono">{{ row.distribution }}</div> }
          </ng-template>
          <ng-template lwCell="hooks" let-row>
            <div class="hooks">@for (h of row.hooks; track h) { <span class="chip">{{ h }}</span> }</div>
          </ng-template>
          <ng-template lwCell="ui" let-row>
            @if (remoteState(row.name); as r) {
              <lw-status-badge [status]="r.status" />
            } @else { <span class="muted">—</span> }
          </ng-template>
          <ng-template lwCell="status" let-row>
            <lw-status-badge [status]="row.status" />
            @if (row.error) { <div class="err small">{{ row.error }}</div> }
            @for (h of failedHooks(row); track h.hook) { <div class="err small"><span class="mono">{{ h.hook }}</span> raised {{ h.message }}</div> }
            @if (row.hint) { <div class="fix small">→ {{ row.hint }}</div> }
          </ng-template>
        </lw-data-table>
      </section>
    </div>`,
  styles: `
    .hooks { display: flex; flex-wrap: wrap; gap: 4px; max-width: 520px; }
    .err { color: var(--danger); margin-top: 4px; max-width: 360px; overflow-wrap: anywhere; }
    .fix { color: var(--text-2); margin-top: 4px; max-width: 360px; overflow-wrap: anywhere; }
    .danger { color: var(--danger); }
    .failures { margin: 0; padding-left: 18px; display: flex; flex-direction: column; gap: 6px; overflow-wrap: anywhere; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PluginsPage {
  private readonly api = inject(ApiClient);
  protected readonly loader = inject(PluginLoader);
  protected readonly version = signal(0);
  protected readonly failedHooks = failedHooks;
  protected readonly failedRemotes = computed(() => this.loader.remotes().filter((r) => r.status === 'failed'));
  protected readonly columns: Column<PluginInfo>[] = [
    { key: 'name', label: 'Plugin', sortable: true },
    { key: 'version', label: 'Version', sortable: true, hideOnMobile: true },
    { key: 'hooks', label: 'Hooks', hideOnMobile: true },
    { key: 'ui', label: 'UI' },
    { key: 'status', label: 'Health', sortable: true },
  ];
  protected readonly load = arrayLoader(() => this.api.get<PluginInfo[]>('/api/plugins'));

  protected remoteState(name: string) {
    return this.loader.remotes().find((r) => r.plugin === name) ?? null;
  }

  protected reload(): void {
    this.version.update((v) => v + 1);
  }
}
