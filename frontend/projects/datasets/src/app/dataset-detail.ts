import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import {
  LlmworksClient, type DatasetOut, type DatasetRow, type DatasetRowPage, type DatasetVersionDetail, type DatasetVersionOut,
} from '@llmworks/api-client';
import {
  ApiClient, ApiError, BytesPipe, CellDef, Chart, CodeViewer, Column, DataTable, Icon, Page, PageQuery, RelativeTimePipe, ToastService, apiClient,
  followProject,
} from '@llmworks/ui-kit';

interface MinMeanMax { min: number; mean: number; max: number }

/** The statistics of a version (`stats`, an open object in the schema: these keys are always there). */
interface VersionStats { rows: number; chars_per_row: MinMeanMax; words_per_row: MinMeanMax; duplicate_rows: number; empty_rows: number }

interface TokenStats {
  total_tokens: number; max_length: number | null; rows_over_max_length: number | null; model_max_length: number | null;
  tokens_per_row: { min: number; mean: number; p95: number; max: number };
  splits: Record<string, { rows: number; total_tokens: number }>;
}

/** One dataset: its versions, and for the selected version the statistics, tokens, split and rows. */
@Component({
  selector: 'lw-dataset-detail',
  imports: [RouterLink, Icon, DataTable, CellDef, Chart, CodeViewer, RelativeTimePipe, BytesPipe],
  templateUrl: './dataset-detail.html',
  styleUrl: './dataset-detail.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DatasetDetailPage {
  private readonly api = apiClient(LlmworksClient);
  private readonly api2 = inject(ApiClient);
  private readonly router = inject(Router);
  private readonly toasts = inject(ToastService);
  readonly datasetId = input.required<string>();
  /** `?version=<id>`; the latest version when absent. */
  readonly versionParam = input<string | undefined>(undefined, { alias: 'version' });

  protected readonly dataset = signal<DatasetOut | null>(null);
  protected readonly versions = signal<DatasetVersionOut[]>([]);
  protected readonly version = signal<DatasetVersionDetail | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly split = signal<'' | 'train' | 'validation'>('');
  protected readonly rowColumns: Column<DatasetRow>[] = [
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
    const s = this.version()?.stats as VersionStats | undefined;
    if (!s?.chars_per_row) return [];
    return [
      ['Rows', s.rows.toLocaleString()],
      ['Characters / row', `${s.chars_per_row.mean} (min ${s.chars_per_row.min}, max ${s.chars_per_row.max})`],
      ['Words / row', `${s.words_per_row.mean} (min ${s.words_per_row.min}, max ${s.words_per_row.max})`],
      ['Duplicate rows', s.duplicate_rows.toLocaleString()],
      ['Empty rows', s.empty_rows.toLocaleString()],
    ];
  });

  protected readonly tokenModels = signal<string[]>([]);
  protected readonly tokenModel = signal('');
  protected readonly tokens = signal<TokenStats | null>(null);
  protected readonly tokenError = signal<string | null>(null);
  protected readonly counting = signal(false);
  protected readonly splitTokens = computed(() => Object.entries(this.tokens()?.splits ?? {}).map(([name, s]) =>
    [`${name} split`, `${s.rows.toLocaleString()} rows · ${s.total_tokens.toLocaleString()} tokens`] as [string, string]));

  protected async countTokens(versionId: number): Promise<void> {
    this.counting.set(true);
    this.tokenError.set(null);
    try {
      this.tokens.set(await this.api2.get<TokenStats>(`/api/datasets/versions/${versionId}/token-stats`, { model: this.tokenModel() }));
    } catch (err) {
      this.tokenError.set(ApiError.from(err).summary);
    } finally {
      this.counting.set(false);
    }
  }

  constructor() {
    this.api2.get<Page<{ ref: string; ready: boolean | null; is_adapter?: boolean | null }>>('/api/models/available', { limit: 500 }).then((p) => {
      const refs = p.items.filter((m) => m.ready && !m.is_adapter).map((m) => m.ref);
      this.tokenModels.set(refs);
      if (!this.tokenModel() && refs[0]) this.tokenModel.set(refs[0]);
    }, () => this.tokenModels.set([]));
    effect(() => { this.version(); untracked(() => this.tokens.set(null)); });
    // the header shows this dataset's project; switching it leaves for the list
    followProject(() => (this.dataset() as { project_id?: number | null } | null)?.project_id, () => ['/datasets']);
    effect(() => {
      const id = this.datasetId();
      const v = this.versionParam();
      untracked(() => void this.load(id, v));
    });
  }

  private async load(id: string, versionId: string | undefined): Promise<void> {
    try {
      const [dataset, versions] = await Promise.all([
        this.api.datasets.getDataset({ dataset_id: Number(id) }),
        this.api.datasets.listDatasetVersions({ dataset_id: Number(id), limit: 100 }),
      ]);
      this.dataset.set(dataset);
      this.versions.set(versions.items);
      const chosen = versionId ?? String(versions.items[0]?.id ?? '');
      this.version.set(chosen ? await this.api.datasets.getDatasetVersion({ version_id: Number(chosen) }) : null);
      this.error.set(null);
    } catch (err) {
      this.error.set(ApiError.from(err).summary);
    }
  }

  protected selectVersion(id: string): void {
    void this.router.navigate([], { queryParams: { version: id }, replaceUrl: true });
  }

  protected readonly loadRows = (q: PageQuery): Promise<DatasetRowPage> => {
    const v = this.version();
    if (!v) return Promise.resolve({ items: [], total: 0, limit: q.limit, offset: q.offset });
    return this.api.datasets.listVersionRows({ version_id: v.id, limit: q.limit, offset: q.offset, split: this.split() || null });
  };

  protected rowText(row: unknown): string {
    return JSON.stringify(row);
  }

  protected async remove(): Promise<void> {
    const d = this.dataset();
    if (!d || !confirm(`Delete dataset ${d.name} and all its versions?`)) return;
    try {
      await this.api.datasets.deleteDatasetRoute({ dataset_id: d.id });
      this.toasts.success('Dataset deleted', d.name);
      await this.router.navigateByUrl('/datasets');
    } catch (err) {
      this.toasts.apiError(err, 'Could not delete the dataset');
    }
  }
}
