import { describe, it, expect } from 'vitest';
import { toScriptJson } from '../../../reports/dashboard/toScriptJson.ts';

describe('toScriptJson', () => {
  it('keeps the value and leaves no character that HTML could read as markup', () => {
    const value = { title: '</script><script>alert(1)</script>', note: '<!-- & \u2028\u2029 -->', name: 'Ғазиз Қайсар Айдосұлы' };
    const json = toScriptJson(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
    expect(json).toContain('Ғазиз'); // Kazakh letters stay readable, not \u-escaped
  });
});
