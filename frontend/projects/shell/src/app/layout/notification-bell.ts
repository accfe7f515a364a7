import { ChangeDetectionStrategy, Component, ElementRef, HostListener, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { EmptyState, Icon, RelativeTimePipe } from '@llmworks/ui-kit';
import { AppNotification, NotificationsStore } from '../core/notifications.store';

const KIND_ICON: Record<string, string> = {
  'job.succeeded': 'check_circle', 'job.failed': 'error', 'job.cancelled': 'cancel', success: 'check_circle', error: 'error', warning: 'warning',
};

@Component({
  selector: 'lw-notification-bell',
  imports: [Icon, EmptyState, RelativeTimePipe],
  template: `
    <button type="button" class="btn ghost icon bell" [attr.aria-expanded]="open()" aria-haspopup="dialog"
      [attr.aria-label]="store.unread() ? 'Notifications, ' + store.unread() + ' unread' : 'Notifications'" (click)="toggle()">
      <lw-icon name="notifications" />
      @if (store.unread()) { <span class="count" aria-hidden="true">{{ store.unread() > 99 ? '99+' : store.unread() }}</span> }
    </button>
    @if (open()) {
      <div class="panel" role="dialog" aria-label="Notifications">
        <header>
          <h2>Notifications</h2>
          <span class="spacer"></span>
          <button type="button" class="btn ghost sm" [disabled]="!store.unread()" (click)="store.markAllRead()">Mark all read</button>
        </header>
        @if (store.items().length) {
          <ul>
            @for (n of store.items(); track n.id) {
              <li [class.unread]="!n.read">
                <button type="button" class="entry" (click)="openNotification(n)">
                  <lw-icon [name]="icon(n)" [class]="'k ' + n.kind" />
                  <span class="text">
                    <strong>{{ n.title }}</strong>
                    @if (n.body) { <span class="body">{{ n.body }}</span> }
                    <span class="time">{{ n.created_at | relative }}</span>
                  </span>
                  @if (!n.read) { <span class="dot" aria-label="unread"></span> }
                </button>
              </li>
            }
          </ul>
        } @else {
          <lw-empty-state icon="notifications_off" title="You're all caught up" [hint]="store.error() ? 'Could not load: ' + store.error() : 'Job results and mentions show up here.'" [compact]="true" />
        }
      </div>
    }`,
  styles: `
    :host { position: relative; }
    .bell { position: relative; }
    .count { position: absolute; top: 0; left: 18px; min-width: 18px; height: 18px; padding: 0 4px; border-radius: 999px; background: var(--danger);
      color: var(--danger-text); font-size: 10.5px; font-weight: 700; line-height: 14px; text-align: center; border: 2px solid var(--surface); box-sizing: border-box; pointer-events: none; }
    .panel { position: absolute; right: -48px; top: 44px; width: min(380px, calc(100vw - 16px)); max-height: 70vh; overflow: auto; z-index: 60;
      background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius-lg); box-shadow: var(--shadow-lg); }
    header { display: flex; align-items: center; padding: 12px 12px 10px 16px; border-bottom: 1px solid var(--border); position: sticky; top: 0; background: var(--surface); }
    header h2 { font-size: 15px; }
    .spacer { flex: 1; }
    ul { list-style: none; margin: 0; padding: 4px; }
    .entry { display: flex; gap: 10px; align-items: flex-start; width: 100%; text-align: left; padding: 10px 12px; border: 0; background: none;
      font: inherit; color: var(--text); border-radius: var(--radius); cursor: pointer; }
    .entry:hover { background: var(--surface-2); }
    li.unread .entry { background: color-mix(in srgb, var(--accent-soft) 55%, transparent); }
    .text { display: flex; flex-direction: column; gap: 2px; flex: 1; min-width: 0; }
    .body { color: var(--text-2); font-size: 13px; overflow-wrap: anywhere; }
    .time { color: var(--text-3); font-size: 12px; }
    .dot { width: 8px; height: 8px; border-radius: 50%; background: var(--accent); margin-top: 6px; flex-shrink: 0; }
    .k { color: var(--info); } .k.job\\.failed, .k.error { color: var(--danger); } .k.job\\.succeeded, .k.success { color: var(--ok); }
    @media (max-width: 560px) { .panel { position: fixed; left: 8px; right: 8px; top: 60px; width: auto; } }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationBell {
  protected readonly store = inject(NotificationsStore);
  private readonly router = inject(Router);
  private readonly host = inject(ElementRef<HTMLElement>);
  protected readonly open = signal(false);

  protected toggle(): void {
    this.open.update((o) => !o);
    if (this.open()) void this.store.refresh();
  }

  protected icon(n: AppNotification): string {
    return KIND_ICON[n.kind] ?? 'notifications';
  }

  protected async openNotification(n: AppNotification): Promise<void> {
    await this.store.markRead(n);
    if (n.link) {
      this.open.set(false);
      if (/^https?:/.test(n.link)) window.open(n.link, '_blank', 'noopener');
      else await this.router.navigateByUrl(n.link);
    }
  }

  @HostListener('document:click', ['$event'])
  protected onDocumentClick(event: MouseEvent): void {
    if (this.open() && !this.host.nativeElement.contains(event.target as Node)) this.open.set(false);
  }

  @HostListener('document:keydown.escape')
  protected onEscape(): void {
    this.open.set(false);
  }
}
