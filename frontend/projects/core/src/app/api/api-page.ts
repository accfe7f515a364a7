import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { LlmworksClient, type SdksOut } from '@llmworks/api-client';
import { ApiError, EmptyState, Icon, apiClient } from '@llmworks/ui-kit';

/** The API page: where the REST API is described, and the client SDKs of this server
 * (`GET /api/sdks`: a package and the sources per language, generated from the server's own schema). */
@Component({
  selector: 'lw-api-page',
  imports: [Icon, EmptyState],
  template: `
    <div class="page">
      <div class="page-header">
        <div>
          <h1>API &amp; SDKs</h1>
          <p class="subtitle">Integrate with llmworks over its REST API, from Python, TypeScript or .NET.</p>
        </div>
        <div class="actions">
          <a class="btn" href="/docs" target="_blank" rel="noopener"><lw-icon name="menu_book" [size]="18" /> Interactive docs</a>
          <a class="btn" href="/openapi.json" download="openapi.json"><lw-icon name="data_object" [size]="18" /> OpenAPI schema</a>
        </div>
      </div>

      <section class="card">
        <h2>Authentication</h2>
        <p class="muted">Send an API key (or a session token) as <code>Authorization: Bearer lwk_...</code>.
          Errors are <code>application/problem+json</code>; every SDK turns them into typed exceptions.</p>
        <p class="mono small">{{ origin }}</p>
      </section>

      <section class="card" aria-labelledby="sdk-title">
        <h2 id="sdk-title">Client SDKs @if (sdks(); as s) { <span class="muted small">· {{ s.title }} {{ s.version }} · {{ s.operations }} operations</span> }</h2>
        @if (error()) {
          <lw-empty-state icon="error" title="SDKs unavailable" [hint]="error()!" />
        } @else if (!sdks()) {
          <p class="muted">Loading…</p>
        } @else {
          <ul class="sdk-list">
            @for (sdk of sdks()!.items; track sdk.lang) {
              <li class="sdk" [attr.data-lang]="sdk.lang">
                <div class="sdk-head">
                  <strong>{{ sdk.label }}</strong>
                  <span class="muted small">{{ sdk.format }} · v{{ sdk.version }}</span>
                </div>
                <code class="install small">{{ sdk.install }}</code>
                <div class="sdk-actions">
                  @if (sdk.available) {
                    <a class="btn primary" [href]="sdk.package_url" [attr.download]="''"
                       [attr.aria-label]="'Download the ' + sdk.label + ' package'"><lw-icon name="download" [size]="18" /> Package</a>
                  } @else {
                    <span class="muted small" role="note">Package not available here: {{ sdk.reason }}</span>
                  }
                  <a class="btn" [href]="sdk.source_url" [attr.download]="''"
                     [attr.aria-label]="'Download the ' + sdk.label + ' sources'"><lw-icon name="folder_zip" [size]="18" /> Sources (.zip)</a>
                </div>
              </li>
            }
          </ul>
          <p class="muted small">The first download builds the package from this server's schema (every installed plugin
            included); later ones come from a cache. From a shell: <code>llmworks sdk generate --lang csharp --out DIR --package</code>.</p>
        }
      </section>
    </div>`,
  styles: `
    .actions { display: flex; gap: 8px; flex-wrap: wrap; }
    .sdk-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 12px; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); }
    .sdk { border: 1px solid var(--border); border-radius: 10px; padding: 14px; display: flex; flex-direction: column; gap: 10px; }
    .sdk-head { display: flex; justify-content: space-between; align-items: baseline; gap: 8px; }
    .sdk-actions { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; }
    .install { display: block; overflow-wrap: anywhere; color: var(--text-2); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApiPage {
  private readonly api = apiClient(LlmworksClient);
  protected readonly sdks = signal<SdksOut | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly origin = typeof location === 'undefined' ? '' : location.origin;

  constructor() {
    this.api.sdks.listSdks().then(
      (s) => this.sdks.set(s),
      (err: unknown) => this.error.set(err instanceof ApiError ? err.summary : String(err)),
    );
  }
}
