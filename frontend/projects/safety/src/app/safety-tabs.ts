import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';

/** The safety pages' tabs. */
@Component({
  selector: 'lw-safety-tabs',
  imports: [RouterLink, RouterLinkActive],
  template: `
    <nav class="tabs" aria-label="Safety">
      <a routerLink="/safety" routerLinkActive="active" [routerLinkActiveOptions]="{ exact: true }" ariaCurrentWhenActive="page">Policies</a>
      <a routerLink="/safety/filters" routerLinkActive="active" ariaCurrentWhenActive="page">Custom filters</a>
      <a routerLink="/safety/review" routerLinkActive="active" ariaCurrentWhenActive="page">Review log</a>
    </nav>`,
  styles: `:host { display: block; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SafetyTabs {}
