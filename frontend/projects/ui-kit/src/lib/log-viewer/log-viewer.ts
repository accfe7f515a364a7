import {
  ChangeDetectionStrategy, Component, DestroyRef, ElementRef, afterRenderEffect, effect, inject, input, signal, untracked, viewChild,
} from '@angular/core';
import { ApiClient } from '../api/api-client';
import { LogChunk } from '../api/types';
import { Icon } from '../icon/icon';

const MAX_LINES = 5000;

/**
 * A live log: follows the end while `follow` is on (turned off when the user scrolls up), polls
 * the job log endpoint while `live` is true, or shows the `text` it is given.
 */
@Component({
  selector: 'lw-log-viewer',
  imports: [Icon],
  template: `
    <div class="bar">
      <span class="title">{{ title() }}</span>
      <span class="muted small">{{ lineCount() }} lines</span>
      <span class="spacer"></span>
      <button type="button" class="btn ghost sm" [attr.aria-pressed]="follow()" (click)="setFollow(!follow())">
        <lw-icon [name]="follow() ? 'vertical_align_bottom' : 'pause'" [size]="16" /> {{ follow() ? 'Following' : 'Follow' }}
      </button>
      <button type="button" class="btn ghost sm" (click)="copy()"><lw-icon name="content_copy" [size]="16" /> Copy</button>
    </div>
    <pre #scroller class="log" tabindex="0" role="log" [attr.aria-label]="title()" [style.height]="height()" (scroll)="onScroll()">{{ content() || emptyText() }}</pre>`,
  styles: `
    :host { display: flex; flex-direction: column; border: 1px solid var(--border); border-radius: var(--radius); overflow: hidden; min-width: 0; }
    .bar { display: flex; align-items: center; gap: 8px; padding: 6px 8px 6px 12px; background: var(--surface-2); border-bottom: 1px solid var(--border); }
    .title { font-weight: 600; font-size: 13px; }
    .spacer { flex: 1; }
    .log { margin: 0; padding: 12px; overflow: auto; background: #0b0e17; color: #d7dcef; font-size: 12.5px; line-height: 1.55;
      white-space: pre-wrap; word-break: break-word; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LogViewer {
  private readonly api = inject(ApiClient);
  readonly jobId = input<string | number | null>(null);
  /** Static text to show instead of a job's log. */
  readonly text = input<string | null>(null);
  readonly live = input(false);
  readonly title = input('Log');
  readonly height = input('320px');
  readonly pollMs = input(1500);
  readonly emptyText = input('No output yet.');

  protected readonly content = signal('');
  protected readonly follow = signal(true);
  protected readonly lineCount = signal(0);
  private readonly scroller = viewChild.required<ElementRef<HTMLPreElement>>('scroller');
  private offset = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private autoScrolling = false;
  private fetching = false;

  constructor() {
    effect(() => {
      const text = this.text();
      if (text !== null) this.setContent(text);
    });
    effect(() => {
      const id = this.jobId();
      const live = this.live();
      untracked(() => {
        this.stop();
        if (id === null || id === undefined) return;
        this.offset = 0;
        this.setContent('');
        void this.poll(id, live);
      });
    });
    afterRenderEffect(() => {
      this.content();
      if (!this.follow()) return;
      const el = this.scroller().nativeElement;
      this.autoScrolling = true;
      el.scrollTop = el.scrollHeight;
    });
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  /** Reload from the start (e.g. after a job event said the log grew). */
  async refresh(): Promise<void> {
    const id = this.jobId();
    if (id !== null && id !== undefined) await this.fetchChunk(id);
  }

  protected setFollow(on: boolean): void {
    this.follow.set(on);
    if (on) {
      const el = this.scroller().nativeElement;
      el.scrollTop = el.scrollHeight;
    }
  }

  protected onScroll(): void {
    if (this.autoScrolling) { this.autoScrolling = false; return; }
    const el = this.scroller().nativeElement;
    const atBottom = el.scrollHeight - el.scrollTop - el.clientHeight < 24;
    if (this.follow() !== atBottom) this.follow.set(atBottom);
  }

  protected async copy(): Promise<void> {
    try { await navigator.clipboard.writeText(this.content()); } catch { /* clipboard blocked */ }
  }

  private async poll(id: string | number, live: boolean): Promise<void> {
    await this.fetchChunk(id);
    if (live && this.jobId() === id) this.timer = setTimeout(() => void this.poll(id, this.live()), this.pollMs());
  }

  private async fetchChunk(id: string | number): Promise<void> {
    if (this.fetching) return;
    this.fetching = true;
    try {
      // Read until the end: the server returns at most 64 KB per call.
      for (let i = 0; i < 20; i++) {
        const chunk = await this.api.get<LogChunk>(`/api/jobs/${id}/log`, { offset: this.offset });
        if (this.jobId() !== id) return;
        const grew = chunk.next_offset > this.offset;
        this.offset = chunk.next_offset;
        if (chunk.text) this.setContent(this.content() + chunk.text);
        if (!grew || chunk.next_offset >= chunk.size) break;
      }
    } catch {
      /* a missing log is shown as empty; the job view reports job errors */
    } finally {
      this.fetching = false;
    }
  }

  private setContent(text: string): void {
    let lines = text.split('\n');
    if (lines.length > MAX_LINES) {
      lines = lines.slice(-MAX_LINES);
      text = lines.join('\n');
    }
    this.content.set(text);
    this.lineCount.set(text ? lines.length - (text.endsWith('\n') ? 1 : 0) : 0);
  }

  private stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
