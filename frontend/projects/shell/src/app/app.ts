import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { ToastHost } from '@llmworks/ui-kit';

@Component({
  selector: 'lw-root',
  imports: [RouterOutlet, ToastHost],
  template: `<router-outlet /><lw-toast-host />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {}
