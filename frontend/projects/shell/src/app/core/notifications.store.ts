import { Injectable, computed, inject, signal } from '@angular/core';
import { ApiClient, EventStream, Page, ToastService } from '@llmworks/ui-kit';
import { Subscription } from 'rxjs';

export interface AppNotification {
  id: string | number;
  kind: string;
  title: string;
  body?: string | null;
  link?: string | null;
  read: boolean;
  created_at: string;
}

/** The bell: latest notifications and the unread count, kept live by `notification.created`. */
@Injectable({ providedIn: 'root' })
export class NotificationsStore {
  private readonly api = inject(ApiClient);
  private readonly events = inject(EventStream);
  private readonly toasts = inject(ToastService);
  readonly items = signal<AppNotification[]>([]);
  readonly unread = signal(0);
  readonly error = signal<string | null>(null);
  readonly hasUnread = computed(() => this.unread() > 0);
  private sub: Subscription | null = null;

  start(): void {
    if (this.sub) return;
    this.sub = this.events.on('notification.created').subscribe((event) => {
      const data = event.data as Partial<AppNotification>;
      if (data?.title) this.toasts.show(data.kind === 'error' || data.kind === 'job.failed' ? 'error' : 'info', data.title, data.body ?? undefined, { link: data.link ?? undefined });
      void this.refresh();
    });
    void this.refresh();
  }

  stop(): void {
    this.sub?.unsubscribe();
    this.sub = null;
    this.items.set([]);
    this.unread.set(0);
  }

  async refresh(): Promise<void> {
    try {
      const [latest, unread] = await Promise.all([
        this.api.get<Page<AppNotification>>('/api/notifications', { limit: 8, offset: 0 }),
        this.api.get<Page<AppNotification>>('/api/notifications', { unread: true, limit: 1, offset: 0 }),
      ]);
      this.items.set(latest.items);
      this.unread.set(unread.total);
      this.error.set(null);
    } catch (err) {
      this.error.set(err instanceof Error ? err.message : String(err));
    }
  }

  async markRead(n: AppNotification): Promise<void> {
    if (n.read) return;
    this.items.update((list) => list.map((x) => (x.id === n.id ? { ...x, read: true } : x)));
    this.unread.update((u) => Math.max(0, u - 1));
    try {
      await this.api.post(`/api/notifications/${n.id}/read`);
    } catch (err) {
      this.toasts.apiError(err, 'Could not mark as read');
      void this.refresh();
    }
  }

  async markAllRead(): Promise<void> {
    this.items.update((list) => list.map((x) => ({ ...x, read: true })));
    this.unread.set(0);
    try {
      await this.api.post('/api/notifications/read-all');
    } catch (err) {
      this.toasts.apiError(err, 'Could not mark all as read');
      void this.refresh();
    }
  }
}
