import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Icon } from '../icon/icon';
import { ToastService } from './toast.service';

const ICON = { info: 'info', success: 'check_circle', warning: 'warning', error: 'error' } as const;

@Component({
  selector: 'lw-toast-host',
  imports: [Icon, RouterLink],
  template: `
    <div class="host" role="region" aria-label="Notifications" aria-live="polite">
      @for (t of toasts.toasts(); track t.id) {
        <div class="toast" [class]="'toast ' + t.kind" [attr.role]="t.kind === 'error' ? 'alert' : 'status'">
          <lw-icon [name]="icon[t.kind]" />
          <div class="text">
            <strong>{{ t.title }}</strong>
            @if (t.body) { <span>{{ t.body }}</span> }
            @if (t.link) { <a [routerLink]="t.link" (click)="toasts.dismiss(t.id)">Open</a> }
          </div>
          <button class="btn ghost icon sm" type="button" aria-label="Dismiss" (click)="toasts.dismiss(t.id)"><lw-icon name="close" [size]="18" /></button>
        </div>
      }
    </div>`,
  styles: `
    .host { position: fixed; right: 16px; bottom: 16px; z-index: 1000; display: flex; flex-direction: column; gap: 8px; width: min(380px, calc(100vw - 32px)); }
    .toast { display: flex; gap: 10px; align-items: flex-start; padding: 12px 12px 12px 14px; border-radius: var(--radius);
      background: var(--surface); border: 1px solid var(--border); box-shadow: var(--shadow-lg); border-left: 4px solid var(--info); }
    .toast.success { border-left-color: var(--ok); } .toast.success lw-icon { color: var(--ok); }
    .toast.error { border-left-color: var(--danger); } .toast.error lw-icon { color: var(--danger); }
    .toast.warning { border-left-color: var(--warn); } .toast.warning lw-icon { color: var(--warn); }
    .toast.info lw-icon { color: var(--info); }
    .text { display: flex; flex-direction: column; gap: 2px; flex: 1; min-width: 0; overflow-wrap: anywhere; }
    .text span { color: var(--text-2); }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ToastHost {
  protected readonly toasts = inject(ToastService);
  protected readonly icon = ICON;
}
