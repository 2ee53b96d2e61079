"""``python -m bench``: run every benchmark module and write docs/benchmarks.md."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import time
import traceback
from datetime import datetime
from pathlib import Path

import bench
from bench.harness import REPO, Context, machine


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--families", type=int, default=10_000, help="size of the large synthetic database")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (a smoke run, not for the report)")
    parser.add_argument("--only", nargs="*", help="run only these modules (e.g. storage summary)")
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "benchmarks.md")
    parser.add_argument("--merge", action="store_true",
                        help="with --only: replace just these sections in the existing file (each says when)")
    args = parser.parse_args(argv)

    modules = sorted(m.name for m in pkgutil.iter_modules(bench.__path__) if m.name.startswith("bench_"))
    if args.only:
        modules = [m for m in modules if m.removeprefix("bench_") in args.only]
    ctx = Context(args.families, args.seed, args.quick)
    sections, failed = [], []
    try:
        for name in modules:
            print(f"{name} …", flush=True)
            start = time.perf_counter()
            try:
                sections.append(importlib.import_module(f"bench.{name}").run(ctx))
            except Exception:
                traceback.print_exc()
                failed.append(name)
            print(f"{name}: {time.perf_counter() - start:.1f} s", flush=True)
    finally:
        ctx.cleanup()

    header = [
        "# Benchmarks",
        "",
        "Written by `python -m bench` (install with `pip install -e \".[bench]\"`); do not edit by hand.",
        "Each measurement is the median of repeated runs, next to a baseline measured in the same run",
        "on the same machine; targets are those named in the issues.",
        "",
        f"- Measured: {datetime.now():%Y-%m-%d %H:%M}" + (" (quick run)" if args.quick else ""),
        f"- Machine: {machine()}",
        "",
    ]
    if args.merge and args.output.exists():
        text = merge(args.output.read_text(encoding="utf-8"), sections, args.quick)
        args.output.write_text(text, encoding="utf-8")
        print(f"updated {len(sections)} section(s) of {args.output}")
        return 1 if failed else 0
    text = "\n".join(header) + "\n" + "\n".join(s.markdown() for s in sections)
    if failed:
        text += "\n## Failed\n\n" + "\n".join(f"- `{name}` raised an error (see the runner's output)" for name in failed) + "\n"
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output}")
    return 1 if failed else 0


def merge(existing: str, sections, quick: bool) -> str:
    """``existing`` with the sections of the same title replaced (new ones appended), each marked
    with the time it was measured — the rest keeps the date of its own run."""
    parts = existing.split("\n## ")
    head, bodies = parts[0], parts[1:]
    stamp = f"_Measured separately: {datetime.now():%Y-%m-%d %H:%M}{' (quick run)' if quick else ''}, same machine._"
    new = {section.title: section.markdown().removeprefix("## ").replace("\n", f"\n\n{stamp}\n", 1)
           for section in sections}
    replaced = [new.pop(body.split("\n", 1)[0], body) for body in bodies]
    return "\n## ".join([head, *replaced, *new.values()])


if __name__ == "__main__":
    sys.exit(main())
