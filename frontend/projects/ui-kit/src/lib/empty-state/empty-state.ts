import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { Icon } from '../icon/icon';

/** What a list shows when it has nothing yet: an icon, a line, a hint and an action slot. */
@Component({
  selector: 'lw-empty-state',
  imports: [Icon],
  template: `
    <div class="empty" [class.compact]="compact()">
      <div class="badge"><lw-icon [name]="icon()" [size]="compact() ? 22 : 28" /></div>
      <h3>{{ title() }}</h3>
      @if (hint()) { <p class="muted">{{ hint() }}</p> }
      <div class="actions"><ng-content /></div>
    </div>`,
  styles: `
    .empty { display: flex; flex-direction: column; align-items: center; text-align: center; gap: 8px; padding: 40px 16px; }
    .empty.compact { padding: 20px 12px; }
    .badge { width: 56px; height: 56px; border-radius: 16px; display: grid; place-items: center;
      background: var(--accent-soft); color: var(--accent-fg); margin-bottom: 4px; }
    .compact .badge { width: 44px; height: 44px; border-radius: 12px; }
    p { max-width: 440px; }
    .actions { display: flex; gap: 8px; margin-top: 6px; flex-wrap: wrap; justify-content: center; }
    .actions:empty { display: none; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmptyState {
  readonly icon = input('inbox');
  readonly title = input.required<string>();
  readonly hint = input('');
  readonly compact = input(false);
}
