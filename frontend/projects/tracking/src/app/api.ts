/** Shapes of the tracking plugin's API (plugins/tracking/src/llmworks_tracking/routes). */

export interface Experiment { id: number; project_id: number; name: string; description: string; archived: boolean; created_at: string; run_count: number | null }

export interface RunMetricInfo { key: string; last: number | null; last_step: number | null; min: number | null; max: number | null; count: number; summary: boolean }

export interface Run {
  id: number;
  project_id: number;
  experiment_id: number;
  experiment: string | null;
  name: string;
  status: string;
  source: string;
  job_id: number | null;
  favourite: boolean;
  archived: boolean;
  tags: string[];
  notes: string;
  params: Record<string, unknown>;
  summary: Record<string, number>;
  metrics: RunMetricInfo[];
  created_at: string;
  duration_seconds: number | null;
}

export interface AlignedSeries {
  key: string;
  runs: Record<string, { x: number[]; y: number[]; count: number }>;
  aligned: { x: number[]; values: Record<string, (number | null)[]> };
}

export interface Comparison {
  runs: Run[];
  x: 'step' | 'wall_time';
  params: { keys: string[]; differing: string[]; rows: { key: string; values: Record<string, unknown>; differs: boolean }[] };
  series: AlignedSeries[];
  benchmarks: { metric: string; higher_is_better: boolean | null; values: Record<string, number | null>; best_run_id: number | null }[];
}

export interface MetricResult { score: number | null; higher_is_better: boolean; kind: string; requested: boolean; details: Record<string, unknown>; worst: number[] }

export interface Evaluation {
  id: number;
  project_id: number;
  name: string;
  status: string;
  job_id: number | null;
  model: string;
  dataset: Record<string, unknown>;
  metrics: string[];
  results: Record<string, MetricResult> | null;
  n_examples: number | null;
  run_id: number | null;
  error: string | null;
  progress: { step: number | null; total: number | null; message: string | null } | null;
  created_at: string;
  finished_at: string | null;
}

export interface EvalExample { index: number; prompt: string; reference: string; prediction: string; scores: Record<string, number | null> }

export interface MetricInfo { name: string; description?: string; kind: string; higher_is_better?: boolean; source?: string }

export interface BuiltinSet { name: string; description: string; size: number; suggested_metrics: string[] }
