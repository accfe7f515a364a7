import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** A Material Symbols icon by name (`dataset`, `model_training`, ...); decorative unless labelled. */
@Component({
  selector: 'lw-icon',
  template: `<span class="material-symbols-outlined" [style.font-size.px]="size()" [attr.aria-hidden]="label() ? null : 'true'"
    [attr.role]="label() ? 'img' : null" [attr.aria-label]="label() || null">{{ name() }}</span>`,
  styles: `:host { display: inline-flex; line-height: 0; } span { line-height: 1; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Icon {
  readonly name = input.required<string>();
  readonly size = input(20);
  readonly label = input('');
}
