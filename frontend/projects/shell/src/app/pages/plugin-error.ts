import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { Icon } from '@llmworks/ui-kit';

/** Shown on every route of a plugin whose remote failed to load. */
@Component({
  selector: 'lw-plugin-error',
  imports: [Icon, RouterLink],
  template: `
    <div class="page">
      <section class="card error" role="alert">
        <div class="icon"><lw-icon name="extension_off" [size]="28" /></div>
        <div class="stack">
          <h1>Plugin {{ plugin() }} failed to load</h1>
          <p><strong>plugin {{ plugin() }} failed to load:</strong> {{ error() }}</p>
          @if (hint()) { <p class="hint"><strong>To fix it:</strong>{{ ' ' }}<span class="mono">{{ hint() }}</span></p> }
          <p class="muted">The rest of llmworks works as usual.{{ hint() ? '' : " Fix or uninstall the plugin's package, restart the server and reload the page." }}</p>
          <div class="row"><a class="btn" routerLink="/plugins">See plugin status</a><button type="button" class="btn ghost" (click)="reload()">Reload</button></div>
        </div>
      </section>
    </div>`,
  styles: `
    .error { display: flex; gap: 16px; align-items: flex-start; border-color: color-mix(in srgb, var(--danger) 40%, var(--border)); }
    .icon { width: 52px; height: 52px; flex-shrink: 0; display: grid; place-items: center; border-radius: 14px; background: var(--danger-soft); color: var(--danger); }
    h1 { font-size: 18px; }
    p { overflow-wrap: anywhere; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PluginErrorPage {
  private readonly data = toSignal(inject(ActivatedRoute).data, { initialValue: {} as Record<string, unknown> });
  protected readonly plugin = computed(() => String(this.data()['plugin'] ?? 'unknown'));
  protected readonly error = computed(() => String(this.data()['error'] ?? 'unknown error'));
  protected readonly hint = computed(() => (this.data()['hint'] ? String(this.data()['hint']) : ''));

  protected reload(): void {
    location.reload();
  }
}
