"""The Qt-free core: models, storage, journey rules, history, summary, Excel.

Nothing in this package may import Qt (a test enforces it), so the command line, the
benchmarks and a future server can use it without a display.
"""
