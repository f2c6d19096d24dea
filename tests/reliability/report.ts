/** The suite's results: one row per check, printed as one table. */

export type Check = {
  scenario: string;
  /** What was checked, as a sentence a reader of the table understands. */
  what: string;
  ok: boolean;
  /** The figures behind the result: counts, times. */
  figures: string;
};

export class Report {
  readonly checks: Check[] = [];

  add(scenario: string, what: string, ok: boolean, figures: string): void {
    this.checks.push({ scenario, what, ok, figures });
    console.error(`reliability: ${ok ? 'pass' : 'FAIL'} — ${scenario}: ${what} (${figures})`);
  }

  /** A scenario that stopped with an error before its checks: one failed row that says why. */
  broke(scenario: string, error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.add(scenario, 'the scenario ran to its end', false, message.split('\n')[0]!.slice(0, 200));
  }

  get passed(): boolean {
    return this.checks.length > 0 && this.checks.every((check) => check.ok);
  }

  /** A Markdown table, readable in a terminal and pasteable into the README. */
  table(): string {
    const rows = [['scenario', 'checked', 'result', 'figures'], ...this.checks.map((check) => [check.scenario, check.what, check.ok ? 'pass' : 'FAIL', check.figures])];
    const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
    const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
    return [line(rows[0]!), `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`, ...rows.slice(1).map(line)].join('\n');
  }
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
