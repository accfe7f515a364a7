import { KernelEvent } from '@llmworks/ui-kit';

const ICONS: Record<string, string> = {
  'job.queued': 'schedule', 'job.started': 'play_circle', 'job.progress': 'pending', 'job.succeeded': 'check_circle',
  'job.failed': 'error', 'job.cancelled': 'cancel', 'notification.created': 'notifications',
};

export function eventIcon(e: KernelEvent): string {
  if (ICONS[e.type]) return ICONS[e.type];
  if (e.type.startsWith('dataset')) return 'dataset';
  if (e.type.startsWith('model')) return 'neurology';
  if (e.type.startsWith('run') || e.type.startsWith('experiment')) return 'science';
  return 'bolt';
}

export function eventTone(e: KernelEvent): string {
  if (e.type.endsWith('failed')) return 'danger';
  if (e.type.endsWith('succeeded') || e.type.endsWith('created')) return 'ok';
  if (e.type.endsWith('cancelled')) return 'warn';
  return 'info';
}

/** A readable line for an event: its title or message when it has one, else type and subject. */
export function eventText(e: KernelEvent): string {
  const d = (e.data ?? {}) as Record<string, unknown>;
  const title = d['title'] ?? d['name'] ?? d['message'];
  const subject = e.subject_kind ? `${e.subject_kind} ${e.subject_id ?? ''}`.trim() : '';
  const verb = e.type.replace(/\./g, ' ');
  return title ? `${verb}: ${title}` : subject ? `${verb} · ${subject}` : verb;
}

/** Where a click on an event goes. */
export function eventLink(e: KernelEvent): string | null {
  if (e.subject_kind === 'job' && e.subject_id !== null && e.subject_id !== undefined) return `/jobs/${e.subject_id}`;
  const d = (e.data ?? {}) as Record<string, unknown>;
  return typeof d['link'] === 'string' ? (d['link'] as string) : null;
}

/** Events of one kind about one subject in a row (a run's metric updates, a job's steps) shown as one line. */
export interface EventGroup { event: KernelEvent; count: number }

/** Collapses runs of events with the same type and subject into one group (the newest event, with the count). */
export function groupEvents(events: KernelEvent[]): EventGroup[] {
  const out: EventGroup[] = [];
  for (const e of events) {
    const last = out[out.length - 1];
    if (last && last.event.type === e.type && String(last.event.subject_kind ?? '') === String(e.subject_kind ?? '')
        && String(last.event.subject_id ?? '') === String(e.subject_id ?? '') && String(last.event.project_id ?? '') === String(e.project_id ?? '')) {
      last.count++;
      continue;
    }
    out.push({ event: e, count: 1 });
  }
  return out;
}
