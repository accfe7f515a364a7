/** Shapes of the datasets plugin's API (plugins/datasets/src/llmworks_datasets/routes.py). */

export interface MinMeanMax { min: number; mean: number; max: number; total: number }

export interface DatasetVersion {
  id: number;
  dataset_id: number;
  project_id: number;
  name: string;
  version: number;
  description: string;
  filename: string;
  format: string;
  kind: string;
  digest: string;
  size: number;
  row_count: number;
  columns: string[];
  split: { validation_fraction: number; seed: number; train_rows: number; validation_rows: number };
  created_at: string;
  schema?: { kind: string; columns: unknown; format?: string };
  stats?: { rows: number; chars_per_row: MinMeanMax; words_per_row: MinMeanMax; duplicate_rows: number; empty_rows: number; [k: string]: unknown };
  preview?: Record<string, unknown>[];
  duplicate?: boolean;
}

export interface Dataset {
  id: number;
  project_id: number;
  name: string;
  description: string;
  latest_version: number;
  created_at: string;
  updated_at: string;
  latest: DatasetVersion | null;
}

export interface RowProblem { loc: (string | number)[]; msg: string; line?: number; field?: string | null; reason?: string; file?: string | null }

export interface VersionRow { index: number; split: 'train' | 'validation'; row: Record<string, unknown> }

/** A dataset name from a file name: `Support Chats (march).jsonl` → `support-chats-march`. */
export function nameFromFile(filename: string): string {
  return filename.replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 128) || 'dataset';
}
