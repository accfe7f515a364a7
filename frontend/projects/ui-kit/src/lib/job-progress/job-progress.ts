import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { StatusBadge } from '../badge/status-badge';
import { formatDuration } from '../format/format';
import { JobLike } from '../api/types';

/** A job's progress bar with percentage, status and ETA. `progress` is 0..1 (or 0..100). */
@Component({
  selector: 'lw-job-progress',
  imports: [StatusBadge],
  template: `
    <div class="top">
      @if (status()) { <lw-status-badge [status]="status()" /> }
      @if (message()) { <span class="msg">{{ message() }}</span> }
      <span class="spacer"></span>
      <span class="pct">{{ percentText() }}</span>
      @if (etaText()) { <span class="eta">ETA {{ etaText() }}</span> }
    </div>
    <div class="bar" role="progressbar" [attr.aria-label]="label()" aria-valuemin="0" aria-valuemax="100"
      [attr.aria-valuenow]="percent()" [attr.aria-valuetext]="percentText() + (etaText() ? ', ETA ' + etaText() : '')">
      <div class="fill" [class]="'fill ' + tone()" [class.indeterminate]="indeterminate()" [style.width.%]="indeterminate() ? 35 : percent()"></div>
    </div>`,
  styles: `
    :host { display: flex; flex-direction: column; gap: 8px; min-width: 0; }
    .top { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; font-size: 13px; }
    .msg { color: var(--text-2); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; min-width: 0; max-width: 60%; }
    .spacer { flex: 1; }
    .pct { font-weight: 650; font-variant-numeric: tabular-nums; }
    .eta { color: var(--text-2); font-variant-numeric: tabular-nums; }
    .bar { height: 8px; border-radius: 999px; background: var(--surface-3); overflow: hidden; }
    .fill { height: 100%; border-radius: 999px; background: var(--accent); transition: width 0.4s ease; }
    .fill.ok { background: var(--ok); } .fill.danger { background: var(--danger); } .fill.warn { background: var(--warn); }
    .indeterminate { animation: slide 1.3s ease-in-out infinite; }
    @keyframes slide { from { transform: translateX(-100%); } to { transform: translateX(300%); } }
    @media (prefers-reduced-motion: reduce) { .indeterminate { animation: none; } }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class JobProgress {
  /** A kernel job: fills progress, status, ETA and message (the inputs below override). */
  readonly job = input<JobLike | null>(null);
  readonly progressIn = input<number | null | undefined>(undefined, { alias: 'progress' });
  readonly statusIn = input<string>('', { alias: 'status' });
  readonly etaIn = input<number | null | undefined>(undefined, { alias: 'etaSeconds' });
  readonly messageIn = input<string | null | undefined>(undefined, { alias: 'message' });
  readonly label = input('Job progress');

  readonly progress = computed(() => this.progressIn() ?? this.job()?.progress?.fraction ?? null);
  readonly status = computed(() => this.statusIn() || this.job()?.state || '');
  readonly etaSeconds = computed(() => this.etaIn() ?? this.job()?.progress?.eta_seconds ?? null);
  readonly message = computed(() => this.messageIn() ?? this.job()?.progress?.message ?? this.job()?.error ?? '');

  readonly percent = computed(() => {
    const status = this.status();
    if (status === 'succeeded') return 100;
    const p = this.progress();
    if (p === null || p === undefined || Number.isNaN(p)) return 0;
    const pct = p <= 1 ? p * 100 : p;
    return Math.max(0, Math.min(100, Math.round(pct * 10) / 10));
  });
  readonly indeterminate = computed(() => this.status() === 'running' && (this.progress() === null || this.progress() === undefined));
  readonly percentText = computed(() => (this.indeterminate() ? 'working…' : `${this.percent()}%`));
  readonly etaText = computed(() => {
    const eta = this.etaSeconds();
    return this.status() === 'running' && eta !== null && eta !== undefined ? formatDuration(eta) : '';
  });
  readonly tone = computed(() => ({ succeeded: 'ok', failed: 'danger', cancelled: 'warn' } as Record<string, string>)[this.status()] ?? '');
}
