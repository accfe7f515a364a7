import { ChangeDetectionStrategy, Component, ElementRef, HostListener, OnDestroy, computed, inject, input, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ApiClient, Icon, ToastService } from '@llmworks/ui-kit';
import type { AnnotationQueueOut as Queue, SavedOut, TaskView as Task } from '@llmworks/api-client';
import type { Draft } from './api';
import { Outbox, transient } from './outbox';

type Phase = 'rank' | 'score' | 'pairwise' | 'correct';

/**
 * The annotation page, driven by the keyboard: number keys rank (best first), score (1-7, the
 * cursor moves on by itself) or choose in a pair (1, 2, 0 = tie); Enter submits, S skips, U or
 * Backspace undoes (the last key, or the previous answer). Every key press is saved as the
 * item's draft and every answer at once, so a reload or a dropped connection loses nothing:
 * what the server has not confirmed stays in this browser's `localStorage` (see {@link Outbox})
 * and is sent again when the connection returns (the `online` event, a retry every few seconds,
 * the next visit), in order, one request at a time.
 */
@Component({
  selector: 'lw-annotate',
  imports: [RouterLink, Icon],
  template: `
    <div class="page">
      <div class="page-header">
        <div><h1>{{ queue()?.name ?? 'Annotate' }}</h1>
          <p class="subtitle">Keys: <kbd>1</kbd>-<kbd>{{ maxKey() }}</kbd> {{ hint() }} · <kbd>Enter</kbd> submit · <kbd>S</kbd> skip · <kbd>U</kbd> undo</p></div>
        <a class="btn ghost" routerLink="/annotate"><lw-icon name="arrow_back" [size]="18" /> My campaigns</a>
      </div>
      @if (queue(); as q) {
        <div class="progress-row">
          <progress [value]="q.done" [max]="q.total" aria-label="Progress"></progress>
          <span class="mono small" data-testid="progress">{{ q.done }} / {{ q.total }} done</span>
          @if (unsent()) {
            <span class="chip warning small" data-testid="unsent" role="status">{{ unsent() }} unsent · kept on this device, sent when the connection returns</span>
          } @else if (saving()) { <span class="muted small">saving…</span> } @else { <span class="muted small" data-testid="saved">saved</span> }
        </div>
        @if (task(); as t) {
          <section class="card stack" data-testid="task" [attr.data-assignment]="t.assignment_id">
            <div class="muted small">Item {{ index() + 1 }} of {{ q.total }} · step: <strong data-testid="phase">{{ phase() }}</strong>
              @if (t.status === 'done') { · <span class="chip">editing a saved answer</span> }</div>
            <h2 class="prompt">{{ t.prompt }}</h2>
            <ol class="cands">
              @for (c of t.candidates; track c.id; let i = $index) {
                <li class="cand" [class.pair]="phase() === 'pairwise' && t.pair.includes(c.id)" [attr.data-candidate]="c.id">
                  <span class="key" aria-hidden="true">{{ phase() === 'pairwise' ? pairKey(t, c.id) : i + 1 }}</span>
                  <div class="text">{{ c.text || '(empty)' }}</div>
                  @if (rankOf(c.id); as r) { <span class="chip accent" data-testid="rank">#{{ r }}</span> }
                  @if (q.tasks.includes('score')) {
                    <span class="scores">
                      @for (crit of q.rubric; track crit.name; let j = $index) {
                        <span class="score" [class.cursor]="phase() === 'score' && cursor() === i * q.rubric.length + j" [title]="crit.name">
                          {{ crit.name }} <strong>{{ draft().scores?.[c.id]?.[crit.name] ?? '·' }}</strong></span>
                      }
                    </span>
                  }
                  @if (phase() === 'pairwise' || draft().preferred !== undefined) {
                    @if (draft().preferred === c.id) { <span class="chip success">preferred</span> }
                  }
                </li>
              }
            </ol>
            @if (draft().tie) { <div class="chip">tie</div> }
            @if (q.tasks.includes('correct')) {
              <label class="stack small">Correct the best answer (Ctrl+Enter submits)
                <textarea #correction class="input" rows="3" [value]="draft().correction ?? ''" (input)="setCorrection($any($event.target).value)"></textarea>
              </label>
            }
            <div class="row">
              <button class="btn primary" type="button" [disabled]="!complete()" (click)="submit()">Submit <kbd>Enter</kbd></button>
              <button class="btn" type="button" (click)="skip()">Skip <kbd>S</kbd></button>
              <button class="btn ghost" type="button" (click)="undo()">Undo <kbd>U</kbd></button>
            </div>
          </section>
        } @else {
          <section class="card" data-testid="all-done"><h2>All done</h2><p class="muted">Every item assigned to you has an answer. Thank you!</p></section>
        }
      } @else if (error()) {
        <div class="alert danger" role="alert">{{ error() }}</div>
      }
    </div>`,
  styles: `
    .progress-row { display: flex; align-items: center; gap: 12px; margin-bottom: 12px; }
    progress { flex: 1; height: 10px; accent-color: var(--accent); }
    .prompt { font-size: 18px; margin: 4px 0; }
    .cands { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
    .cand { display: flex; gap: 12px; align-items: flex-start; padding: 10px; border: 1px solid var(--border-strong); border-radius: 8px; }
    .cand.pair { border-color: var(--accent); }
    .key { font-family: var(--mono, monospace); font-weight: 700; min-width: 1.5em; text-align: center; border: 1px solid var(--border-strong); border-radius: 4px; }
    .text { flex: 1; white-space: pre-wrap; }
    .scores { display: flex; gap: 6px; flex-wrap: wrap; font-size: 12px; }
    .score { padding: 2px 6px; border-radius: 4px; border: 1px solid var(--border); }
    .score.cursor { outline: 2px solid var(--accent); }
    .row { display: flex; gap: 8px; }
    kbd { font-family: var(--mono, monospace); font-size: 11px; padding: 0 4px; border: 1px solid var(--border-strong); border-radius: 3px; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AnnotatePage implements OnDestroy {
  private readonly api = inject(ApiClient);
  private readonly toasts = inject(ToastService);
  readonly campaignId = input.required<string>();
  protected readonly queue = signal<Queue | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly index = signal(0);
  protected readonly draft = signal<Draft>({});
  protected readonly cursor = signal(0);
  protected readonly saving = signal(false);
  /** Assignments with a draft or an answer the server has not confirmed. */
  protected readonly unsent = signal(0);
  private readonly correctionBox = viewChild<ElementRef<HTMLTextAreaElement>>('correction');
  /** The items answered in this visit, newest last (Undo reopens them). */
  private readonly answered: number[] = [];
  private opened = Date.now();
  private outbox: Outbox | null = null;
  private flushing: Promise<void> | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;
  /** Answers the server refused (a 4xx): the page stays on them. */
  private readonly refused = new Set<number>();

  protected readonly task = computed<Task | null>(() => this.queue()?.items[this.index()] ?? null);
  protected readonly maxKey = computed(() => Math.max(this.task()?.candidates.length ?? 1, this.queue()?.tasks.includes('score') ? 7 : 0));
  protected readonly phase = computed<Phase>(() => {
    const q = this.queue(), t = this.task(), d = this.draft();
    if (!q || !t) return 'rank';
    if (q.tasks.includes('rank') && (d.ranking?.length ?? 0) < t.candidates.length) return 'rank';
    if (q.tasks.includes('score') && this.scoreCount(d) < t.candidates.length * q.rubric.length) return 'score';
    if (q.tasks.includes('pairwise') && t.pair.length === 2 && d.preferred == null && !d.tie) return 'pairwise';
    if (q.tasks.includes('correct')) return 'correct';
    return q.tasks[q.tasks.length - 1] as Phase;
  });
  protected readonly complete = computed(() => {
    const q = this.queue(), t = this.task(), d = this.draft();
    if (!q || !t) return false;
    return (!q.tasks.includes('rank') || d.ranking?.length === t.candidates.length)
      && (!q.tasks.includes('score') || this.scoreCount(d) === t.candidates.length * q.rubric.length)
      && (!q.tasks.includes('pairwise') || t.pair.length < 2 || d.preferred != null || !!d.tie)
      && (!q.tasks.includes('correct') || !!d.correction?.trim());
  });
  protected readonly hint = computed(() => ({ rank: 'rank, best first', score: 'score 1-7', pairwise: 'pick of the pair, 0 = tie', correct: 'type the correction' })[this.phase()]);

  async ngOnInit(): Promise<void> {
    this.outbox = new Outbox(`llmworks.feedback.unsent.${this.campaignId()}`);
    this.unsent.set(this.outbox.size());
    try {
      const q = this.withUnsent(await this.api.get<Queue>(`/api/feedback/campaigns/${this.campaignId()}/queue`));
      this.queue.set(q);
      this.open(this.firstOpen(q));
    } catch (err) {
      this.error.set((err as { summary?: string })?.summary ?? String(err));
    }
    void this.flush();
  }

  ngOnDestroy(): void {
    if (this.retry) clearTimeout(this.retry);
  }

  /** The server's queue with this browser's unsent work on top: an unsent answer counts as
   * done (it is on its way), an unsent draft replaces the server's. */
  private withUnsent(q: Queue): Queue {
    const unsent = this.outbox?.all() ?? {};
    const items = q.items.map((t) => {
      const u = unsent[t.assignment_id];
      if (u?.answer) return { ...t, status: 'done', draft: u.draft ?? t.draft };
      return u?.draft ? { ...t, draft: u.draft } : t;
    });
    return { ...q, items, done: items.filter((t) => t.status === 'done').length };
  }

  @HostListener('window:online')
  protected onOnline(): void {
    void this.flush();
  }

  /** Sends the unsent work, one assignment at a time; stops at a failure worth retrying (and
   * tries again in a few seconds), drops what the server refuses (saying why). */
  private flush(): Promise<void> {
    if (!this.flushing) this.flushing = this.drain().finally(() => { this.flushing = null; });
    return this.flushing;
  }

  private async drain(): Promise<void> {
    const box = this.outbox;
    if (!box) return;
    this.saving.set(true);
    try {
      for (let entry = Object.entries(box.all())[0]; entry; entry = Object.entries(box.all())[0]) {
        const id = Number(entry[0]), u = entry[1];
        try {
          if (u.answer) {
            const saved = await this.api.put<SavedOut>(`/api/feedback/assignments/${id}/answer`, u.answer);
            box.drop(id, 'answer', u.answer);
            box.drop(id, 'draft', u.draft);
            this.setStatus(id, 'done', saved.answer);
          } else if (u.draft) {
            await this.api.put(`/api/feedback/assignments/${id}/draft`, { draft: u.draft });
            box.drop(id, 'draft', u.draft);
          } else {
            box.drop(id, 'draft');
          }
        } catch (err) {
          if (transient(err)) {
            this.retryLater();
            return;
          }
          box.drop(id, u.answer ? 'answer' : 'draft', u.answer ?? u.draft);
          if (u.answer) {
            this.refused.add(id);
            this.setStatus(id, 'pending', null);
          }
          this.toasts.apiError(err, u.answer ? 'Answer not saved' : 'Draft not saved');
        }
        this.unsent.set(box.size());
      }
    } finally {
      this.saving.set(false);
      this.unsent.set(box.size());
    }
  }

  private retryLater(): void {
    if (this.retry) return;
    this.retry = setTimeout(() => { this.retry = null; void this.flush(); }, 4000);
  }

  /** An assignment's status in the local queue (done with the server's answer, or back to pending). */
  private setStatus(id: number, status: 'done' | 'pending', answer: SavedOut['answer'] | null): void {
    const q = this.queue();
    if (!q) return;
    const items = q.items.map((x) => x.assignment_id !== id ? x
      : status === 'done' ? { ...x, status, draft: answer ? null : (this.outbox?.get(id)?.draft ?? x.draft), answer: answer ?? x.answer }
      : { ...x, status: x.answer ? 'done' : status });
    this.queue.set({ ...q, items, done: items.filter((x) => x.status === 'done').length });
  }

  private firstOpen(q: Queue): number {
    const pending = q.items.findIndex((t) => t.status === 'pending');
    if (pending >= 0) return pending;
    const skipped = q.items.findIndex((t) => t.status === 'skipped');
    return skipped >= 0 ? skipped : q.items.length;
  }

  private open(i: number): void {
    this.index.set(i);
    const t = this.queue()?.items[i];
    this.draft.set(t?.draft ?? (t?.answer ? this.fromAnswer(t) : {}));
    this.cursor.set(0);
    this.opened = Date.now();
  }

  private fromAnswer(t: Task): Draft {
    const a = t.answer!;
    return { ranking: a.ranking ?? undefined, scores: a.scores ?? undefined, preferred: a.preferred, tie: a.tie,
             correction: a.correction?.text, seconds: a.seconds ?? 0 };
  }

  private scoreCount(d: Draft): number {
    return Object.values(d.scores ?? {}).reduce((n, per) => n + Object.keys(per).length, 0);
  }

  protected rankOf(id: number): number | null {
    const i = this.draft().ranking?.indexOf(id) ?? -1;
    return i >= 0 ? i + 1 : null;
  }

  protected pairKey(t: Task, id: number): string {
    const i = t.pair.indexOf(id);
    return i >= 0 ? String(i + 1) : '';
  }

  /** Every change is kept as the item's draft: in this browser at once, then on the server. */
  private update(d: Draft): void {
    this.draft.set(d);
    const t = this.task();
    if (!t || !this.outbox) return;
    this.outbox.put(t.assignment_id, { draft: d });
    this.unsent.set(this.outbox.size());
    void this.flush();
  }

  protected setCorrection(text: string): void {
    this.update({ ...this.draft(), correction: text });
  }

  @HostListener('document:keydown', ['$event'])
  protected onKey(e: KeyboardEvent): void {
    const t = this.task(), q = this.queue();
    if (!t || !q || e.altKey || e.metaKey) return;
    const inText = (e.target as HTMLElement | null)?.tagName === 'TEXTAREA';
    if (inText) {
      if (e.key === 'Enter' && e.ctrlKey) { e.preventDefault(); void this.submit(); }
      else if (e.key === 'Escape') (e.target as HTMLElement).blur();
      return;
    }
    if (e.ctrlKey) return;
    const key = e.key.toLowerCase();
    if (key === 'enter') { e.preventDefault(); void this.submit(); return; }
    if (key === 's') { e.preventDefault(); void this.skip(); return; }
    if (key === 'u' || key === 'backspace') { e.preventDefault(); this.undo(); return; }
    if (!/^[0-9]$/.test(key)) return;
    e.preventDefault();
    const n = Number(key);
    const d = this.draft();
    switch (this.phase()) {
      case 'rank': {
        const c = t.candidates[n - 1];
        if (c && !(d.ranking ?? []).includes(c.id)) this.update({ ...d, ranking: [...(d.ranking ?? []), c.id] });
        break;
      }
      case 'score': {
        if (n < 1 || n > 7) return;
        const per = q.rubric.length;
        let at = this.cursor();
        const cand = t.candidates[Math.floor(at / per)], crit = q.rubric[at % per];
        if (!cand || !crit) return;
        const scores = { ...(d.scores ?? {}), [cand.id]: { ...(d.scores?.[cand.id] ?? {}), [crit.name]: n } };
        this.update({ ...d, scores });
        at += 1;
        this.cursor.set(Math.min(at, t.candidates.length * per - 1));
        break;
      }
      case 'pairwise':
        if (n === 0) this.update({ ...d, tie: true, preferred: null });
        else if (t.pair[n - 1] !== undefined) this.update({ ...d, tie: false, preferred: t.pair[n - 1] });
        break;
      case 'correct':
        this.correctionBox()?.nativeElement.focus();
        break;
    }
    if (this.phase() === 'correct' && !d.correction) {
      const best = this.draft().ranking?.[0] ?? this.draft().preferred ?? t.candidates[0]?.id;
      const text = t.candidates.find((c) => c.id === best)?.text ?? '';
      this.update({ ...this.draft(), correction: text });
    }
  }

  protected undo(): void {
    const d = this.draft(), q = this.queue(), t = this.task();
    if (!q) return;
    if (d.preferred != null || d.tie) { this.update({ ...d, preferred: null, tie: false }); return; }
    if (t && this.scoreCount(d) > 0 && (!q.tasks.includes('rank') || (d.ranking?.length ?? 0) === t.candidates.length)) {
      const per = q.rubric.length;
      const at = Math.max(0, Math.min(this.cursor(), t.candidates.length * per - 1));
      const filled = (i: number) => d.scores?.[t.candidates[Math.floor(i / per)].id]?.[q.rubric[i % per].name] !== undefined;
      const last = filled(at) ? at : Math.max(0, at - 1);
      const cand = t.candidates[Math.floor(last / per)].id, crit = q.rubric[last % per].name;
      const per_ = { ...(d.scores?.[cand] ?? {}) };
      delete per_[crit];
      this.update({ ...d, scores: { ...(d.scores ?? {}), [cand]: per_ } });
      this.cursor.set(last);
      return;
    }
    if (d.ranking?.length) { this.update({ ...d, ranking: d.ranking.slice(0, -1) }); return; }
    const previous = this.answered.pop();
    if (previous !== undefined) this.open(previous);  // reopen the last answer to change it
  }

  protected async skip(): Promise<void> {
    const t = this.task(), q = this.queue();
    if (!t || !q) return;
    await this.flush();
    try {
      await this.api.post(`/api/feedback/assignments/${t.assignment_id}/skip`, {});
      const items = q.items.map((x) => x.assignment_id === t.assignment_id && x.status !== 'done' ? { ...x, status: 'skipped', draft: this.draft() } : x);
      const next = items.findIndex((x, i) => i > this.index() && x.status === 'pending');
      this.queue.set({ ...q, items, skipped: items.filter((x) => x.status === 'skipped').length });
      this.open(next >= 0 ? next : this.firstOpen({ ...q, items: items.map((x, i) => i === this.index() ? { ...x, status: 'later' } : x) }));
    } catch (err) {
      this.toasts.apiError(err, 'Could not skip');
    }
  }

  protected async submit(): Promise<void> {
    const t = this.task(), q = this.queue(), d = this.draft();
    if (!t || !q || !this.complete()) return;
    const seconds = (d.seconds ?? 0) + (Date.now() - this.opened) / 1000;
    const body: Record<string, unknown> = { seconds: Math.round(seconds * 10) / 10 };
    if (q.tasks.includes('rank')) body['ranking'] = d.ranking;
    if (q.tasks.includes('score')) body['scores'] = d.scores;
    if (q.tasks.includes('pairwise') && t.pair.length === 2) { body['preferred'] = d.tie ? null : d.preferred; body['tie'] = !!d.tie; }
    if (q.tasks.includes('correct')) body['correction'] = { candidate_id: d.ranking?.[0] ?? d.preferred ?? t.candidates[0].id, text: d.correction };
    if (!this.outbox) return;
    const id = t.assignment_id, at = this.index();
    this.outbox.put(id, { answer: body, draft: d });
    this.unsent.set(this.outbox.size());
    await this.flush();
    if (this.refused.delete(id)) return;  // the server said why (a toast); the item stays open
    if (this.outbox.get(id)?.answer) {  // not confirmed yet: kept here, sent when the connection returns
      this.setStatus(id, 'done', null);
      this.toasts.info('Answer kept on this device', 'the server cannot be reached; it is sent when the connection returns');
    }
    const now = this.queue();
    if (now && now.items[at]?.assignment_id === id && now.items[at].status === 'done') {
      this.answered.push(at);
      this.open(this.firstOpen(now));
    }
  }
}
