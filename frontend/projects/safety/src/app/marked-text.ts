import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { Span, actionTone, labelSegments, segments, strongest } from './highlight';

/** A text with its findings highlighted (offsets into the text); each mark names its filter,
 * type and action in its title and for screen readers. */
@Component({
  selector: 'lw-marked-text',
  template: `<div class="marked" [class.mono]="mono()">@for (s of pieces(); track $index) {@if (s.marks.length) {<mark
    [class]="'m-' + tone(s.marks)" [attr.title]="describe(s.marks)" [attr.data-filter]="s.marks[0].filter">{{ s.text }}<span class="sr-only"> ({{ describe(s.marks) }})</span></mark>} @else {<span>{{ s.text }}</span>}}</div>`,
  styles: `
    .marked { white-space: pre-wrap; word-break: break-word; line-height: 1.7; }
    mark { border-radius: 4px; padding: 1px 2px; color: var(--text); }
    .m-danger { background: color-mix(in srgb, var(--danger) 28%, transparent); box-shadow: inset 0 -2px 0 var(--danger); }
    .m-warn { background: color-mix(in srgb, var(--warn) 30%, transparent); box-shadow: inset 0 -2px 0 var(--warn); }
    .m-info, .m-ok { background: color-mix(in srgb, var(--accent) 22%, transparent); box-shadow: inset 0 -2px 0 var(--accent); }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MarkedText {
  readonly text = input.required<string>();
  readonly findings = input<readonly Span[]>([]);
  readonly mono = input(false);
  protected readonly pieces = computed(() => segments(this.text(), this.findings()));

  protected tone(marks: Span[]): string {
    return actionTone(strongest(marks.map((m) => m.action)));
  }

  protected describe(marks: Span[]): string {
    return marks.map((m) => `${m.filter}: ${m.type}${m.rule ? ' (' + m.rule + ')' : ''} → ${m.action}`).join('; ');
  }
}

/** A redacted text or log sample with its `<LABEL>`s highlighted. */
@Component({
  selector: 'lw-labelled-text',
  template: `<span class="labelled">@for (p of pieces(); track $index) {@if (p.label) {<mark class="label">{{ p.text }}</mark>} @else {<span>{{ p.text }}</span>}}</span>`,
  styles: `
    .labelled { white-space: pre-wrap; word-break: break-word; }
    mark.label { background: color-mix(in srgb, var(--warn) 24%, transparent); color: var(--text); border-radius: 4px; padding: 0 2px;
      font-family: var(--font-mono, monospace); font-size: 0.92em; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LabelledText {
  readonly text = input.required<string>();
  protected readonly pieces = computed(() => labelSegments(this.text()));
}
