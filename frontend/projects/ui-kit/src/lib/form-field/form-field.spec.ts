import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControlDirective, FormField } from './form-field';
import { ServerErrors } from './server-errors';
import { ApiError } from '../api/problem';

@Component({
  imports: [FormField, FormControlDirective],
  template: `<lw-form-field label="Learning rate" hint="Step size" [error]="errors.for('hyperparameters.learning_rate')">
    <input lwControl class="input" /></lw-form-field>`,
})
class Host {
  readonly errors = new ServerErrors();
}

describe('FormField + ServerErrors', () => {
  it('shows the hint, then the server error of its field with aria wiring', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const input = el.querySelector('input')!;
    const label = el.querySelector('label')!;
    expect(label.getAttribute('for')).toBe(input.id);
    expect(el.textContent).toContain('Step size');
    expect(input.getAttribute('aria-invalid')).toBeNull();

    fixture.componentInstance.errors.set(new ApiError(422, { errors: [{ loc: ['body', 'hyperparameters', 'learning_rate'], msg: 'must be > 0' }] }));
    await fixture.whenStable();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('must be > 0');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(input.id + '-error');
  });

  it('reports errors of fields the form does not show as general', () => {
    const errors = new ServerErrors();
    errors.set(new ApiError(422, { errors: [{ loc: ['body', 'name'], msg: 'taken' }, { loc: ['body', 'other'], msg: 'bad' }] }));
    expect(errors.general(['name'])).toEqual(['other: bad']);
    errors.set(new ApiError(500, { title: 'Boom', detail: 'it broke' }));
    expect(errors.general()).toEqual(['it broke']);
    expect(signal(errors.for('name'))()).toBe('');
  });
});
