import {
  ChangeDetectionStrategy, Component, Directive, TemplateRef, computed, contentChildren, effect, inject, input, output,
  signal, untracked,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { Page } from '../api/types';
import { ApiError } from '../api/problem';
import { toApiError } from '../api/api-client';
import { Icon } from '../icon/icon';
import { EmptyState } from '../empty-state/empty-state';
import { SessionStore } from '../session/session.store';

export interface Column<T = any> {
  key: string;
  label: string;
  sortable?: boolean;
  align?: 'left' | 'right' | 'center';
  /** How to read the cell value when there is no cell template (default: `row[key]`). */
  value?: (row: T) => unknown;
  /** Hidden below 720 px to keep tables readable on phones. */
  hideOnMobile?: boolean;
}

export interface PageQuery {
  limit: number;
  offset: number;
  sort?: string;
  order?: 'asc' | 'desc';
}

export type PageLoader<T> = (query: PageQuery) => Promise<Page<T>>;

/** Turns an endpoint that returns a plain array into a paged loader (sorting and paging here). */
export function arrayLoader<T>(fetchAll: () => Promise<T[]>): PageLoader<T> {
  return async (q) => {
    let items = [...(await fetchAll())];
    if (q.sort) items = sortRows(items, q.sort, q.order ?? 'asc');
    return { items: items.slice(q.offset, q.offset + q.limit), total: items.length, limit: q.limit, offset: q.offset };
  };
}

export function sortRows<T>(rows: T[], key: string, order: 'asc' | 'desc', value?: (row: T) => unknown): T[] {
  const read = value ?? ((row: T) => (row as Record<string, unknown>)[key]);
  const dir = order === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = read(a);
    const y = read(b);
    if (x === y) return 0;
    if (x === null || x === undefined) return 1;
    if (y === null || y === undefined) return -1;
    if (typeof x === 'number' && typeof y === 'number') return (x - y) * dir;
    return String(x).localeCompare(String(y), undefined, { numeric: true }) * dir;
  });
}

/** `<ng-template lwCell="name" let-row>…</ng-template>` renders the `name` column. */
@Directive({ selector: 'ng-template[lwCell]' })
export class CellDef {
  readonly lwCell = input.required<string>();
  readonly template = inject(TemplateRef);
}

/**
 * A sortable, paginated table over a `{items,total,limit,offset}` endpoint. Sorting is sent
 * to the server (`sort`, `order`) when `serverSort` is true, otherwise it sorts the page.
 */
@Component({
  selector: 'lw-data-table',
  imports: [NgTemplateOutlet, Icon, EmptyState],
  templateUrl: './data-table.html',
  styleUrl: './data-table.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DataTable<T = any> {
  readonly columns = input.required<Column<T>[]>();
  readonly loader = input.required<PageLoader<T>>();
  readonly pageSize = input(20);
  readonly serverSort = input(false);
  readonly caption = input('');
  readonly emptyTitle = input('Nothing here yet');
  readonly emptyHint = input('');
  readonly emptyIcon = input('inbox');
  /** Change this value to reload the current page (e.g. after a live event). */
  readonly refresh = input<unknown>(0);
  readonly rowClickable = input(false);
  readonly rowClick = output<T>();

  private readonly cells = contentChildren(CellDef);
  protected readonly cellMap = computed(() => new Map(this.cells().map((c) => [c.lwCell(), c.template])));

  protected readonly offset = signal(0);
  protected readonly sort = signal<{ key: string; order: 'asc' | 'desc' } | null>(null);
  protected readonly page = signal<Page<T> | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  private requestId = 0;
  /** The shell's selected project: every table reloads (from its first page) when it changes. */
  private readonly session = inject(SessionStore, { optional: true });
  private shownProject: unknown = undefined;

  protected readonly rows = computed(() => {
    const page = this.page();
    if (!page) return [];
    const sort = this.sort();
    if (!sort || this.serverSort()) return page.items;
    const column = this.columns().find((c) => c.key === sort.key);
    return sortRows(page.items, sort.key, sort.order, column?.value);
  });
  protected readonly total = computed(() => this.page()?.total ?? 0);
  protected readonly from = computed(() => (this.total() === 0 ? 0 : this.offset() + 1));
  protected readonly to = computed(() => Math.min(this.offset() + (this.page()?.items.length ?? 0), this.total()));
  protected readonly pageCount = computed(() => Math.max(1, Math.ceil(this.total() / this.pageSize())));
  protected readonly pageIndex = computed(() => Math.floor(this.offset() / this.pageSize()) + 1);

  constructor() {
    effect(() => {
      // Loaders read the project from the SessionStore: track it here, so a switch in the
      // header reloads the rows of the project now shown (from the first page).
      const project = this.session?.projectId() ?? null;
      const offset = this.offset();
      if (this.shownProject !== undefined && project !== this.shownProject && offset !== 0) {
        this.shownProject = project;
        this.offset.set(0); // runs this effect again, which loads the first page
        return;
      }
      this.shownProject = project;
      const query: PageQuery = { limit: this.pageSize(), offset };
      const sort = this.sort();
      if (sort && this.serverSort()) { query.sort = sort.key; query.order = sort.order; }
      const loader = this.loader();
      this.refresh();
      untracked(() => void this.load(loader, query));
    });
  }

  protected cellValue(row: T, column: Column<T>): unknown {
    const value = column.value ? column.value(row) : (row as Record<string, unknown>)[column.key];
    if (value === null || value === undefined || value === '') return '—';
    if (typeof value === 'object') return JSON.stringify(value);
    return value;
  }

  protected toggleSort(column: Column<T>): void {
    if (!column.sortable) return;
    const current = this.sort();
    if (current?.key !== column.key) this.sort.set({ key: column.key, order: 'asc' });
    else if (current.order === 'asc') this.sort.set({ key: column.key, order: 'desc' });
    else this.sort.set(null);
    if (this.serverSort()) this.offset.set(0);
  }

  protected ariaSort(column: Column<T>): string | null {
    if (!column.sortable) return null;
    const sort = this.sort();
    if (sort?.key !== column.key) return 'none';
    return sort.order === 'asc' ? 'ascending' : 'descending';
  }

  protected go(delta: number): void {
    const next = this.offset() + delta * this.pageSize();
    if (next < 0 || next >= this.total()) return;
    this.offset.set(next);
  }

  protected onRow(row: T): void {
    if (this.rowClickable()) this.rowClick.emit(row);
  }

  private async load(loader: PageLoader<T>, query: PageQuery): Promise<void> {
    const id = ++this.requestId;
    this.loading.set(true);
    try {
      const page = await loader(query);
      if (id !== this.requestId) return;
      this.page.set(page);
      this.error.set(null);
      // The list shrank under us (deletes): step back to the last page that has rows.
      if (page.items.length === 0 && page.total > 0 && query.offset > 0) {
        this.offset.set(Math.max(0, (Math.ceil(page.total / query.limit) - 1) * query.limit));
      }
    } catch (err) {
      if (id === this.requestId) this.error.set(toApiError(err));
    } finally {
      if (id === this.requestId) this.loading.set(false);
    }
  }
}
