// Ckmeans.1d.dp: optimal one-dimensional k-means clustering by dynamic programming
// (Wang and Song, "Ckmeans.1d.dp: Optimal k-means Clustering in One Dimension by Dynamic
// Programming", The R Journal 3/2, 2011), with the divide-and-conquer fill of each matrix column
// that makes it O(k n log n). The result minimises the within-cluster sum of squared deviations,
// which is what "natural breaks" (Jenks) approximates iteratively.

function makeMatrix(rows: number, columns: number): Float64Array[] {
  return Array.from({ length: rows }, () => new Float64Array(columns));
}

/** Sum of squared deviations of sorted[j..i] from their mean, from prefix sums. */
function ssq(j: number, i: number, sumX: Float64Array, sumX2: Float64Array): number {
  let s: number;
  if (j > 0) {
    const mean = (sumX[i] - sumX[j - 1]) / (i - j + 1);
    s = sumX2[i] - sumX2[j - 1] - (i - j + 1) * mean * mean;
  } else {
    s = sumX2[i] - (sumX[i] * sumX[i]) / (i + 1);
  }
  return s < 0 ? 0 : s;
}

function fillColumn(
  iMin: number,
  iMax: number,
  k: number,
  cost: Float64Array[],
  back: Int32Array[],
  sumX: Float64Array,
  sumX2: Float64Array,
): void {
  if (iMin > iMax) return;
  const i = (iMin + iMax) >> 1;
  cost[k][i] = cost[k - 1][i - 1];
  back[k][i] = i;
  let jLow = k;
  if (iMin > k) jLow = Math.max(jLow, back[k][iMin - 1]);
  jLow = Math.max(jLow, back[k - 1][i]);
  let jHigh = i - 1;
  if (iMax < cost[0].length - 1) jHigh = Math.min(jHigh, back[k][iMax + 1]);
  for (let j = jHigh; j >= jLow; --j) {
    const sji = ssq(j, i, sumX, sumX2);
    if (sji + cost[k - 1][jLow - 1] >= cost[k][i]) break;
    const low = ssq(jLow, i, sumX, sumX2) + cost[k - 1][jLow - 1];
    if (low < cost[k][i]) {
      cost[k][i] = low;
      back[k][i] = jLow;
    }
    jLow++;
    const here = sji + cost[k - 1][j - 1];
    if (here < cost[k][i]) {
      cost[k][i] = here;
      back[k][i] = j;
    }
  }
  fillColumn(iMin, i - 1, k, cost, back, sumX, sumX2);
  fillColumn(i + 1, iMax, k, cost, back, sumX, sumX2);
}

/**
 * Splits numbers into at most `k` groups that minimise the within-group sum of squares. Returns
 * the groups in ascending order, each sorted. Non-finite values are ignored; fewer groups are
 * returned when there are fewer distinct values than `k`.
 */
export function ckmeans(values: Iterable<number>, k: number): number[][] {
  if (!Number.isInteger(k) || k < 1) throw new Error(`invalid number of classes: ${k}`);
  const sorted = Float64Array.from([...values].filter(Number.isFinite)).sort();
  const n = sorted.length;
  if (n === 0) return [];
  let distinct = 1;
  for (let i = 1; i < n; i++) if (sorted[i] !== sorted[i - 1]) distinct++;
  const clusters = Math.min(k, distinct);
  if (clusters === 1) return [Array.from(sorted)];

  const cost = makeMatrix(clusters, n);
  const back = Array.from({ length: clusters }, () => new Int32Array(n));
  const shift = sorted[n >> 1];
  const sumX = new Float64Array(n);
  const sumX2 = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = sorted[i] - shift;
    sumX[i] = (i ? sumX[i - 1] : 0) + x;
    sumX2[i] = (i ? sumX2[i - 1] : 0) + x * x;
    cost[0][i] = ssq(0, i, sumX, sumX2);
  }
  for (let c = 1; c < clusters; c++) {
    fillColumn(c < clusters - 1 ? c : n - 1, n - 1, c, cost, back, sumX, sumX2);
  }

  const groups: number[][] = [];
  let right = n - 1;
  for (let c = clusters - 1; c >= 0; c--) {
    const left = back[c][right];
    groups[c] = Array.from(sorted.subarray(left, right + 1));
    right = left - 1;
  }
  return groups;
}
