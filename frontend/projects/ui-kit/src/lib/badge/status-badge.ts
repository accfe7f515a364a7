import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

const TONES: Record<string, string> = {
  ok: 'ok', loaded: 'ok', succeeded: 'ok', finished: 'ok', done: 'ok', success: 'ok', completed: 'ok', ready: 'ok', active: 'ok', healthy: 'ok', passed: 'ok', valid: 'ok', deployed: 'ok', running: 'info',
  started: 'info', building: 'info', 'not built': 'accent', queued: 'accent', pending: 'accent', scheduled: 'accent', training: 'info', loading: 'info',
  failed: 'danger', error: 'danger', invalid: 'danger', cancelled: 'warn', canceled: 'warn', disabled: 'warn', archived: 'warn', paused: 'warn', stopped: 'warn',
};

const ICONS: Record<string, string> = { ok: 'check_circle', danger: 'error', warn: 'pause_circle', info: 'progress_activity', accent: 'schedule' };

/** A coloured chip for a status string (job, plugin, deployment...). */
@Component({
  selector: 'lw-status-badge',
  template: `<span class="chip" [class]="'chip ' + tone()"><span class="material-symbols-outlined" aria-hidden="true" [class.spin]="tone() === 'info'">{{ icon() }}</span>{{ status() }}</span>`,
  styles: `.material-symbols-outlined { font-size: 14px; } .spin { animation: spin 1.6s linear infinite; }
    @keyframes spin { to { transform: rotate(360deg); } } @media (prefers-reduced-motion: reduce) { .spin { animation: none; } }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusBadge {
  readonly status = input.required<string>();
  readonly tone = computed(() => TONES[(this.status() || '').toLowerCase()] ?? '');
  readonly icon = computed(() => ICONS[this.tone()] ?? 'radio_button_unchecked');
}
