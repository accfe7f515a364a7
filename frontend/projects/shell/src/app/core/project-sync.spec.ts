import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { CurrentUser, EventStream, SessionStore } from '@llmworks/ui-kit';
import { ProjectSync } from './project-sync';

const tick = () => new Promise((r) => setTimeout(r, 150));
const ref = (id: number, name: string) => ({ id, name, slug: name.toLowerCase(), role: 'maintainer' });
const user = (projects: ReturnType<typeof ref>[]) =>
  ({ id: 1, username: 'ann', role: 'user', projects, preferences: {} }) as unknown as CurrentUser;

// Regression: the header's project list was read once at sign-in; a project created elsewhere
// (or a membership given to me) only appeared after a page reload.
describe('ProjectSync', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] }));

  it('reloads the project list when a project or a membership changes', async () => {
    const http = TestBed.inject(HttpTestingController);
    const session = TestBed.inject(SessionStore);
    session.user.set(user([ref(1, 'Default')]));
    TestBed.inject(ProjectSync).start();
    TestBed.inject(EventStream).emit({ id: 5, type: 'membership.changed', ts: '', data: { change: 'added', role: 'viewer' } });
    await tick();
    http.expectOne('/api/auth/me').flush(user([ref(1, 'Default'), ref(2, 'Beta')]));
    await tick();
    expect(session.projects().map((p) => p.name)).toEqual(['Default', 'Beta']);
    TestBed.inject(EventStream).emit({ id: 6, type: 'project.created', ts: '', data: { name: 'Gamma' } });
    await tick();
    http.expectOne('/api/auth/me').flush(user([ref(1, 'Default'), ref(2, 'Beta'), ref(3, 'Gamma')]));
    await tick();
    expect(session.projects().length).toBe(3);
    http.verify();
  });

  it('creates a project, lists it and switches to it', async () => {
    const http = TestBed.inject(HttpTestingController);
    const session = TestBed.inject(SessionStore);
    session.user.set(user([ref(1, 'Default')]));
    session.selectProject(1);
    const done = TestBed.inject(ProjectSync).create('Support desk');
    const post = http.expectOne((r) => r.method === 'POST' && r.url === '/api/projects');
    expect(post.request.body).toEqual({ name: 'Support desk' });
    post.flush(ref(7, 'Support desk'));
    await tick();
    http.expectOne('/api/auth/me').flush(user([ref(1, 'Default'), ref(7, 'Support desk')]));
    await done;
    expect(session.project()?.id).toBe(7);
    http.expectOne((r) => r.method === 'PATCH' && r.url === '/api/auth/me/preferences').flush({ project_id: 7 });
    http.verify();
  });
});
