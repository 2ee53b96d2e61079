"""Packaging (issue 8): the screenshot option, the build's inputs, the spec's Qt filter, the bundle.

The frozen bundle itself is only smoke-tested when one has been built
(``python packaging/build.py``; ``$USERJOURNEY_BUNDLE`` names another folder) — building it
takes a minute, so the normal suite does not.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import REPO

PACKAGING = REPO / "packaging"
BUNDLE = Path(os.environ.get("USERJOURNEY_BUNDLE") or PACKAGING / "dist" / "userjourney")


def _load_script(name: str):
    """A script of packaging/ as a module, without putting packaging/ on sys.path."""
    spec = importlib.util.spec_from_file_location(f"uj_packaging_{name}", PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --------------------------------------------------------------------------- import hygiene


def test_the_packaging_folder_does_not_shadow_the_pypi_module():
    """pytest puts the repository on sys.path; ``import packaging`` must still be PyPI's (pip, PyInstaller)."""
    assert not (PACKAGING / "__init__.py").exists(), "packaging/ must stay a plain folder, not a package"
    import packaging.version

    assert Path(packaging.__file__).resolve().parent != PACKAGING
    assert packaging.version.Version("1.10") > packaging.version.Version("1.9")
    result = subprocess.run([sys.executable, "-c", "import packaging.version, sys; print(packaging.__file__)"],
                            cwd=REPO, capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(REPO)))
    assert result.returncode == 0, result.stderr
    assert not Path(result.stdout.strip()).resolve().is_relative_to(PACKAGING)


def test_packaging_scripts_do_not_shadow_installed_modules():
    """PyInstaller searches the launcher's folder first: no script there may be named like a real module."""
    for script in PACKAGING.glob("*.py"):
        assert importlib.util.find_spec(script.stem) is None, f"packaging/{script.name} shadows a module"


# --------------------------------------------------------------------------- screenshot option


def test_save_screenshot_grabs_the_main_window(qapp, db, tmp_path, capsys):
    from userjourney.gui.app import save_screenshot
    from userjourney.gui.main_window import MainWindow
    from userjourney.paths import resources_dir

    window = MainWindow(db)
    window.show()
    target = tmp_path / "shot.png"
    assert save_screenshot(qapp, window, str(target))
    info = json.loads(capsys.readouterr().out)
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert info["screenshot"] == str(target)
    assert (info["width"], info["height"]) == (window.width(), window.height())
    assert info["resources"] == str(resources_dir())
    assert info["platform"] == "offscreen"
    window.close()


def test_save_screenshot_reports_an_unwritable_path(qapp, db, tmp_path, capsys):
    from userjourney.gui.app import save_screenshot
    from userjourney.gui.main_window import MainWindow

    window = MainWindow(db)
    assert not save_screenshot(qapp, window, str(tmp_path / "no-such-folder" / "shot.png"))
    assert json.loads(capsys.readouterr().out)["screenshot"] is None
    window.close()


def test_screenshot_environment_variable_starts_the_gui_and_quits(cli, db_path, tmp_path):
    assert cli("demo", "--db", str(db_path)).returncode == 0
    shot = tmp_path / "main-window.png"
    result = cli("--db", str(db_path), env={"USERJOURNEY_SCREENSHOT": str(shot)})
    assert result.returncode == 0, result.stderr
    info = json.loads(next(line for line in result.stdout.splitlines() if line.startswith("{")))
    assert info["screenshot"] == str(shot)
    assert str(db_path) in info["title"]
    assert shot.stat().st_size > 10_000  # a real window, not an empty image


# --------------------------------------------------------------------------- build inputs


def test_icon_is_rendered_into_a_multi_size_ico(qapp, tmp_path):
    build = _load_script("build")
    pngs = build.render_icon_pngs(tmp_path, sizes=(16, 32, 256))
    assert (tmp_path / "userjourney.png").read_bytes()[:4] == b"\x89PNG"
    ico = build.ico_bytes(pngs)
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, 3)
    sides = []
    for i in range(count):
        width, _height, _, _, _, _, size, offset = struct.unpack_from("<BBBBHHII", ico, 6 + 16 * i)
        assert ico[offset:offset + 4] == b"\x89PNG" and offset + size <= len(ico)
        sides.append(width or 256)
    assert sides == [16, 32, 256]


