import type { ServerIn, ServerOut } from '@llmworks/api-client';

export type Security = NonNullable<ServerIn['security']>;
export const SECURITIES: { value: Security; label: string; port: number }[] = [
  { value: 'none', label: 'None (plain SMTP)', port: 25 },
  { value: 'starttls', label: 'STARTTLS', port: 587 },
  { value: 'ssl', label: 'SSL/TLS', port: 465 },
];

/** The notification kinds a user may receive by e-mail, in the order the page lists them. */
export const KINDS: { value: string; label: string }[] = [
  { value: 'job.completed', label: 'Training completed' },
  { value: 'job.failed', label: 'Job failed' },
  { value: 'evaluation.report', label: 'New evaluation report' },
];

/** The SMTP form as typed. */
export interface ServerDraft {
  host: string;
  port: number | null;
  security: Security;
  username: string;
  /** Blank: keep the stored password. */
  password: string;
  /** Remove the stored password on save (sends ""). */
  removePassword: boolean;
  from_address: string;
  timeout_seconds: number | null;
  enabled: boolean;
}

/** The form for the server's current settings (defaults when none is set). */
export function draftFrom(server: ServerOut | null): ServerDraft {
  const security = SECURITIES.some((s) => s.value === server?.security) ? (server!.security as Security) : 'starttls';
  return {
    host: server?.host ?? '',
    port: server?.port ?? 587,
    security,
    username: server?.username ?? '',
    password: '',
    removePassword: false,
    from_address: server?.from_address ?? '',
    timeout_seconds: server?.timeout_seconds ?? 10,
    enabled: server?.configured ? server.enabled : true,
  };
}

/**
 * The PUT body of a draft. The password is write-only: left out when blank (the server keeps the
 * stored one), `""` when "remove password" is ticked, else the typed one. A blank username is no
 * login (null); blank numbers fall back to the server's defaults.
 */
export function bodyOf(d: ServerDraft): ServerIn {
  const body: ServerIn = {
    enabled: d.enabled,
    host: d.host.trim(),
    security: d.security,
    username: d.username.trim() || null,
    from_address: d.from_address.trim(),
  };
  if (d.port !== null && String(d.port) !== '') body.port = Number(d.port);
  if (d.timeout_seconds !== null && String(d.timeout_seconds) !== '') body.timeout_seconds = Number(d.timeout_seconds);
  if (d.removePassword) body.password = '';
  else if (d.password) body.password = d.password;
  return body;
}

/** The usual port of a security mode, when the port still has another mode's usual one. */
export function portFor(security: Security, port: number | null): number | null {
  const usual = SECURITIES.map((s) => s.port);
  if (port === null || usual.includes(Number(port))) return SECURITIES.find((s) => s.value === security)!.port;
  return port;
}

/** The chosen kinds in the server's order (unknown ones dropped). */
export function toggleKind(kinds: string[], kind: string, on: boolean): string[] {
  const set = new Set(kinds);
  if (on) set.add(kind); else set.delete(kind);
  return KINDS.map((k) => k.value).filter((k) => set.has(k));
}
