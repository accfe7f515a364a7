/*
 * @llmworks/ui-kit — shared by the shell and every plugin remote as one singleton
 * (native federation shares the mapped path), so services below have one instance.
 */
export * from './lib/api/problem';
export * from './lib/api/types';
export * from './lib/api/api-client';
export * from './lib/api/generated-client';
export * from './lib/api/event-stream';
export * from './lib/session/session.store';
export * from './lib/session/follow-project';
export * from './lib/theme/theme.service';
export * from './lib/toast/toast.service';
export * from './lib/toast/toast-host';
export * from './lib/icon/icon';
export * from './lib/empty-state/empty-state';
export * from './lib/badge/status-badge';
export * from './lib/format/format';
export * from './lib/data-table/data-table';
export * from './lib/form-field/form-field';
export * from './lib/form-field/server-errors';
export * from './lib/schema-form/schema-fields';
export * from './lib/schema-form/schema-form';
export * from './lib/chart/chart';
export * from './lib/job-progress/job-progress';
export * from './lib/log-viewer/log-viewer';
export * from './lib/code-viewer/code-viewer';
export * from './lib/code-viewer/yaml';
export * from './lib/remote/standalone';