def test_version_resource_carries_the_package_version():
    import userjourney

    build = _load_script("build")
    assert build.app_version() == userjourney.__version__
    text = build.version_info_text("1.2.3")

    # PyInstaller evaluates the text with its versioninfo classes; record what they would get.
    def record(kind):
        return lambda *args, **kwargs: (kind, args, kwargs)

    names = ["VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
             "VarFileInfo", "VarStruct"]
    info = eval(text, {name: record(name) for name in names})
    assert info[0] == "VSVersionInfo"
    assert info[2]["ffi"][2]["filevers"] == (1, 2, 3, 0)
    strings = dict(s[1] for s in info[2]["kids"][0][1][0][0][1][1])
    assert strings["FileVersion"] == strings["ProductVersion"] == "1.2.3"


# --------------------------------------------------------------------------- the spec's Qt filter


def _spec_filter():
    """``_keep`` and the tables it uses, taken from the spec (which only PyInstaller can run whole)."""
    tree = ast.parse((PACKAGING / "userjourney.spec").read_text(encoding="utf-8"))
    wanted = {"QT_PLUGINS", "QT_LIBS_DROPPED", "QT_TRANSLATIONS_KEPT", "_plugin_name", "_keep"}
    body = [node for node in tree.body
            if isinstance(node, (ast.Import, ast.ImportFrom))
            or (isinstance(node, ast.FunctionDef) and node.name in wanted)
            or (isinstance(node, ast.Assign) and any(getattr(t, "id", None) in wanted for t in node.targets))]
    namespace: dict = {}
    exec(compile(ast.Module(body=body, type_ignores=[]), "userjourney.spec", "exec"), namespace)
    return namespace["_keep"]


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/lib/libQt6Core.so.6",
    "PySide6/Qt/lib/libQt6Charts.so.6",
    "PySide6/Qt/lib/libQt6Svg.so.6",
    "PySide6/Qt/lib/libicudata.so.73",
    "PySide6/QtCharts.abi3.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
    "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/plugins/platforms/qwindows.dll",
    "PySide6/plugins/styles/qmodernwindowsstyle.dll",
    "PySide6/plugins/imageformats/qsvg.dll",
    "PySide6/Qt6Widgets.dll",
    "PySide6/translations/qtbase_en.qm",
    "resources/icons/userjourney.svg",
    "userjourney/core/migrations/versions/0001_initial_schema.py",
    "libpython3.11.so.1.0",
])
def test_spec_keeps_what_the_app_uses(dest):
    assert _spec_filter()(dest)


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/lib/libQt6Quick.so.6",
    "PySide6/Qt/lib/libQt6Qml.so.6",
    "PySide6/Qt/lib/libQt6WebEngineCore.so.6",
    "PySide6/Qt/lib/libQt6Pdf.so.6",
    "PySide6/Qt/lib/libQt6Multimedia.so.6",
    "PySide6/Qt/lib/libQt63DCore.so.6",
    "PySide6/Qt/lib/libQt6WaylandClient.so.6",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/imageformats/libqpdf.so",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
    "PySide6/Qt/translations/qtbase_fr.qm",
    "PySide6/Qt/translations/qt_help_de.qm",
    "PySide6/Qt/qml/QtQuick/qmldir",
    "PySide6/Qt6Quick.dll",
    "PySide6/plugins/platforms/qdirect2d.dll",
    "PySide6/opengl32sw.dll",
])
def test_spec_drops_what_the_app_does_not_use(dest):
    assert not _spec_filter()(dest)


def test_spec_bundles_the_migrations_as_files():
    text = (PACKAGING / "userjourney.spec").read_text(encoding="utf-8")
    for needed in ('"env.py"', '"script.py.mako"', '"versions"', '"userjourney/core/storage/migrations"',
                   '(str(REPO / "resources"), "resources")'):
        assert needed in text
    assert "pathex=[str(REPO)]" in text


# --------------------------------------------------------------------------- the built bundle


@pytest.mark.skipif(not (BUNDLE / ("userjourney.exe" if sys.platform == "win32" else "userjourney")).exists(),
                    reason="no bundle built (python packaging/build.py)")
def test_frozen_bundle_passes_the_smoke_test(tmp_path):
    """The frozen program in a clean environment: --version, demo, summary --json, the GUI (packaging/smoke_test.py)."""
    result = subprocess.run([sys.executable, str(PACKAGING / "smoke_test.py"), str(BUNDLE),
                             "--keep-screenshot", str(tmp_path / "main-window.png")],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "main-window.png").stat().st_size > 20_000


def test_benchmark_without_a_bundle_says_so(monkeypatch, tmp_path):
    from bench import bench_bundle
    from bench.harness import Context

    monkeypatch.setenv("USERJOURNEY_BUNDLE", str(tmp_path / "nothing"))
    section = bench_bundle.run(Context(families=10, seed=1, quick=True, workdir=tmp_path))
    assert section.rows[0].ours == "not built"
    assert "packaging/build.py" in section.notes[0]
