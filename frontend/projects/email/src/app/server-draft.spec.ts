import { describe, expect, it } from 'vitest';
import type { ServerOut } from '@llmworks/api-client';
import { bodyOf, draftFrom, portFor, toggleKind } from './server-draft';

const stored: ServerOut = {
  configured: true, enabled: false, host: 'smtp.example.com', port: 465, security: 'ssl', username: 'mailer',
  password_set: true, from_address: 'llmworks@example.com', timeout_seconds: 30, updated_at: '2026-01-01T00:00:00Z',
};

describe('draftFrom', () => {
  it('proposes STARTTLS on 587, enabled, when no server is set', () => {
    const d = draftFrom({ ...stored, configured: false, enabled: false, host: null, port: null, security: null, username: null,
      password_set: false, from_address: null, timeout_seconds: null, updated_at: null });
    expect(d).toMatchObject({ host: '', port: 587, security: 'starttls', username: '', password: '', enabled: true, timeout_seconds: 10 });
  });

  it('fills the form from the stored server, never with a password', () => {
    expect(draftFrom(stored)).toMatchObject({ host: 'smtp.example.com', port: 465, security: 'ssl', username: 'mailer', password: '',
      removePassword: false, from_address: 'llmworks@example.com', timeout_seconds: 30, enabled: false });
  });
});

describe('bodyOf', () => {
  it('leaves the password out when blank: the server keeps the stored one', () => {
    const body = bodyOf(draftFrom(stored));
    expect('password' in body).toBe(false);
    expect(body).toEqual({ enabled: false, host: 'smtp.example.com', port: 465, security: 'ssl', username: 'mailer',
      from_address: 'llmworks@example.com', timeout_seconds: 30 });
  });

  it('sends a typed password, and "" to remove the stored one', () => {
    expect(bodyOf({ ...draftFrom(stored), password: 's3cret' }).password).toBe('s3cret');
    expect(bodyOf({ ...draftFrom(stored), password: 'ignored', removePassword: true }).password).toBe('');
  });

  it('trims text, sends a blank username as no login and leaves blank numbers to the server', () => {
    const body = bodyOf({ ...draftFrom(null), host: ' 127.0.0.1 ', username: '  ', from_address: 'llmworks@localhost ', port: null, timeout_seconds: null });
    expect(body).toEqual({ enabled: true, host: '127.0.0.1', security: 'starttls', username: null, from_address: 'llmworks@localhost' });
  });
});

describe('portFor', () => {
  it("follows the security mode while the port is a mode's usual one", () => {
    expect(portFor('ssl', 587)).toBe(465);
    expect(portFor('none', 465)).toBe(25);
    expect(portFor('starttls', null)).toBe(587);
  });

  it('keeps a port the administrator chose', () => {
    expect(portFor('none', 2525)).toBe(2525);
  });
});

describe('toggleKind', () => {
  it("adds and removes kinds, in the server's order, without duplicates", () => {
    expect(toggleKind([], 'job.failed', true)).toEqual(['job.failed']);
    expect(toggleKind(['evaluation.report'], 'job.completed', true)).toEqual(['job.completed', 'evaluation.report']);
    expect(toggleKind(['job.failed', 'job.failed'], 'job.failed', true)).toEqual(['job.failed']);
    expect(toggleKind(['job.failed', 'job.completed'], 'job.failed', false)).toEqual(['job.completed']);
  });
});
