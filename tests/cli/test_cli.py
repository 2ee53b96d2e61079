"""The command line keeps to the contract of exchange-format.md §1."""

from __future__ import annotations

from tests.support import run_cli
from userjourney import __version__


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"userjourney {__version__}"


def test_help_is_german():
    result = run_cli("--help")
    assert result.returncode == 0
    assert "Aufruf: userjourney" in result.stdout
    for command in ("import", "export", "summary", "demo"):
        assert command in result.stdout


def test_usage_errors_are_one_german_line_with_status_2(tmp_path):
    result = run_cli("summary", "--from", "31.02.2022", "--db", str(tmp_path / "x.sqlite"))
    assert result.returncode == 2
    assert "userjourney summary: Fehler: --from: „31.02.2022“ ist kein gültiges Datum" in result.stderr
    assert "Traceback" not in result.stderr
    result = run_cli("import")
    assert result.returncode == 2 and "es fehlt: DATEI.xlsx" in result.stderr


def test_filters_are_accepted_by_export_and_summary(tmp_path):
    parser_check = run_cli(
        "export", str(tmp_path / "a.xlsx"), "--db", str(tmp_path / "x.sqlite"), "--standort", "Ennigerloh",
        "--coach", "Max Mustermann", "--from", "2022-01-01", "--to", "2022-12-31", "--stand", "2022-12-31",
    )
    assert parser_check.returncode != 2, parser_check.stderr


def test_an_unexpected_error_is_one_line_and_its_traceback_is_in_the_private_log(monkeypatch, capsys):
    from userjourney import cli
    from userjourney.core.log import log_path

    def broken(args):
        raise RuntimeError("kaputt")

    monkeypatch.setitem(cli.COMMANDS, "summary", broken)
    assert cli.main(["summary"]) == 1
    err = capsys.readouterr().err
    assert err == f"userjourney: Unerwarteter Fehler (RuntimeError). Einzelheiten stehen in {log_path()}.\n"
    text = log_path().read_text(encoding="utf-8")
    assert "Traceback" in text and "RuntimeError: kaputt" in text and "summary failed" in text
    assert log_path().stat().st_mode & 0o777 == 0o600


def test_bad_wait_values_are_refused_as_bad_input(tmp_path):
    """--wait nan used to wait for ever; negative or absurd values are no better."""
    for value in ("nan", "inf", "-1", "1e9", "zehn"):
        result = run_cli("demo", "--db", str(tmp_path / "x.sqlite"), "--wait", value)
        assert result.returncode == 2, value
        assert "--wait" in result.stderr and "Traceback" not in result.stderr
        *usage, message = result.stderr.strip().splitlines()  # the usage (wrapped), then one German line
        assert usage[0].startswith("Aufruf: userjourney demo") and all(line.startswith(" ") for line in usage[1:])
        assert message.startswith("userjourney demo: Fehler: --wait:"), message
    assert not (tmp_path / "x.sqlite").exists()
