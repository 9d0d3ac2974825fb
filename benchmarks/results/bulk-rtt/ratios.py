#!/usr/bin/env python3
"""Speed-ups against the named baseline at each added round trip, from a JMH JSON of `benchmarks/run rtt`.

    python3 benchmarks/results/bulk-rtt/ratios.py benchmarks/results/bulk-rtt/rtt-<stamp>.json

Prints one markdown row per claim: baseline score / candidate score at each addedRttMs (single-shot, ms/op;
with several iterations the mean, and the ratio's range from the extremes of both sides).
"""
import json
import sys

CLAIMS = [
    # (label, benchmark suffix, fixed params, impl param, candidate, baseline, bar)
    ("set-based UPDATE, 100,000 rows, narrow table", "SetBasedUpdateBenchmark.update", {"table": "NARROW"}, "how", "SET_BASED", "ROW_BY_ROW", 100),
    ("set-based UPDATE, 100,000 rows, `orders`", "SetBasedUpdateBenchmark.update", {"table": "ORDERS"}, "how", "SET_BASED", "ROW_BY_ROW", 30),
    ("`updateFromValues`, 10,000 rows, `orders`", "FromValuesUpdateBenchmark.update", {"table": "ORDERS"}, "how", "FROM_VALUES", "ROW_BY_ROW", 20),
    ("`updateFromValues`, 10,000 rows, narrow table", "FromValuesUpdateBenchmark.update", {"table": "NARROW"}, "how", "FROM_VALUES", "ROW_BY_ROW", 20),
    ("`insertMany` (COPY), 100,000 rows, `orders`", "InsertManyBenchmark.insert", {"schema": "FK_AND_INDEXES"}, "path", "COPY", "JDBC_BATCH", 2),
    ("`insertMany` (COPY), 100,000 rows, primary key only", "InsertManyBenchmark.insert", {"schema": "PRIMARY_KEY_ONLY"}, "path", "COPY", "JDBC_BATCH", 4),
]


def main(path):
    results = json.load(open(path))
    rtts = sorted({r["params"].get("addedRttMs", "0") for r in results}, key=float)

    def find(suffix, fixed, param, value, rtt):
        for r in results:
            p = r["params"]
            if r["benchmark"].endswith(suffix) and p.get(param) == value and p.get("addedRttMs", "0") == rtt \
                    and all(p.get(k) == v for k, v in fixed.items()):
                raw = [x for fork in r["primaryMetric"]["rawData"] for x in fork]
                return r["primaryMetric"]["score"], min(raw), max(raw)
        return None

    print("| claim | baseline | " + " | ".join(f"+{t} ms" for t in rtts) + " | bar |")
    print("|---|---|" + "---:|" * len(rtts) + "---:|")
    for label, suffix, fixed, param, cand, base, bar in CLAIMS:
        cells = []
        for t in rtts:
            c = find(suffix, fixed, param, cand, t)
            b = find(suffix, fixed, param, base, t)
            if not c or not b:
                cells.append("—")
                continue
            ratio = b[0] / c[0]
            lo, hi = b[1] / c[2], b[2] / c[1]
            spread = f" ({lo:.0f}–{hi:.0f})" if hi - lo > 0.05 * ratio and ratio >= 10 else \
                (f" ({lo:.2f}–{hi:.2f})" if hi - lo > 0.05 * ratio else "")
            fmt = f"{ratio:.0f}×" if ratio >= 10 else f"{ratio:.2f}×"
            cells.append(f"**{fmt}**{spread}<br>{b[0]:,.0f} / {c[0]:,.0f} ms")
        baseline = "row by row, one transaction" if base == "ROW_BY_ROW" else "plain JDBC batch (1,000 per executeBatch)"
        print(f"| {label} | {baseline} | " + " | ".join(cells) + f" | ≥ {bar}× |")

    print()
    print("| benchmark | setting | " + " | ".join(f"+{t} ms" for t in rtts) + " | round trips per call, (T(+" + rtts[-1] + ") − T(+0)) / " + rtts[-1] + " ms |")
    print("|---|---|" + "---:|" * len(rtts) + "---:|")
    seen = set()
    for label, suffix, fixed, param, cand, base, bar in CLAIMS:
        for value in (base, cand):
            key = (suffix, tuple(fixed.items()), value)
            if key in seen:
                continue
            seen.add(key)
            times = [find(suffix, fixed, param, value, t) for t in rtts]
            cells = [f"{x[0]:,.0f} ms" if x else "—" for x in times]
            slope = (times[-1][0] - times[0][0]) / float(rtts[-1]) if times[0] and times[-1] else float("nan")
            name = suffix.split(".")[0].replace("Benchmark", "")
            setting = value + ", " + ", ".join(f"{k}={v}" for k, v in fixed.items())
            print(f"| {name} | {setting} | " + " | ".join(cells) + f" | {slope:,.0f} |")


if __name__ == "__main__":
    main(sys.argv[1])
