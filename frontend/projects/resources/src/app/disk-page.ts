import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { ApiClient, SessionStore, ToastService, formatBytes } from '@llmworks/ui-kit';
import type { CleanupOut, DiskOut } from '@llmworks/api-client';
import { BASE } from './api';
import { ResourcesNav } from './nav';

/** Disk usage per dataset version, model, job folder and project, and a cleanup that lists before it deletes. */
@Component({
  selector: 'lw-disk-page',
  imports: [FormsModule, RouterLink, ResourcesNav],
  template: `
    <div class="page">
      <div class="page-header">
        <div><h1>Disk usage</h1><p class="subtitle">What datasets, models, runs and job folders take, and what can go safely.</p></div>
        <lw-resources-nav />
      </div>
      @if (disk(); as d) {
        @if (d.total_bytes !== null) {
          <section class="card" aria-label="Totals">
            <h2>In total: {{ fmt(d.total_bytes) }}</h2>
            <p class="muted">@for (a of areas(); track a[0]) { {{ a[0] }}: {{ fmt(a[1]) }} · } unreferenced blobs: {{ d.unreferenced_blobs?.count }} ({{ fmt(d.unreferenced_blobs?.bytes) }})
              @if (d.disk) { · disk {{ fmt(d.disk.used) }} used of {{ fmt(d.disk.total) }} }</p>
          </section>
        }
        <section class="card" aria-label="Per project">
          <h2>Per project</h2>
          <ul>@for (p of perProject(); track p[0]) { <li>project {{ p[0] }}: {{ fmt(p[1]) }}</li> }</ul>
        </section>
        <section class="card flush scroll" tabindex="0">
          <table class="table" aria-label="Datasets, models and runs">
            <thead><tr><th>What</th><th>Name</th><th>Project</th><th>Size</th></tr></thead>
            <tbody>@for (i of d.items; track i.kind + i.id) { <tr><td>{{ i.kind.replace('_', ' ') }} {{ i.id }}</td><td>{{ i.name }}</td><td>{{ i.project_id ?? 'shared' }}</td><td>{{ fmt(i.bytes) }}</td></tr> }</tbody>
          </table>
        </section>
        <section class="card flush scroll" tabindex="0">
          <table class="table" aria-label="Job folders">
            <thead><tr><th>Job</th><th>State</th><th>Size</th><th>Checkpoints</th></tr></thead>
            <tbody>@for (f of d.job_folders; track f.job_id) {
              <tr><td><a [routerLink]="['/jobs', f.job_id]">{{ f.title || f.kind || 'job' }}</a> <span class="muted">#{{ f.job_id }}</span></td><td>{{ f.state }}</td>
                <td>{{ fmt(f.bytes) }}</td><td>{{ f.checkpoints }} ({{ fmt(f.checkpoint_bytes) }})</td></tr> }</tbody>
          </table>
        </section>
      }
      <section class="card" aria-label="Cleanup">
        <h2>Clean up</h2>
        <p class="muted">Never removed: what a model version, dataset version, run, deployment or running job needs, the newest checkpoint of a job that did not succeed, blobs younger than the minimum age.</p>
        <label><input type="checkbox" [(ngModel)]="checkpoints" /> old checkpoints, keeping the last</label>
        <input type="number" min="0" max="100" [(ngModel)]="keepLast" aria-label="Checkpoints kept per job" style="width: 64px" />
        <label><input type="checkbox" [(ngModel)]="blobs" /> unreferenced blobs older than</label>
        <input type="number" min="1" [(ngModel)]="minAge" aria-label="Minimum age in hours" style="width: 72px" /> h
        <div class="row">
          <button type="button" class="btn" (click)="plan()">List what would go</button>
          @if (planned(); as p) {
            <button type="button" class="btn danger" (click)="execute()" [disabled]="!p.checkpoints.length && !p.blobs.length">Delete {{ p.checkpoints.length + p.blobs.length }} item(s), {{ fmt(p.would_free_bytes) }}</button>
          }
        </div>
        @if (planned(); as p) {
          <ul class="plan" aria-label="Cleanup plan">
            @for (c of p.checkpoints; track c.path) { <li>checkpoint step {{ c.step }} of job #{{ c.job_id }} ({{ fmt(c.bytes) }})</li> }
            @for (b of p.blobs; track b.digest) { <li class="mono">blob {{ b.digest.slice(0, 12) }}… ({{ fmt(b.bytes) }})</li> }
            @if (!p.checkpoints.length && !p.blobs.length) { <li>Nothing to clean up.</li> }
          </ul>
        }
      </section>
    </div>`,
  styles: `.row { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 12px; } label { margin-right: 6px; } .scroll { overflow-x: auto; max-width: 100%; }
    .plan li { overflow-wrap: anywhere; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DiskPage {
  private readonly api = inject(ApiClient);
  private readonly toasts = inject(ToastService);
  private readonly session = inject(SessionStore);
  protected readonly disk = signal<DiskOut | null>(null);
  protected readonly planned = signal<CleanupOut | null>(null);
  protected checkpoints = true;
  protected keepLast = 1;
  protected blobs = false;
  protected minAge = 24;
  protected readonly areas = computed(() => Object.entries(this.disk()?.areas ?? {}));
  protected readonly perProject = computed(() => Object.entries(this.disk()?.per_project ?? {}));

  constructor() {
    void this.load();
  }

  protected fmt(n: number | null | undefined): string {
    return formatBytes(n ?? 0);
  }

  private async load(): Promise<void> {
    this.disk.set(await this.api.get<DiskOut>(`${BASE}/disk`));
  }

  private body(dryRun: boolean): Record<string, unknown> {
    return { checkpoints: this.checkpoints, keep_last: this.keepLast, blobs: this.blobs, min_age_hours: this.minAge, dry_run: dryRun };
  }

  protected async plan(): Promise<void> {
    try {
      this.planned.set(await this.api.post<CleanupOut>(`${BASE}/disk/cleanup`, this.body(true)));
    } catch (e) {
      this.toasts.error('Cleanup', (e as Error).message);
    }
  }

  protected async execute(): Promise<void> {
    try {
      const done = await this.api.post<CleanupOut>(`${BASE}/disk/cleanup`, this.body(false));
      this.toasts.success('Cleaned up', `${done.removed} item(s), ${formatBytes(done.freed_bytes)} freed`);
      this.planned.set(null);
      await this.load();
    } catch (e) {
      this.toasts.error('Cleanup', (e as Error).message);
    }
  }
}
