// The floor of the sparklines workload: the same table with empty chart cells, no library.
import { runWorkload, sparkTable } from './harness.js';

runWorkload({
  async mountMap() {
    throw new Error('the table page has no map');
  },
  async mountSparklines(stage, series) {
    sparkTable(stage, series);
  },
});
