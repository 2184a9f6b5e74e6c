// Printing a stage of the pipeline for people: `ropec build --dump-after PASS` and the golden IR
// baselines. JSON that JSON.parse reads back, laid out for review: one object key per line at the
// top levels, and any array or object that fits on one line printed on one line (so 64 pairs are
// 64 lines, not 512).

const WIDTH = 120;

export function dumpJson(value: unknown): string {
  return `${layout(value, '')}\n`;
}

function layout(value: unknown, indent: string): string {
  const flat = JSON.stringify(value);
  if (flat === undefined) return 'null';
  if (value === null || typeof value !== 'object' || indent.length + flat.length <= WIDTH) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    return `[\n${value.map((v) => `${inner}${layout(v, inner)}`).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${layout(v, inner)}`).join(',\n')}\n${indent}}`;
}
