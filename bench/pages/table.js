// The floor of the workloads, no library: for the first map, the same two files fetched and read
// (what any page pays before drawing); for the sparklines, the same table with empty chart cells.
import { markInHand, runWorkload } from './harness.js';
import { fetchDocument, sparkTable } from './documents.js';

runWorkload({
  async mountMap(_stage, input) {
    await Promise.all([fetch(input.map).then((r) => r.json()), fetchDocument(input.data)]);
    markInHand();
    return { areas: 0, async update() {}, destroy() {} };
  },
  async mountSparklines(stage, series) {
    sparkTable(stage, series);
  },
});
