import { TestBed } from '@angular/core/testing';
import { EventStream } from './event-stream';
import { KernelEvent } from './types';

describe('EventStream', () => {
  it('filters by exact type and by prefix', () => {
    const stream = TestBed.inject(EventStream);
    const jobs: string[] = [];
    const notes: string[] = [];
    stream.on('job.*').subscribe((e) => jobs.push(e.type));
    stream.on('notification.created').subscribe((e) => notes.push(e.type));
    const ev = (type: string): KernelEvent => ({ id: 1, type, ts: '', data: {} });
    stream.emit(ev('job.started'));
    stream.emit(ev('notification.created'));
    stream.emit(ev('job.failed'));
    expect(jobs).toEqual(['job.started', 'job.failed']);
    expect(notes).toEqual(['notification.created']);
  });
});
