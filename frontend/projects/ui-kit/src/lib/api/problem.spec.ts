import { HttpErrorResponse } from '@angular/common/http';
import { ApiError, locToField } from './problem';
import { toApiError } from './api-client';

describe('problem+json', () => {
  it('maps loc to a field path without the body/query prefix', () => {
    expect(locToField(['body', 'hyperparameters', 'learning_rate'])).toBe('hyperparameters.learning_rate');
    expect(locToField(['query', 'limit'])).toBe('limit');
    expect(locToField(['body'])).toBe('');
    expect(locToField(['rows', 3, 'text'])).toBe('rows.3.text');
  });

  it('groups errors by field', () => {
    const err = new ApiError(422, {
      title: 'Validation error',
      errors: [
        { loc: ['body', 'epochs'], msg: 'must be > 0' },
        { loc: ['body', 'epochs'], msg: 'must be an integer' },
        { loc: ['body'], msg: 'bad body' },
      ],
    });
    expect(err.fieldErrors()).toEqual({ epochs: 'must be > 0; must be an integer', '': 'bad body' });
    expect(err.summary).toContain('epochs: must be > 0');
  });

  it('builds a typed error from an HTTP problem response', () => {
    const res = new HttpErrorResponse({
      status: 409, statusText: 'Conflict',
      error: { type: 'https://llmworks.dev/errors/conflict', title: 'Conflict', status: 409, detail: 'name taken' },
    });
    const err = toApiError(res);
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(409);
    expect(err.detail).toBe('name taken');
    expect(err.type).toBe('https://llmworks.dev/errors/conflict');
  });

  it('normalises FastAPI validation lists and network failures', () => {
    const v = toApiError(new HttpErrorResponse({ status: 422, error: { detail: [{ loc: ['body', 'name'], msg: 'required' }] } }));
    expect(v.fieldErrors()).toEqual({ name: 'required' });
    const n = toApiError(new HttpErrorResponse({ status: 0, error: new ProgressEvent('error') }));
    expect(n.title).toBe('Network error');
  });
});
