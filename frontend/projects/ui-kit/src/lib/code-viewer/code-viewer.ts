import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { Icon } from '../icon/icon';
import { toYaml } from './yaml';

export type CodeLanguage = 'json' | 'yaml' | 'text';

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Token colouring for JSON and YAML; returns escaped HTML with <span class="t-*"> only. */
export function highlight(code: string, language: CodeLanguage): string {
  const text = escapeHtml(code);
  if (language === 'json') {
    return text.replace(/("(?:\\.|[^"\\])*")(\s*:)?|\b(true|false|null)\b|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g,
      (m, str, colon, lit, num) => str ? (colon ? `<span class="t-key">${str}</span>${colon}` : `<span class="t-str">${str}</span>`)
        : lit ? `<span class="t-lit">${lit}</span>` : num ? `<span class="t-num">${num}</span>` : m);
  }
  if (language === 'yaml') {
    return text.split('\n').map((line) => {
      if (/^\s*#/.test(line)) return `<span class="t-com">${line}</span>`;
      return line.replace(/^(\s*(?:- )?)([^:\s][^:]*?)(:)(\s|$)/, '$1<span class="t-key">$2</span>$3$4')
        .replace(/(:\s|- )("(?:\\.|[^"\\])*")/g, '$1<span class="t-str">$2</span>')
        .replace(/(:\s|- )(true|false|null|-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*$/i, '$1<span class="t-num">$2</span>');
    }).join('\n');
  }
  return text;
}

/** Read-only code block for JSON, YAML or text with copy and download buttons. */
@Component({
  selector: 'lw-code-viewer',
  imports: [Icon],
  template: `
    <div class="bar">
      <span class="lang">{{ title() || language().toUpperCase() }}</span>
      <span class="spacer"></span>
      <button type="button" class="btn ghost sm" (click)="copy()"><lw-icon [name]="copied() ? 'check' : 'content_copy'" [size]="16" /> {{ copied() ? 'Copied' : 'Copy' }}</button>
      @if (filename()) {
        <button type="button" class="btn ghost sm" (click)="download()"><lw-icon name="download" [size]="16" /> Download</button>
      }
    </div>
    <pre class="code" tabindex="0" [style.max-height]="maxHeight()"><code [innerHTML]="html()"></code></pre>`,
  styles: `
    :host { display: flex; flex-direction: column; border: 1px solid var(--border); border-radius: var(--radius); overflow: hidden; min-width: 0; }
    .bar { display: flex; align-items: center; gap: 6px; padding: 4px 6px 4px 12px; background: var(--surface-2); border-bottom: 1px solid var(--border); }
    .lang { font-size: 12px; font-weight: 650; color: var(--text-2); letter-spacing: 0.04em; }
    .spacer { flex: 1; }
    .code { margin: 0; padding: 12px 14px; overflow: auto; background: var(--surface); font-size: 12.5px; line-height: 1.6; white-space: pre; }
    :host ::ng-deep .t-key { color: var(--accent-fg); }
    :host ::ng-deep .t-str { color: var(--ok); }
    :host ::ng-deep .t-num, :host ::ng-deep .t-lit { color: var(--warn); }
    :host ::ng-deep .t-com { color: var(--text-3); font-style: italic; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CodeViewer {
  /** A string is shown as is; anything else is serialised in `language`. */
  readonly value = input<unknown>('');
  readonly language = input<CodeLanguage>('json');
  readonly title = input('');
  readonly filename = input('');
  readonly maxHeight = input('420px');
  protected readonly copied = signal(false);

  readonly code = computed(() => {
    const value = this.value();
    if (typeof value === 'string') return value;
    if (this.language() === 'yaml') return toYaml(value);
    return JSON.stringify(value, null, 2) ?? '';
  });
  protected readonly html = computed(() => highlight(this.code(), this.language()));

  protected async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.code());
      this.copied.set(true);
      setTimeout(() => this.copied.set(false), 1500);
    } catch { /* clipboard blocked */ }
  }

  protected download(): void {
    const type = this.language() === 'json' ? 'application/json' : this.language() === 'yaml' ? 'application/yaml' : 'text/plain';
    const url = URL.createObjectURL(new Blob([this.code()], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = this.filename();
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
