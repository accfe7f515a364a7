import { buildMessages, renderTemplate, templateVariables } from './playground';
import { probColor, visible } from './token-heatmap';

describe('playground prompt composition', () => {
  it('finds and fills template variables', () => {
    const t = 'Translate {{ text }} into {{lang}}; again: {{text}}';
    expect(templateVariables(t)).toEqual(['text', 'lang']);
    expect(renderTemplate(t, { text: 'hi', lang: 'French' })).toBe('Translate hi into French; again: hi');
  });

  it('orders system prompt, few-shot pairs, history and the new turn', () => {
    const msgs = buildMessages('Be brief.', [{ user: 'Q1', assistant: 'A1' }], [{ role: 'user', content: 'Q2' }, { role: 'assistant', content: 'A2' }], 'Q3');
    expect(msgs.map((m) => `${m.role}:${m.content}`)).toEqual(['system:Be brief.', 'user:Q1', 'assistant:A1', 'user:Q2', 'assistant:A2', 'user:Q3']);
    expect(buildMessages('  ', [], [], 'x')).toEqual([{ role: 'user', content: 'x' }]);
  });

  it('shows every token with something to hover', () => {
    expect(visible('')).toBe('∅');
    expect(visible('\u0017')).toBe('\u2417');
    expect(visible('  ')).toBe('··');
    expect(visible('a\nb')).toBe('a↵\nb');
  });

  it('colours likely tokens green and unlikely ones red', () => {
    expect(probColor(0)).toContain('hsl(130');
    expect(probColor(Math.log(0.01))).toContain('hsl(1 ');
    expect(probColor(null)).toBe('transparent');
  });
});
