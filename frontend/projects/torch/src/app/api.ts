/** Shapes of the torch plugin's API (plugins/torch/src/llmworks_torch/routes). */
import { Job } from '@llmworks/ui-kit';

export interface BaseModelEntry {
  id: number | null;
  ref: string;
  name: string;
  path?: string | null;
  source?: string;
  ready: boolean;
  hub_id?: string | null;
  project_id?: number | null;
  architecture?: string | null;
  model_type?: string | null;
  parameters?: number | null;
  context_length?: number | null;
  size_bytes?: number;
  license?: string | null;
  torch_dtype?: string | null;
}

export interface ModelVersion {
  id: number;
  ref: string;
  project_id: number;
  name: string;
  base_model: string;
  method: string;
  kind: string;
  job_id: number | null;
  run_id: string | null;
  dataset_version_id: number | null;
  config: Record<string, unknown>;
  metrics: Record<string, number> | null;
  evaluations: unknown[] | null;
  created_at: string;
}

export interface TrainingJob extends Job {
  name?: string;
  base_model?: string;
  method?: string;
  dataset_version_id?: number | null;
  config?: Record<string, unknown>;
  run_id?: string | null;
  model_version_id?: number | null;
  step?: number | null;
  total_steps?: number | null;
  latest_metrics?: Record<string, number> | null;
  latest_eval?: Record<string, number> | null;
  last_checkpoint_step?: number | null;
  log_tail?: string[];
}

export interface TrainingMethod { name: string; description: string; available: boolean; reason: string }

export interface JsonSchemaProp {
  type?: string;
  anyOf?: JsonSchemaProp[];
  enum?: (string | number)[];
  const?: string | number;
  default?: unknown;
  description?: string;
  title?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  items?: JsonSchemaProp;
  $ref?: string;
}

export interface JsonSchema { properties: Record<string, JsonSchemaProp>; $defs?: Record<string, JsonSchemaProp> }

export interface Preset { id: number; project_id: number; name: string; description: string; config: Record<string, unknown> }

export interface MetricSeries { job_id: number; last_step: number; series: Record<string, [number, number][]> }

export interface LineageGraph {
  nodes: { kind: string; id: string }[];
  edges: { src: { kind: string; id: string }; dst: { kind: string; id: string }; relation: string; created_at: string }[];
}
