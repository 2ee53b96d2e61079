"""Benchmarks: ``python -m bench`` measures the targets the issues name and writes docs/benchmarks.md.

Each measurement runs side by side with a baseline in the same run on the same machine (never
as timed assertions in tests), and the report says which targets are met.
"""
