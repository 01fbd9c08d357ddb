"""Measuring answers: question files, metrics, reports and the public benchmarks (BEIR, SQuAD 2.0, MTRAG-UN)."""
