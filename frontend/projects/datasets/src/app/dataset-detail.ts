import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import {
  ApiClient, ApiError, BytesPipe, CellDef, Chart, CodeViewer, Column, DataTable, Icon, Page, PageQuery, RelativeTimePipe, ToastService,
} from '@llmworks/ui-kit';
import { Dataset, DatasetVersion, VersionRow } from './api';

/** One dataset: its versions, and for the selected version the statistics, split and rows. */
@Component({
  selector: 'lw-dataset-detail',
  imports: [RouterLink, Icon, DataTable, CellDef, Chart, CodeViewer, RelativeTimePipe, BytesPipe],
  templateUrl: './dataset-detail.html',
  styleUrl: './dataset-detail.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DatasetDetailPage {
  private readonly api = inject(ApiClient);
  private readonly router = inject(Router);
  private readonly toasts = inject(ToastService);
  readonly datasetId = input.required<string>();
  /** `?version=<id>`; the latest version when absent. */
  readonly versionParam = input<string | undefined>(undefined, { alias: 'version' });

  protected readonly dataset = signal<Dataset | null>(null);
  protected readonly versions = signal<DatasetVersion[]>([]);
  protected readonly version = signal<DatasetVersion | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly split = signal<'' | 'train' | 'validation'>('');
  protected readonly rowColumns: Column<VersionRow>[] = [
    { key: 'index', label: '#', align: 'right' },
    { key: 'split', label: 'Split', hideOnMobile: true },
    { key: 'row', label: 'Row' },
  ];
  protected readonly splitChart = computed(() => {
    const v = this.version();
    if (!v) return null;
    return {
      tooltip: { trigger: 'item' },
      legend: { show: false },
      grid: { left: 8, right: 110, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', show: false },
      yAxis: { type: 'category', data: ['rows'], show: false },
      series: [
        { name: 'train', type: 'bar', stack: 's', data: [v.split.train_rows], label: { show: true, formatter: 'train {c}' }, barWidth: 28 },
        { name: 'validation', type: 'bar', stack: 's', data: [v.split.validation_rows], label: { show: true, position: 'right', formatter: 'validation {c}' } },
      ],
    };
  });
  protected readonly statCards = computed(() => {
    const s = this.version()?.stats;
    if (!s) return [];
    return [
      ['Rows', s.rows.toLocaleString()],
      ['Characters / row', `${s.chars_per_row.mean} (min ${s.chars_per_row.min}, max ${s.chars_per_row.max})`],
      ['Words / row', `${s.words_per_row.mean} (min ${s.words_per_row.min}, max ${s.words_per_row.max})`],
      ['Duplicate rows', s.duplicate_rows.toLocaleString()],
      ['Empty rows', s.empty_rows.toLocaleString()],
    ];
  });

  constructor() {
    effect(() => {
      const id = this.datasetId();
      const v = this.versionParam();
      untracked(() => void this.load(id, v));
    });
  }

  private async load(id: string, versionId: string | undefined): Promise<void> {
    try {
      const [dataset, versions] = await Promise.all([
        this.api.get<Dataset>(`/api/datasets/${id}`),
        this.api.get<Page<DatasetVersion>>(`/api/datasets/${id}/versions`, { limit: 100 }),
      ]);
      this.dataset.set(dataset);
      this.versions.set(versions.items);
      const chosen = versionId ?? String(versions.items[0]?.id ?? '');
      this.version.set(chosen ? await this.api.get<DatasetVersion>(`/api/datasets/versions/${chosen}`) : null);
      this.error.set(null);
    } catch (err) {
      this.error.set(ApiError.from(err).summary);
    }
  }

  protected selectVersion(id: string): void {
    void this.router.navigate([], { queryParams: { version: id }, replaceUrl: true });
  }

  protected readonly loadRows = (q: PageQuery): Promise<Page<VersionRow>> => {
    const v = this.version();
    if (!v) return Promise.resolve({ items: [], total: 0, limit: q.limit, offset: q.offset });
    return this.api.get<Page<VersionRow>>(`/api/datasets/versions/${v.id}/rows`, { limit: q.limit, offset: q.offset, split: this.split() });
  };

  protected rowText(row: Record<string, unknown>): string {
    return JSON.stringify(row);
  }

  protected async remove(): Promise<void> {
    const d = this.dataset();
    if (!d || !confirm(`Delete dataset ${d.name} and all its versions?`)) return;
    try {
      await this.api.delete(`/api/datasets/${d.id}`);
      this.toasts.success('Dataset deleted', d.name);
      await this.router.navigateByUrl('/datasets');
    } catch (err) {
      this.toasts.apiError(err, 'Could not delete the dataset');
    }
  }
}
