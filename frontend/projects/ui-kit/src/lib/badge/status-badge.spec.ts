import { TestBed } from '@angular/core/testing';
import { StatusBadge } from './status-badge';

function render(status: string): HTMLElement {
  const fixture = TestBed.createComponent(StatusBadge);
  fixture.componentRef.setInput('status', status);
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

describe('StatusBadge', () => {
  it('gives a finished run a filled check icon and the ok tone, not a hollow circle', () => {
    for (const s of ['finished', 'succeeded', 'completed', 'Finished']) {
      const el = render(s);
      expect(el.querySelector('.material-symbols-outlined')?.textContent).toBe('check_circle');
      expect(el.querySelector('.chip')?.classList.contains('ok')).toBe(true);
      expect(el.textContent).toContain(s);
    }
  });

  it('has an icon per tone; only unknown states fall back to the hollow circle', () => {
    expect(render('failed').querySelector('.material-symbols-outlined')?.textContent).toBe('error');
    expect(render('cancelled').querySelector('.material-symbols-outlined')?.textContent).toBe('pause_circle');
    const running = render('running').querySelector('.material-symbols-outlined');
    expect(running?.textContent).toBe('progress_activity');
    expect(running?.classList.contains('spin')).toBe(true);
    expect(render('queued').querySelector('.material-symbols-outlined')?.textContent).toBe('schedule');
    expect(render('something-new').querySelector('.material-symbols-outlined')?.textContent).toBe('radio_button_unchecked');
  });
});
