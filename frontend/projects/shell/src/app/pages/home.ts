import { ChangeDetectionStrategy, Component, OnInit, inject } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { EmptyState } from '@llmworks/ui-kit';
import { PluginLoader } from '../core/plugin-loader';

/** `/`: the first page a plugin offers (normally the dashboard), or a hint when none is installed. */
@Component({
  selector: 'lw-home',
  imports: [EmptyState, RouterLink],
  template: `
    @if (!plugins.nav().length) {
      <div class="page">
        <div class="card">
          <lw-empty-state icon="extension_off" title="No UI plugins installed"
            hint="Install a plugin with a user interface (for example llmworks-core) and restart the server.">
            <a class="btn" routerLink="/plugins">See plugins</a>
          </lw-empty-state>
        </div>
      </div>
    }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomeRedirect implements OnInit {
  protected readonly plugins = inject(PluginLoader);
  private readonly router = inject(Router);

  ngOnInit(): void {
    const first = this.plugins.nav().find((n) => !n.failed) ?? this.plugins.nav()[0];
    if (first) void this.router.navigateByUrl('/' + first.path, { replaceUrl: true });
  }
}
