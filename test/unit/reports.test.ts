import { describe, expect, it, vi } from 'vitest';
import { Reports } from '../../src/internal/reports.js';
import type { Dataset } from '../../src/data/types.js';
import type { KzErrorEvent } from '../../src/internal/events.js';

// Hand-made problems and warnings, NOT real data.
const problem = {
  code: 'http' as const,
  message: 'GET https://example.org/data.json answered 404',
  fix: 'check the src URL',
  url: 'https://example.org/data.json',
  status: 404,
  text: 'errorHttp',
  retry: true,
};

function reporting() {
  const warn = vi.fn();
  const host = new EventTarget();
  const errors: KzErrorEvent['detail'][] = [];
  host.addEventListener('kz-error', (event) => errors.push((event as KzErrorEvent).detail));
  return { warn, host, errors, reports: new Reports(warn) };
}

describe('Reports', () => {
  it('fires kz-error with code, message, fix, url and status, and warns, once per new problem', () => {
    const { warn, host, errors, reports } = reporting();
    reports.reportProblem(host, problem);
    reports.reportProblem(host, problem);
    expect(errors).toEqual([
      { code: 'http', message: problem.message, fix: problem.fix, url: problem.url, status: 404 },
    ]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith('http', problem.message, problem.fix);
    // Shown again after it went away: reported again.
    reports.reportProblem(host, null);
    reports.reportProblem(host, problem);
    expect(errors).toHaveLength(2);
    reports.reportProblem(host, { ...problem, code: 'network', message: 'offline' });
    expect(errors.map((e) => e.code)).toEqual(['http', 'http', 'network']);
  });

  it('warns once per dataset about the first three of its read warnings', () => {
    const { warn, reports } = reporting();
    const warnings = ['a', 'b', 'c', 'd'].map((id) => ({
      path: `indicators[0].values.${id}`,
      message: 'unknown area code',
    }));
    const dataset = { warnings } as unknown as Dataset;
    reports.warnData(dataset);
    reports.warnData(dataset);
    reports.warnData({ warnings: [] } as unknown as Dataset);
    expect(warn).toHaveBeenCalledTimes(1);
    const [code, message] = warn.mock.calls[0];
    expect(code).toBe('data-warnings');
    expect(message).toBe(
      'the data was read with 4 warning(s): indicators[0].values.a: unknown area code; indicators[0].values.b: unknown area code; indicators[0].values.c: unknown area code',
    );
    reports.warnData({ warnings } as unknown as Dataset);
    expect(warn).toHaveBeenCalledTimes(2);
  });
});
