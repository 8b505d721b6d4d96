"""spaCy imported without its command line: the same spaCy, 350 modules fewer, `spacy.cli` and `spacy.info`
still there when asked for, and the plain import when a spaCy needs more of its command line."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path


def _run(code: str, *, path: Path | None = None) -> dict:
    """Run `code` in a fresh interpreter (spaCy not yet imported); it prints one JSON value."""
    env_path = [str(path)] if path else []
    prefix = f"import sys; sys.path[:0] = {env_path!r}\n"
    done = subprocess.run([sys.executable, "-c", prefix + textwrap.dedent(code)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_the_pipeline_imports_spacy_without_its_command_line() -> None:
    seen = _run("""
        import json, sys
        from rfpcheck.nlp import pipeline
        doc = pipeline()("Post 3x/week on Instagram. Reply within 24 hours!")
        loaded = sorted(m for m in ("spacy.cli", "spacy.cli.info", "typer", "weasel", "httpx", "requests")
                        if m in sys.modules)
        print(json.dumps({"loaded": loaded, "sents": [s.text for s in doc.sents]}))
    """)
    assert seen["loaded"] == []
    assert seen["sents"] == ["Post 3x/week on Instagram.", "Reply within 24 hours!"]


def test_spacy_cli_and_info_still_work_after_it() -> None:
    seen = _run("""
        import json, sys
        from rfpcheck.spacy_import import import_spacy
        spacy = import_spacy()
        stand_in_left = "spacy.cli" in sys.modules
        about = spacy.info(silent=True)  # the real spacy.cli.info, imported now
        print(json.dumps({"stand_in_left": stand_in_left, "version": about["spacy_version"],
                          "cli": spacy.cli.__file__, "download": callable(spacy.cli.download),
                          "real": spacy.__version__}))
    """)
    assert not seen["stand_in_left"]
    assert seen["version"] == seen["real"]
    assert seen["cli"].endswith("cli/__init__.py") and seen["download"]


def test_a_missing_attribute_is_still_an_attribute_error() -> None:
    seen = _run("""
        import json
        from rfpcheck.spacy_import import import_spacy
        spacy = import_spacy()
        try:
            spacy.no_such_thing
        except AttributeError as e:
            print(json.dumps(str(e)))
    """)
    assert "no_such_thing" in seen


def test_a_spacy_that_needs_more_of_its_command_line_is_imported_the_plain_way(tmp_path: Path) -> None:
    fake = tmp_path / "spacy"
    (fake / "cli").mkdir(parents=True)
    # as a future spaCy might: more of its command line at import than `info`
    (fake / "__init__.py").write_text("from .cli.info import info\nfrom .cli import download\n")
    (fake / "cli" / "__init__.py").write_text("from .info import info\ndef download(): return 'real'\n")
    (fake / "cli" / "info.py").write_text("def info(): return 'real info'\n")
    seen = _run("""
        import json, sys
        from rfpcheck.spacy_import import import_spacy
        spacy = import_spacy()
        print(json.dumps([spacy.download(), spacy.info(), spacy.__file__, type(sys.modules["spacy.cli"]).__name__,
                          sys.modules["spacy.cli"].__file__]))
    """, path=tmp_path)
    assert seen[:2] == ["real", "real info"]
    assert seen[2].startswith(str(tmp_path)) and seen[4].startswith(str(tmp_path))


def test_spacy_imported_already_is_left_alone() -> None:
    seen = _run("""
        import json, sys
        import spacy
        from rfpcheck.spacy_import import import_spacy
        print(json.dumps([import_spacy() is spacy, "spacy.cli" in sys.modules]))
    """)
    assert seen == [True, True]
