import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { EmptyState } from '@llmworks/ui-kit';

@Component({
  selector: 'lw-not-found',
  imports: [EmptyState, RouterLink],
  template: `<div class="page"><div class="card">
    <lw-empty-state icon="explore_off" title="Page not found" hint="The address does not match any page of the installed plugins.">
      <a class="btn primary" routerLink="/">Go home</a>
    </lw-empty-state></div></div>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFound {}
