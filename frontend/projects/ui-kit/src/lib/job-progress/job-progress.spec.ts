import { TestBed } from '@angular/core/testing';
import { JobProgress } from './job-progress';

describe('JobProgress', () => {
  it('shows percent and ETA of a running job', async () => {
    const fixture = TestBed.createComponent(JobProgress);
    fixture.componentRef.setInput('job', { id: 1, kind: 'train', state: 'running', progress: { step: 25, total: 100, fraction: 0.25, eta_seconds: 90, message: 'epoch 1' } });
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const bar = el.querySelector('[role=progressbar]')!;
    expect(bar.getAttribute('aria-valuenow')).toBe('25');
    expect(el.textContent).toContain('ETA 1m 30s');
    expect(el.textContent).toContain('epoch 1');
  });

  it('is full when the job succeeded and shows no ETA', async () => {
    const fixture = TestBed.createComponent(JobProgress);
    fixture.componentRef.setInput('job', { id: 2, kind: 'train', state: 'succeeded', progress: { fraction: 0.9, eta_seconds: 5 } });
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('[role=progressbar]')!.getAttribute('aria-valuenow')).toBe('100');
    expect(el.textContent).not.toContain('ETA');
  });
});
