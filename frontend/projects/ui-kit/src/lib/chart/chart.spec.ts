import { TestBed } from '@angular/core/testing';
import { Chart } from './chart';

describe('Chart', () => {
  it('renders an ECharts canvas with the theme palette', async () => {
    const fixture = TestBed.createComponent(Chart);
    fixture.componentRef.setInput('options', { xAxis: { type: 'category', data: ['a', 'b'] }, yAxis: { type: 'value' }, series: [{ type: 'line', data: [1, 2] }] });
    fixture.componentRef.setInput('label', 'Loss');
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('[role=img]')?.getAttribute('aria-label')).toBe('Loss');
    const themed = (fixture.componentInstance as unknown as { themed: () => Record<string, unknown> }).themed();
    expect(themed['backgroundColor']).toBe('transparent');
    expect((themed['xAxis'] as Record<string, unknown>)['data']).toEqual(['a', 'b']);
    expect((themed['legend'] as Record<string, unknown>)['top']).toBe(0);
  });

  it('keeps the theme when a page sets its own legend and axis labels', async () => {
    const fixture = TestBed.createComponent(Chart);
    const formatter = (v: number) => String(v);
    fixture.componentRef.setInput('options', { legend: { data: ['loss'] }, yAxis: { type: 'value', axisLabel: { formatter } }, series: [] });
    await fixture.whenStable();
    const themed = (fixture.componentInstance as unknown as { themed: () => Record<string, Record<string, unknown>> }).themed();
    expect(themed['legend']).toMatchObject({ data: ['loss'], top: 0, type: 'scroll' });
    expect(themed['yAxis']['axisLabel']).toMatchObject({ formatter });
    expect(Object.keys(themed['yAxis']['axisLabel'] as object)).toContain('color');
  });
});
