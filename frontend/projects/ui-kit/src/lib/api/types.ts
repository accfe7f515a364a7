/** Shapes of the kernel API the UI kit and the shell use (GET /openapi.json is authoritative). */

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface ProjectRef {
  id: number;
  name: string;
  slug: string;
  role: string;
}

export type Theme = 'light' | 'dark';

export interface CurrentUser {
  id: number;
  username: string;
  email?: string | null;
  role: string;
  projects: ProjectRef[];
  preferences?: { theme?: Theme | 'system' | null; project_id?: number | null } | null;
  /** The project the UI opens on: the last selected one, else the one with the latest activity. */
  default_project_id?: number | null;
}

export interface KernelEvent<D = Record<string, unknown>> {
  id: string | number;
  type: string;
  ts: string;
  project_id?: string | number | null;
  subject_kind?: string | null;
  subject_id?: string | number | null;
  data: D;
}

export type JobState = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled' | string;

export interface JobProgressInfo {
  step?: number | null;
  total?: number | null;
  message?: string | null;
  fraction?: number | null;
  eta_seconds?: number | null;
}

/**
 * What the UI kit's job components read of a job: a kernel job (the generated client's
 * `JobOut`), a feature's job (a training job), ...
 */
export interface JobLike {
  id?: number | string;
  state: JobState;
  error?: string | null;
  progress?: JobProgressInfo | null;
}

/** A kernel job (`GET /api/jobs/{id}`). */
export interface Job {
  id: number;
  kind: string;
  title?: string | null;
  project_id?: number | null;
  created_by?: number | null;
  state: JobState;
  priority?: number;
  payload?: Record<string, unknown> | null;
  attempts?: number;
  max_attempts?: number;
  cancel_requested?: boolean;
  progress?: JobProgressInfo | null;
  result?: Record<string, unknown> | null;
  error?: string | null;
  created_at?: string | null;
  started_at?: string | null;
  finished_at?: string | null;
  [key: string]: unknown;
}

export const JOB_DONE_STATES = ['succeeded', 'failed', 'cancelled'];

/** `GET /api/jobs/{id}/log?offset=` */
export interface LogChunk {
  offset: number;
  next_offset: number;
  text: string;
  size: number;
}
