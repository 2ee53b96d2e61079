"""Build the one-folder bundle: ``python packaging/build.py`` (the same on Linux and Windows).

Run it with the Python of the project's environment, after
``pip install -e ".[packaging]"``. It

1. renders the app icon from ``resources/icons/userjourney.svg`` into PNGs and a
   multi-size ``.ico`` (``packaging/build/generated/``),
2. writes the Windows version resource from ``userjourney.__version__``
   (``packaging/build/generated/version_info.txt``; used on Windows only),
3. runs PyInstaller on ``packaging/userjourney.spec`` → ``packaging/dist/userjourney/``,
4. prints the bundle's unpacked size and its largest files; ``--zip`` also packs
   ``packaging/dist/userjourney-VERSION-PLATFORM.zip`` for distribution.

Run it as a script, never as ``python -m packaging.build``: the folder ``packaging/`` is not
a Python package on purpose (no ``__init__.py``), so ``import packaging`` keeps meaning the
PyPI module that pip, setuptools and PyInstaller use. PyInstaller runs in its own process
with ``packaging/build/`` as working directory, so nothing from the repository shadows the
modules it imports.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import struct
import subprocess
import sys
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SPEC = HERE / "userjourney.spec"
WORK = HERE / "build"
GENERATED = WORK / "generated"
DIST = HERE / "dist"
BUNDLE = DIST / "userjourney"
ICON_SVG = REPO / "resources" / "icons" / "userjourney.svg"
ICON_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


# --------------------------------------------------------------------------- inputs


def app_version() -> str:
    """``userjourney.__version__`` read from the source (without importing the package)."""
    namespace: dict = {}
    text = (REPO / "userjourney" / "__init__.py").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("__version__"):
            exec(line, namespace)  # noqa: S102 - one assignment of a string literal
            return namespace["__version__"]
    raise SystemExit("no __version__ in userjourney/__init__.py")


def render_icon_pngs(out: Path, sizes=ICON_SIZES) -> dict[int, bytes]:
    """The SVG rendered at each size (PNG bytes); also writes ``userjourney.png`` (256 px)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - QPainter wants one
    renderer = QSvgRenderer(str(ICON_SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot render {ICON_SVG}")
    pngs = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        pngs[size] = bytes(data)
    out.mkdir(parents=True, exist_ok=True)
    (out / "userjourney.png").write_bytes(pngs[max(pngs)])
    return pngs


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows ``.ico`` holding the PNGs (PNG-compressed entries, Windows Vista and later)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def version_info_text(version: str) -> str:
    """The Windows version resource for ``version``, in the text form PyInstaller's ``version=`` reads.

    PyInstaller evaluates this text with the classes of ``PyInstaller.utils.win32.versioninfo``
    (that module needs ``pefile``, which exists on Windows only, so the text is written here).
    """
    numbers = [int(part) for part in version.split("+")[0].split(".")[:4] if part.isdigit()]
    numbers = tuple((numbers + [0, 0, 0, 0])[:4])
    strings = {
        "CompanyName": "userjourney",
        "FileDescription": "userjourney",
        "FileVersion": version,
        "InternalName": "userjourney",
        "LegalCopyright": "EUPL-1.2",
        "OriginalFilename": "userjourney.exe",
        "ProductName": "userjourney – User Journeys (BuT, Minijobs)",
        "ProductVersion": version,
    }
    string_structs = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# Generated by packaging/build.py from userjourney.__version__ ({version}); do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers!r}, prodvers={numbers!r}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('040704B0', [
{string_structs}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0407, 1200])])
  ]
)
"""


def write_generated(out: Path = GENERATED) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "userjourney.ico").write_bytes(ico_bytes(render_icon_pngs(out)))
    (out / "version_info.txt").write_text(version_info_text(app_version()), encoding="utf-8")


# --------------------------------------------------------------------------- outputs


def bundle_size(folder: Path = BUNDLE) -> tuple[int, int]:
    """(bytes, files) of the unpacked bundle (symbolic links not followed)."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            count += 1
    return total, count


def executable(folder: Path = BUNDLE, *, windowed: bool = False) -> Path:
    name = "userjourneyw" if windowed else "userjourney"
    return folder / (name + ".exe" if sys.platform == "win32" else name)


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower()}"


def make_zip(folder: Path = BUNDLE) -> Path:
    """``userjourney-VERSION-PLATFORM.zip`` with the folder ``userjourney/`` inside."""
    target = folder.parent / f"userjourney-{app_version()}-{platform_tag()}.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in sorted(folder.rglob("*")):
            archive.write(path, Path(folder.name) / path.relative_to(folder))
    return target


def report(folder: Path = BUNDLE, largest: int = 15) -> None:
    total, count = bundle_size(folder)
    print(f"\nbundle: {folder}  ({count} files, {total / 1e6:.1f} MB unpacked)")
    files = sorted((p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()),
                   key=lambda p: p.stat().st_size, reverse=True)
    for path in files[:largest]:
        print(f"  {path.stat().st_size / 1e6:7.1f} MB  {path.relative_to(folder)}")


def run_pyinstaller(*, clean: bool) -> None:
    command = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm",
               "--distpath", str(DIST), "--workpath", str(WORK / "pyinstaller"), "--log-level", "WARN"]
    if clean:
        command.append("--clean")
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)  # nothing but the environment's own site-packages
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=WORK, env=env)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python packaging/build.py", description=__doc__.split("\n")[0])
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--zip", action="store_true", help="also pack the folder as a zip for distribution")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    WORK.mkdir(parents=True, exist_ok=True)
    write_generated()
    if BUNDLE.exists():
        shutil.rmtree(BUNDLE)
    run_pyinstaller(clean=args.clean)
    report()
    if args.zip:
        archive = make_zip()
        print(f"zip: {archive} ({archive.stat().st_size / 1e6:.1f} MB)")
    print(f"built in {time.perf_counter() - start:.0f} s; try: {executable()} --version")
    return 0


if __name__ == "__main__":
    sys.exit(main())
