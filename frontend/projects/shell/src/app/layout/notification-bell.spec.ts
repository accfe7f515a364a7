import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideRouter } from '@angular/router';
import { EventStream } from '@llmworks/ui-kit';
import { NotificationBell } from './notification-bell';
import { NotificationsStore } from '../core/notifications.store';

async function settle(f: { whenStable(): Promise<unknown> }) {
  for (let i = 0; i < 3; i++) { await f.whenStable(); await new Promise((r) => setTimeout(r)); }
}

const page = (items: unknown[], total: number) => ({ items, total, limit: 8, offset: 0 });
const note = { id: 7, kind: 'job.succeeded', title: 'Training finished', body: 'run 3', link: '/jobs/3', read: false, created_at: new Date().toISOString() };

describe('NotificationBell', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] }));

  it('shows the unread count and refreshes on notification.created', async () => {
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(NotificationBell);
    TestBed.inject(NotificationsStore).start();
    const flush = (total: number) => {
      http.expectOne((r) => r.url === '/api/notifications' && !r.params.has('unread')).flush(page([note], 1));
      http.expectOne((r) => r.url === '/api/notifications' && r.params.get('unread') === 'true').flush(page([note], total));
    };
    flush(1);
    await settle(fixture);
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('.count')?.textContent?.trim()).toBe('1');
    expect(el.querySelector('button')?.getAttribute('aria-label')).toBe('Notifications, 1 unread');

    TestBed.inject(EventStream).emit({ id: 9, type: 'notification.created', ts: '', data: { title: 'Another' } });
    flush(2);
    await settle(fixture);
    expect(el.querySelector('.count')?.textContent?.trim()).toBe('2');
  });

  it('marks a notification read when opened', async () => {
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(NotificationBell);
    const store = TestBed.inject(NotificationsStore);
    store.items.set([{ ...note, link: null }]);
    store.unread.set(1);
    await settle(fixture);
    const el = fixture.nativeElement as HTMLElement;
    (el.querySelector('button') as HTMLButtonElement).click();
    http.match('/api/notifications').forEach((r) => r.flush(page([note], 1)));
    await settle(fixture);
    (el.querySelector('.entry') as HTMLButtonElement).click();
    http.expectOne('/api/notifications/7/read').flush({});
    await settle(fixture);
    expect(store.unread()).toBe(0);
  });
});
