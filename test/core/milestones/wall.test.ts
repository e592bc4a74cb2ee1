import { expect } from '@open-wc/testing';
import { readCelebration } from '../../../src/core/milestones/index.js';

describe('readCelebration (milestone wall entries)', () => {
  it('agrees with the schema on lengths (code points), days (at most 100 years) and blank messages', async () => {
    // The same file is checked against schemas/milestones.schema.json in test/cli/schemas.test.mjs.
    const entries = (await (await fetch('/test/fixtures/milestones/wall-edges.json')).json()) as unknown[];
    const read = entries.map((e) => readCelebration(e));
    expect(read.flatMap((r, i) => (r ? [] : [i]))).to.deep.equal([1, 3, 5]);
    expect([...read[0]!.name].length, 'eight family emoji: 56 code points').to.equal(56);
    expect(read[2]).to.deep.include({ name: 'Sam', days: 30, message: undefined });
    expect(read[4]).to.deep.include({ name: 'Lee', days: 36525, message: undefined });
  });
});
