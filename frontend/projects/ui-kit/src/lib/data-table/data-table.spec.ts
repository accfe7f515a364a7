import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CellDef, Column, DataTable, PageQuery, arrayLoader } from './data-table';
import { Page } from '../api/types';
import { SessionStore } from '../session/session.store';

interface Row { name: string; size: number }
const ROWS: Row[] = Array.from({ length: 25 }, (_, i) => ({ name: `item-${i}`, size: (i * 7) % 25 }));

@Component({
  imports: [DataTable, CellDef],
  template: `<lw-data-table [columns]="columns" [loader]="loader" [pageSize]="10">
    <ng-template lwCell="name" let-row><b class="name">{{ row.name }}</b></ng-template></lw-data-table>`,
})
class Host {
  readonly columns: Column<Row>[] = [{ key: 'name', label: 'Name', sortable: true }, { key: 'size', label: 'Size', sortable: true }];
  readonly queries: PageQuery[] = [];
  readonly loader = async (q: PageQuery): Promise<Page<Row>> => {
    this.queries.push(q);
    return { items: ROWS.slice(q.offset, q.offset + q.limit), total: ROWS.length, limit: q.limit, offset: q.offset };
  };
}

async function settle(fixture: { whenStable(): Promise<unknown> }) {
  for (let i = 0; i < 3; i++) { await fixture.whenStable(); await new Promise((r) => setTimeout(r)); }
}

describe('DataTable', () => {
  it('loads pages from the API shape and paginates', async () => {
    const fixture = TestBed.createComponent(Host);
    await settle(fixture);
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelectorAll('tbody tr').length).toBe(10);
    expect(el.querySelector('.name')?.textContent).toBe('item-0');
    expect(el.textContent).toContain('1–10 of 25');
    (el.querySelector('button[aria-label="Next page"]') as HTMLButtonElement).click();
    await settle(fixture);
    expect(fixture.componentInstance.queries.at(-1)).toEqual({ limit: 10, offset: 10 });
    expect(el.textContent).toContain('11–20 of 25');
  });

  it('sorts the page by a column and exposes aria-sort', async () => {
    const fixture = TestBed.createComponent(Host);
    await settle(fixture);
    const el = fixture.nativeElement as HTMLElement;
    const sizeHeader = el.querySelectorAll('th')[1];
    (sizeHeader.querySelector('button') as HTMLButtonElement).click();
    await settle(fixture);
    expect(sizeHeader.getAttribute('aria-sort')).toBe('ascending');
    const sizes = Array.from(el.querySelectorAll('tbody tr td:nth-child(2)')).map((td) => Number(td.textContent));
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
  });

  it('reloads from the first page when the selected project changes (issue 11)', async () => {
    const session = TestBed.inject(SessionStore);
    session.user.set({ id: 1, username: 'u', role: 'user', projects: [{ id: 1, name: 'A', slug: 'a', role: 'maintainer' }, { id: 2, name: 'B', slug: 'b', role: 'maintainer' }] } as never);
    session.selectProject(1);
    const fixture = TestBed.createComponent(Host);
    await settle(fixture);
    const el = fixture.nativeElement as HTMLElement;
    (el.querySelector('button[aria-label="Next page"]') as HTMLButtonElement).click();
    await settle(fixture);
    const before = fixture.componentInstance.queries.length;
    session.selectProject(2);
    await settle(fixture);
    const after = fixture.componentInstance.queries.slice(before);
    expect(after.length).toBeGreaterThan(0);
    expect(after.at(-1)).toEqual({ limit: 10, offset: 0 });
  });

  it('arrayLoader pages and sorts a plain list', async () => {
    const load = arrayLoader(async () => ROWS);
    const page = await load({ limit: 5, offset: 0, sort: 'size', order: 'desc' });
    expect(page.total).toBe(25);
    expect(page.items.map((r) => r.size)).toEqual([24, 23, 22, 21, 20]);
  });
});
