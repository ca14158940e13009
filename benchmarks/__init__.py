"""Speed measurements for salescoach; run with `python -m benchmarks` (see the README)."""
