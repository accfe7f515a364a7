import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';

/** Tabs between the resources pages. */
@Component({
  selector: 'lw-resources-nav',
  imports: [RouterLink, RouterLinkActive],
  template: `
    <nav class="tabs" aria-label="Resources pages">
      <a routerLink="/resources" routerLinkActive="active" [routerLinkActiveOptions]="{ exact: true }">Machines</a>
      <a routerLink="/schedule" routerLinkActive="active">Schedule</a>
      <a routerLink="/resources/disk" routerLinkActive="active">Disk</a>
      <a routerLink="/resources/costs" routerLinkActive="active">Costs</a>
      <a routerLink="/lineage" routerLinkActive="active">Lineage</a>
    </nav>`,
  styles: `nav { display: flex; flex-wrap: wrap; max-width: 100%; } nav a { padding: 6px 10px; text-decoration: none; }
    nav a.active { font-weight: 600; text-decoration: underline; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResourcesNav {}
