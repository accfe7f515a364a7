import { TestBed } from '@angular/core/testing';
import { CodeViewer, highlight } from './code-viewer';
import { toYaml } from './yaml';

describe('toYaml', () => {
  it('writes nested objects, lists and quoted strings', () => {
    const yaml = toYaml({ name: 'demo', params: { temperature: 0.7, stop: ['\n', 'END'] }, empty: [], flag: true, note: 'yes' });
    expect(yaml).toBe(
      'name: demo\nparams:\n  temperature: 0.7\n  stop:\n  - "\\n"\n  - END\nempty: []\nflag: true\nnote: "yes"\n',
    );
  });

  it('writes multi-line strings as block scalars and lists of objects', () => {
    expect(toYaml({ messages: [{ role: 'user', content: 'a\nb' }] })).toBe('messages:\n- role: user\n  content: |-\n    a\n    b\n');
  });
});

describe('highlight', () => {
  it('escapes HTML and colours JSON tokens', () => {
    const html = highlight('{"a": "<b>", "n": 1, "t": true}', 'json');
    expect(html).toContain('<span class="t-key">"a"</span>');
    expect(html).toContain('&lt;b&gt;');
    expect(html).toContain('<span class="t-num">1</span>');
    expect(html).toContain('<span class="t-lit">true</span>');
    expect(html).not.toContain('<b>');
  });
});

describe('CodeViewer', () => {
  it('serialises a value as YAML', async () => {
    const fixture = TestBed.createComponent(CodeViewer);
    fixture.componentRef.setInput('value', { a: 1 });
    fixture.componentRef.setInput('language', 'yaml');
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('code')?.textContent).toBe('a: 1\n');
  });
});
