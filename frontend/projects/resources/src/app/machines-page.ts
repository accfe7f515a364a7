import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ApiClient, Chart, EmptyState, formatBytes } from '@llmworks/ui-kit';
import type { LiveOut as Live, MachineOut as Machine, SeriesSetOut as SeriesSet } from '@llmworks/api-client';
import { BASE } from './api';
import { ResourcesNav } from './nav';

const HOST_KEYS = ['cpu.percent', 'memory.percent', 'disk.percent', 'net.recv_bytes_per_second', 'net.sent_bytes_per_second'];
const GPU_METRICS = ['utilization_percent', 'memory_used_bytes', 'temperature_celsius', 'power_watts'];

/** Machines with live charts (CPU, memory, network, each GPU) and the jobs holding devices. */
@Component({
  selector: 'lw-machines-page',
  imports: [Chart, EmptyState, RouterLink, ResourcesNav],
  template: `
    <div class="page">
      <div class="page-header">
        <div><h1>Resources</h1><p class="subtitle">What each machine and each GPU is doing, and which job holds which device.</p></div>
        <lw-resources-nav />
      </div>
      @if (error()) { <div class="card error" role="alert">{{ error() }}</div> }
      @if (!machines().length && !error()) {
        <lw-empty-state icon="memory" title="No machine reports yet" hint="The server's collector stores its first samples within a few seconds." />
      }
      <div class="machines">
        @for (m of machines(); track m.id) {
          <button type="button" class="card machine" [class.selected]="m.id === selected()?.id" (click)="select(m)" [attr.aria-pressed]="m.id === selected()?.id">
            <strong>{{ m.host }}</strong> <span class="muted">{{ m.role }}</span>
            <span class="chip" [class.ok]="m.online">{{ m.online ? 'online' : 'offline' }}</span>
            <div class="small muted">{{ m.devices.length ? m.devices.length + ' GPU(s): ' + deviceNames(m) : gpuStatus(m) }}</div>
          </button>
        }
      </div>
      @if (live(); as l) {
        <section class="card" aria-label="Live values">
          <h2>Now on {{ l.host }}</h2>
          <div class="tiles">
            @for (t of tiles(); track t.label) { <div class="tile"><div class="muted small">{{ t.label }}</div><div class="value">{{ t.value }}</div></div> }
          </div>
          <h3>Jobs on this machine</h3>
          @if (!l.jobs.length) { <p class="muted">No running job.</p> }
          <div class="scroll" tabindex="0" role="region" aria-label="Running jobs"><table class="table" aria-label="Running jobs and their devices">
            <thead><tr><th>Job</th><th>Devices</th><th>Process</th><th>GPU memory</th></tr></thead>
            <tbody>
              @for (j of l.jobs; track j.id) {
                <tr><td><a [routerLink]="['/jobs', j.id]">{{ j.title || j.kind }}</a> <span class="muted">#{{ j.id }}</span></td>
                  <td>{{ j.devices.length ? j.devices.join(', ') : 'CPU' }}</td><td class="mono">{{ j.pid ?? '' }}</td><td>{{ jobGpuMemory(j.pid) }}</td></tr>
              }
            </tbody>
          </table></div>
        </section>
      }
      <div class="row range" role="group" aria-label="Chart range">
        <span class="muted small">Charts over the last</span>
        @for (r of ranges; track r.hours) {
          <button type="button" class="btn" [class.primary]="hours() === r.hours" [attr.aria-pressed]="hours() === r.hours" (click)="setRange(r.hours)">{{ r.label }}</button>
        }
        @if (series(); as set) { <span class="muted small" aria-live="off">updated {{ updated(set.until) }}</span> }
      </div>
      @if (charts().length) {
        <div class="grid" aria-label="Charts" [attr.data-until]="series()?.until">
          @for (c of charts(); track c.title) {
            <section class="card"><h3>{{ c.title }}</h3><lw-chart [options]="c.options" [label]="c.title" height="220px" /></section>
          }
        </div>
      }
    </div>`,
  styles: `
    .range { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin-top: 16px; }
    .machines { display: flex; gap: 12px; flex-wrap: wrap; margin-bottom: 16px; }
    .machine { text-align: left; min-width: min(220px, 100%); cursor: pointer; }
    .machine.selected { outline: 2px solid var(--accent, #4f7cff); }
    .chip { margin-left: 8px; }
    .scroll { overflow-x: auto; }
    .tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(160px, 1fr)); gap: 12px; margin-bottom: 12px; }
    .tile .value { font-size: 20px; font-weight: 600; }
    .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(420px, 100%), 1fr)); gap: 16px; margin-top: 16px; }
    .tiles { grid-template-columns: repeat(auto-fill, minmax(min(160px, 100%), 1fr)); }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MachinesPage {
  private readonly api = inject(ApiClient);
  protected readonly machines = signal<Machine[]>([]);
  protected readonly selected = signal<Machine | null>(null);
  protected readonly live = signal<Live | null>(null);
  protected readonly series = signal<SeriesSet | null>(null);
  protected readonly error = signal<string | null>(null);
  /** The charts' range; they reload every few seconds (the last hour) or every half minute (longer ranges). */
  protected readonly ranges = [{ hours: 1, label: '1 h' }, { hours: 6, label: '6 h' }, { hours: 24, label: '24 h' }];
  protected readonly hours = signal(1);
  private lastSeries = 0;
  private loading = false;

  protected readonly tiles = computed(() => {
    const l = this.live();
    if (!l) return [];
    const v = (k: string) => l.samples.find((s) => s.key === k)?.value;
    const pct = (x: number | undefined) => (x === undefined ? '–' : `${x.toFixed(1)} %`);
    const out = [
      { label: 'CPU', value: pct(v('cpu.percent')) },
      { label: 'Memory', value: `${formatBytes(v('memory.used_bytes'))} of ${formatBytes(v('memory.total_bytes'))}` },
      { label: 'Disk (data folder)', value: pct(v('disk.percent')) },
      { label: 'Network in', value: `${formatBytes(v('net.recv_bytes_per_second'))}/s` },
    ];
    for (const s of l.samples.filter((s) => /^gpu\.\d+\.utilization_percent$/.test(s.key))) {
      const i = s.labels['gpu'];
      out.push({ label: `GPU ${i} (${s.labels['name'] ?? ''})`, value: `${s.value.toFixed(0)} % · ${formatBytes(v(`gpu.${i}.memory_used_bytes`))}` });
    }
    const nvml = l.status['nvml'];
    if (nvml && nvml !== 'ok') out.push({ label: 'GPUs', value: nvml });
    return out;
  });

  protected readonly charts = computed(() => {
    const set = this.series();
    if (!set) return [];
    const by = (k: string) => set.series.find((s) => s.key === k);
    const line = (title: string, keys: string[], unit: string) => ({
      title,
      options: {
        tooltip: { trigger: 'axis' }, legend: { data: keys },
        xAxis: { type: 'time' }, yAxis: { type: 'value', name: unit },
        series: keys.map((k) => ({ name: k, type: 'line', showSymbol: false, data: (by(k)?.x ?? []).map((x, i) => [x * 1000, by(k)!.y[i]]) })),
      },
    });
    const charts = [line('CPU and memory', ['cpu.percent', 'memory.percent', 'disk.percent'], '%'),
      line('Network', ['net.recv_bytes_per_second', 'net.sent_bytes_per_second'], 'bytes/s')];
    for (const d of this.selected()?.devices ?? []) {
      charts.push(line(`GPU ${d.index}: ${d.type}`, GPU_METRICS.slice(0, 1).map((m) => `gpu.${d.index}.${m}`).concat([`gpu.${d.index}.temperature_celsius`]), ''));
      charts.push(line(`GPU ${d.index} memory and power`, [`gpu.${d.index}.memory_used_bytes`, `gpu.${d.index}.power_watts`], ''));
    }
    return charts;
  });

  constructor() {
    void this.refresh();
    let ticks = 0;
    const timer = setInterval(() => {
      ticks += 1;
      void this.poll();
      if (ticks % 5 === 0) this.loadMachines().catch(() => {}); // the next tick tries again
      const every = this.hours() <= 1 ? 5000 : 30000;
      if (Date.now() - this.lastSeries >= every) void this.loadSeries();
    }, 2000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  protected setRange(hours: number): void {
    this.hours.set(hours);
    void this.loadSeries();
  }

  protected updated(until: number): string {
    return new Date(until * 1000).toLocaleTimeString();
  }

  protected deviceNames(m: Machine): string {
    return m.devices.map((d) => d.type).join(', ');
  }

  protected gpuStatus(m: Machine): string {
    return m.status['nvml'] && m.status['nvml'] !== 'ok' ? m.status['nvml'] : 'no GPU';
  }

  protected jobGpuMemory(pid: number | null): string {
    const procs = (this.live()?.processes ?? []).filter((p) => p.pid === pid);
    return procs.length ? procs.map((p) => `GPU ${p.device}: ${formatBytes(p.memory_bytes)}`).join(', ') : '';
  }

  protected select(m: Machine): void {
    this.selected.set(m);
    this.live.set(null);
    this.series.set(null);
    void this.poll();
    void this.loadSeries();
  }

  /** The machine list (online state, latest values); keeps the selection, or selects the first machine. */
  private async loadMachines(): Promise<void> {
    const machines = await this.api.get<Machine[]>(`${BASE}/machines`);
    this.machines.set(machines);
    const selected = machines.find((m) => m.id === this.selected()?.id) ?? (this.selected() ? null : machines[0]);
    if (selected) this.selected.set(selected);
  }


  private async refresh(): Promise<void> {
    try {
      await this.loadMachines();
      await Promise.all([this.poll(), this.loadSeries()]);
    } catch (e) {
      this.error.set((e as Error).message);
    }
  }

  private async poll(): Promise<void> {
    const m = this.selected();
    try {
      const live = await this.api.get<Live>(`${BASE}/live`, m ? { machine_id: m.id } : {});
      if (this.selected()?.id === m?.id) this.live.set(live);
    } catch {
      this.live.set(null);
    }
  }

  private async loadSeries(): Promise<void> {
    const m = this.selected();
    if (!m || this.loading) return;
    this.loading = true;
    this.lastSeries = Date.now();
    try {
      const keys = [...HOST_KEYS, ...m.devices.flatMap((d) => GPU_METRICS.map((g) => `gpu.${d.index}.${g}`))];
      const set = await this.api.get<SeriesSet>(`${BASE}/machines/${m.id}/series`, { key: keys, hours: this.hours(), points: 600 });
      if (this.selected()?.id === m.id) this.series.set(set);
    } catch (e) {
      this.error.set((e as Error).message);
    } finally {
      this.loading = false;
    }
  }
}
