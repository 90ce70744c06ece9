// Reads every field of the package's types under `tsc --strict`
// (tests/web/package.test.mjs compiles it inside a project that installed
// the tarball). A field renamed or retyped in addsup.d.ts breaks it.
import init, { check, figures, version, Checker } from 'addsup';
import type { Approx, Aspect, Bound, Figure, Finding, FindingFigure, Kind, Options, Range, Reason, Rejected, Report,
  Role, RuleId, SetAsideReason, Severity, Status, TieReason } from 'addsup';

const options: Options = { minSeverity: 'error', rules: { 'sum-of-parts': true, restatement: false } };

function range(r: Range): string {
  return `${r.start}-${r.end}`;
}

function describeFigure(f: Figure): string {
  const kind: Kind = f.kind;
  const value: number | null = f.value;
  const approx: Approx | undefined = f.approx;
  const bound: Bound | undefined = f.bound;
  const words: true | undefined = f.in_words;
  const hedge: string = f.hedge ? range(f.hedge) : '';
  return [f.text, range(f), kind, value, f.min, f.max, f.unit, f.per, f.currency, approx, bound, f.precision, hedge, words]
    .join(' ');
}

function describeFinding(f: Finding): string {
  const rule: RuleId = f.rule;
  const status: Status = f.status;
  const severity: Severity = f.severity;
  const parts = f.figures.map((x: FindingFigure) => {
    const role: Role = x.role;
    const index: number | null = x.figure;
    return `${x.text}@${range(x)}:${role}:${index}`;
  });
  const gap: number | null = f.gap;
  const informative: boolean = f.informative;
  const difference: string = f.difference;
  const why = (f.explanation ?? []).map((r: Reason) => {
    const aspect: Aspect = r.aspect;
    const reason: TieReason = r.reason;
    const quote: string | undefined = r.quote;
    return [aspect, reason, r.words, quote].join(':');
  });
  return [rule, status, severity, f.message, parts.join(','), f.expected, f.reported, gap, difference, informative, range(f),
    why.join(';')].join(' ');
}

function describeRejected(r: Rejected): string {
  const rule: RuleId = r.rule;
  const aspect: Aspect = r.aspect;
  const reason: SetAsideReason = r.reason;
  const quote: string | undefined = r.quote;
  const figures = r.figures.map((i: number) => `${i}`);
  return [rule, figures.join(','), aspect, reason, r.words, quote].join(' ');
}

await init();
const report: Report = check('Of 10 drones, 4 were downed and 5 lost.', options);
const checker = new Checker(options);
const again: Report = checker.update('Of 10 drones, 4 were downed and 6 lost.');
const opts: Options | null | undefined = checker.options;
checker.free();
const explained: Report = check('The hotline took 700 calls, up 20% from 560 the year before.', { explain: true });
console.log(version(), opts, report.findings.map(describeFinding), again.figures.map(describeFigure),
  figures('12 miles').length, explained.findings.map(describeFinding), (explained.rejected ?? []).map(describeRejected));
