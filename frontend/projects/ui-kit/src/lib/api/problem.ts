/** RFC 9457 problem+json body as the kernel renders every error. */
export interface ProblemFieldError {
  loc: (string | number)[];
  msg: string;
  type?: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: ProblemFieldError[];
}

/** Prefixes FastAPI/pydantic put in front of the field name in `loc`. */
const LOC_ROOTS = new Set(['body', 'query', 'path', 'header', 'cookie', 'form']);

/** `['body', 'hyperparameters', 'learning_rate']` → `'hyperparameters.learning_rate'`. */
export function locToField(loc: (string | number)[]): string {
  const parts = loc.map(String);
  while (parts.length > 1 && LOC_ROOTS.has(parts[0])) parts.shift();
  if (parts.length === 1 && LOC_ROOTS.has(parts[0])) return '';
  return parts.join('.');
}

/** A failed API call, typed from the problem+json body (or from the network failure). */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly type: string;
  readonly errors: ProblemFieldError[];

  constructor(status: number, problem: Problem) {
    const title = problem.title || (status === 0 ? 'Network error' : `HTTP ${status}`);
    const detail = problem.detail || '';
    super(detail ? `${title}: ${detail}` : title);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.type = problem.type || 'about:blank';
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
  }

  /** Field path → message, for form fields; errors without a field go under `''`. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.errors) {
      const key = locToField(e.loc ?? []);
      out[key] = out[key] ? `${out[key]}; ${e.msg}` : e.msg;
    }
    return out;
  }

  /** One line for a toast or a banner. */
  get summary(): string {
    if (this.detail) return this.detail;
    if (this.errors.length) return this.errors.map((e) => `${locToField(e.loc) || 'request'}: ${e.msg}`).join('; ');
    return this.title;
  }

  static from(err: unknown): ApiError {
    if (err instanceof ApiError) return err;
    if (err instanceof Error) return new ApiError(0, { title: 'Error', detail: err.message });
    return new ApiError(0, { title: 'Error', detail: String(err) });
  }
}
