"""Python code generated from ui/*.ui by `python -m tools.build_forms` — do not edit."""
