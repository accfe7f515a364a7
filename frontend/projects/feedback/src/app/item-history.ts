import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ApiClient, RelativeTimePipe, ToastService } from '@llmworks/ui-kit';
import type { AnswerOut as Answer, HistoryOut, ItemOut as Item } from '@llmworks/api-client';
import { describeAnswer } from './api';

/** Who said what about one item, when, with every edit (a new revision supersedes the last). */
@Component({
  selector: 'lw-item-history',
  imports: [RouterLink, RelativeTimePipe],
  template: `
    <div class="page">
      @if (item(); as it) {
        <div class="page-header"><div><h1>Item {{ it.position + 1 }}</h1><p class="subtitle">{{ it.prompt }}</p></div>
          <a class="btn ghost" [routerLink]="['/feedback/campaigns', campaignId()]">Back to the campaign</a></div>
        <section class="card stack">
          <h2>Candidates</h2>
          <ol>@for (c of it.candidates; track c.id) { <li><span class="mono small">#{{ c.id }}</span> @if (c.generator) { <span class="chip">{{ c.generator }}</span> } {{ c.text }}</li> }</ol>
        </section>
        <section class="card flush">
          <table class="table" data-testid="history">
            <caption>Answers and edits</caption>
            <thead><tr><th>Who</th><th>When</th><th>Revision</th><th>Answer</th></tr></thead>
            <tbody>@for (a of answers(); track a.id) {
              <tr [class.muted]="!a.current"><td>{{ a.username }}</td><td>{{ a.created_at | relative }}</td>
                <td>{{ a.revision }}@if (!a.current) { <span class="small"> (edited later)</span> }</td><td class="mono small">{{ describe(a) }}</td></tr>
            }</tbody>
          </table>
        </section>
      }
    </div>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ItemHistoryPage {
  private readonly api = inject(ApiClient);
  private readonly toasts = inject(ToastService);
  readonly campaignId = input.required<string>();
  readonly itemId = input.required<string>();
  protected readonly item = signal<Item | null>(null);
  protected readonly answers = signal<Answer[]>([]);
  protected readonly count = computed(() => this.answers().length);

  async ngOnInit(): Promise<void> {
    try {
      const h = await this.api.get<HistoryOut>(`/api/feedback/campaigns/${this.campaignId()}/items/${this.itemId()}/history`);
      this.item.set(h.item);
      this.answers.set(h.answers);
    } catch (err) {
      this.toasts.apiError(err, 'History not loaded');
    }
  }

  protected readonly describe = describeAnswer;
}
