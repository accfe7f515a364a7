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

/** A page the signed-in user's role may not open (a labeler outside the annotation pages). */
@Component({
  selector: 'lw-forbidden',
  imports: [EmptyState, RouterLink],
  template: `<div class="page"><div class="card" data-testid="forbidden">
    <lw-empty-state icon="block" title="403: not for your role" hint="Your role in this project is annotation only: open your annotation campaigns.">
      <a class="btn primary" routerLink="/">Go to my annotations</a>
    </lw-empty-state></div></div>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Forbidden {}
