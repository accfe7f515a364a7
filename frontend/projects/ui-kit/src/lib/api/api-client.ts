import { HttpClient, HttpErrorResponse, HttpEventType, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom, Observable } from 'rxjs';
import { ApiError, Problem } from './problem';

export type QueryValue = string | number | boolean | null | undefined | (string | number)[];
export type Query = Record<string, QueryValue>;

/** Drops empty values so callers can pass optional filters as they are. */
export function toParams(query?: Query): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value)) value.forEach((v) => (params = params.append(key, String(v))));
    else params = params.set(key, String(value));
  }
  return params;
}

export function toApiError(err: unknown): ApiError {
  if (err instanceof HttpErrorResponse) {
    let body: unknown = err.error;
    if (typeof body === 'string') {
      try { body = JSON.parse(body); } catch { body = { detail: body }; }
    }
    const problem = (body && typeof body === 'object' ? body : {}) as Problem & { detail?: unknown };
    // FastAPI's default 422 puts the list in `detail`; normalise it to problem+json.
    if (Array.isArray(problem.detail)) {
      return new ApiError(err.status, { title: 'Validation error', status: err.status, errors: problem.detail as Problem['errors'] });
    }
    if (err.status === 0) return new ApiError(0, { title: 'Network error', detail: 'The server could not be reached.' });
    return new ApiError(err.status, { ...problem, title: problem.title || err.statusText || `HTTP ${err.status}` });
  }
  return ApiError.from(err);
}

/** Upload progress callback: fraction 0..1 of the request body sent. */
export type ProgressFn = (fraction: number) => void;

/**
 * The one way the UI talks to the kernel: same-origin, cookie session, JSON in and out,
 * every failure an {@link ApiError} built from the problem+json body.
 */
@Injectable({ providedIn: 'root' })
export class ApiClient {
  private readonly http = inject(HttpClient);

  get<T>(url: string, query?: Query): Promise<T> {
    return this.run(this.http.get<T>(url, { params: toParams(query), withCredentials: true }));
  }

  post<T>(url: string, body: unknown = {}, query?: Query): Promise<T> {
    return this.run(this.http.post<T>(url, body, { params: toParams(query), withCredentials: true }));
  }

  put<T>(url: string, body: unknown = {}): Promise<T> {
    return this.run(this.http.put<T>(url, body, { withCredentials: true }));
  }

  patch<T>(url: string, body: unknown = {}): Promise<T> {
    return this.run(this.http.patch<T>(url, body, { withCredentials: true }));
  }

  delete<T = void>(url: string, query?: Query): Promise<T> {
    return this.run(this.http.delete<T>(url, { params: toParams(query), withCredentials: true }));
  }

  /** multipart/form-data POST with upload progress (dataset uploads). */
  upload<T>(url: string, form: FormData, onProgress?: ProgressFn, query?: Query): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.http
        .post<T>(url, form, { params: toParams(query), withCredentials: true, reportProgress: true, observe: 'events' })
        .subscribe({
          next: (event) => {
            if (event.type === HttpEventType.UploadProgress && event.total) onProgress?.(event.loaded / event.total);
            if (event.type === HttpEventType.Response) {
              onProgress?.(1);
              resolve(event.body as T);
            }
          },
          error: (err) => reject(toApiError(err)),
        });
    });
  }

  private async run<T>(request: Observable<T>): Promise<T> {
    try {
      return await firstValueFrom(request);
    } catch (err) {
      throw toApiError(err);
    }
  }
}
