// Ends the run with a plain "e2e: N passed, N failed" line that CI logs and people can both read.

import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;
  private flaky = 0;

  onTestEnd(test: TestCase, result: TestResult): void {
    // Count each test once, by its final outcome (retries report several results).
    if (result.retry < test.retries && result.status !== 'passed' && result.status !== 'skipped') return;
    if (result.status === 'passed') {
      this.passed++;
      if (result.retry > 0) this.flaky++;
    } else if (result.status === 'skipped') this.skipped++;
    else this.failed++;
  }

  onEnd(result: FullResult): void {
    // Alone on its line, in the plain "N passed, N failed" form that CI logs recognise.
    console.log(`\ne2e: ${this.passed} passed, ${this.failed} failed${this.skipped ? `, ${this.skipped} skipped` : ''}${this.flaky ? ` (${this.flaky} passed only on retry)` : ''}`);
    // A run can fail with no failed test (timed out, interrupted, nothing found): say so, too.
    if (result.status !== 'passed') console.log(`e2e run status: ${result.status}`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
