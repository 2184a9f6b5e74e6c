// docs/checks.md, printed from the table of kernel/checks.ts (`npm run golden:update` rewrites it;
// test/checks-table.test.ts fails when it is stale).
import { CHECKS, type CheckRow, type Section } from './checks.js';

const INTRO = `# Run-time checks

Every host that runs a compiled spec checks its arguments before it reads or writes q and k, and
a failed check names the argument and what was expected. Nothing is written on error. This page
is generated from the table in \`src/kernel/checks.ts\`; the checks of every host are generated
from the same table.

- **I**: the interpreter, \`ropec run\` and the programmatic API (\`interpret\`). They throw
  \`RopeArgumentError\`.
- **T**: the generated TypeScript module (\`rotate\`, \`rotateInPlace\`, \`rotateInto\`,
  \`createWasmKernel\`). It throws \`RangeError\`.
- **W**: the generated WGSL host module (\`createKernel\`, \`kernel.encode\`, \`kernel.run\`). It throws
  its own \`RopeArgumentError\`, and records nothing into the encoder.
- **C**: the CUDA launcher, \`ropec_NAME_launch\` / \`ropec_NAME_check\` (and the PyTorch op). It
  returns \`cudaErrorInvalidValue\` before touching memory, and \`ropec_NAME_last_error()\` returns
  the message (the PyTorch op raises it). Sizes are \`int64_t\` parameters named as in the header
  (\`tokens\`, \`grid_h\`, …). A launch cannot read device memory: \`cu_seqlens\`, \`grid_sizes\`,
  positions and segment tables on the device are read clamped (bad contents give wrong positions,
  never an out-of-bounds access). \`ropec_NAME_check_segments\` and \`ropec_NAME_check_grid_sizes\`
  run the rows marked C below on host copies; the CPU emulation runs them on every call.
- **API**: \`encodeSegments\`, \`checkEncodedSegments\` and \`segmentTablesFromPositions\`
  (src/positions/encoding.ts). They throw \`RopeArgumentError\`; \`checkEncodedSegments\` runs the
  segment-table rows.

In the message column, \`…\` stands for values filled in at run time. \`test/checks-table.test.ts\`
triggers every row in every host marked ✓ and matches the message.
`;

const SECTIONS: Record<Section, string> = {
  'Sizes': '',
  'q and k': '',
  'Outputs and options': '',
  'Positions': '',
  'Sequences': 'The arrays `offsets`, `cu_seqlens` and `grid_sizes`.',
  'Segment tables': 'These rows check the binary format of docs/positions.md ("The binary segment table"), for the fused `mrope(…)` and `timeline` sources.',
  'Building segment tables': '',
};

/** The row's message as the document shows it: every hole as …. */
export function documentedMessage(r: CheckRow): string {
  return r.message.replace(/\{\w+\}/g, '…');
}

export function checksDocument(): string {
  const out = [INTRO];
  for (const [section, words] of Object.entries(SECTIONS) as [Section, string][]) {
    const rows = CHECKS.filter((r) => r.section === section);
    out.push(`## ${section}\n`);
    if (words) out.push(`${words}\n`);
    const api = rows.every((r) => r.hosts === 'A');
    out.push(api ? '| id | argument | refused when | message |\n| --- | --- | --- | --- |'
      : '| id | argument | refused when | message | I | T | W | C | API |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const r of rows) {
      const cells = [`\`${r.id}\``, r.argument, r.when, `\`${documentedMessage(r)}\``];
      if (!api) cells.push(...'ITWCA'.split('').map((h) => (r.hosts.includes(h) ? '✓' : '')));
      out.push(`| ${cells.join(' | ')} |`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
