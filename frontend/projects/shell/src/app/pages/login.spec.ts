import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideRouter } from '@angular/router';
import { LoginPage } from './login';

async function settle(f: { whenStable(): Promise<unknown> }) {
  for (let i = 0; i < 3; i++) { await f.whenStable(); await new Promise((r) => setTimeout(r)); }
}

describe('LoginPage', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] }));

  it('says so when the password is wrong', async () => {
    const fixture = TestBed.createComponent(LoginPage);
    await settle(fixture);
    const el = fixture.nativeElement as HTMLElement;
    const [user, pass] = Array.from(el.querySelectorAll('input'));
    user.value = 'admin'; user.dispatchEvent(new Event('input'));
    pass.value = 'wrong'; pass.dispatchEvent(new Event('input'));
    await settle(fixture);
    (el.querySelector('button[type=submit]') as HTMLButtonElement).click();
    const http = TestBed.inject(HttpTestingController);
    const req = http.expectOne('/api/auth/login');
    expect(req.request.body).toEqual({ username: 'admin', password: 'wrong' });
    req.flush({ title: 'Unauthorized', status: 401, detail: 'wrong username or password' }, { status: 401, statusText: 'Unauthorized' });
    await settle(fixture);
    expect(el.querySelector('[role=alert]')?.textContent).toContain('Wrong username or password.');
  });

  it('labels its fields', async () => {
    const fixture = TestBed.createComponent(LoginPage);
    await settle(fixture);
    const el = fixture.nativeElement as HTMLElement;
    for (const input of Array.from(el.querySelectorAll('input'))) {
      expect(el.querySelector(`label[for="${input.id}"]`)).not.toBeNull();
    }
  });
});
