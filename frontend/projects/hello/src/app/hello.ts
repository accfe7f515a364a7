import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { LlmworksClient } from '@llmworks/api-client';
import { Icon, SessionStore, ToastService, apiClient } from '@llmworks/ui-kit';

/**
 * A third-party plugin page: it uses the shared UI kit (one instance with the shell, so it
 * sees the signed-in user and the selected project) and the kernel API through the client
 * sdk_gen generates from the server's OpenAPI schema.
 */
@Component({
  selector: 'lw-hello',
  imports: [Icon],
  template: `
    <div class="page">
      <div class="page-header"><div><h1>Hello from a plugin</h1><p class="subtitle">This page ships inside the <span class="mono">llmworks-hello-ui</span> wheel as a prebuilt federated remote.</p></div></div>
      <section class="card hello">
        <div class="wave"><lw-icon name="waving_hand" [size]="32" /></div>
        <div class="stack">
          <h2>Hi {{ session.user()?.username }}!</h2>
          <p class="muted">You are in project <strong>{{ session.project()?.name ?? 'none' }}</strong>. The server runs {{ count() ?? '…' }} plugins.</p>
          <div class="row"><button type="button" class="btn primary" (click)="greet()"><lw-icon name="celebration" [size]="18" /> Say hello</button></div>
        </div>
      </section>
    </div>`,
  styles: `.hello { display: flex; gap: 18px; align-items: flex-start; } .wave { width: 60px; height: 60px; border-radius: 16px; display: grid; place-items: center; background: var(--warn-soft); color: var(--warn); flex-shrink: 0; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HelloPage {
  protected readonly session = inject(SessionStore);
  private readonly toasts = inject(ToastService);
  protected readonly count = signal<number | null>(null);

  constructor() {
    apiClient(LlmworksClient).plugins.listPlugins().then((list) => this.count.set(list.length), () => this.count.set(null));
  }

  protected greet(): void {
    this.toasts.success('Hello!', 'A toast from the hello plugin, shown by the shell.');
  }
}
