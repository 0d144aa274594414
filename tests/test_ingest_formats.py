"""HTML, DOCX and plain-text loaders, the suffix registry, defaults and bad files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assistant.errors import IngestError
from assistant.ingest.headings import guess_area
from assistant.ingest.registry import LOADERS, iter_files, load_path

PAGE = """<!doctype html>
<html lang="en"><head><title>Bus Safety for Families</title>
<style>body { color: red }</style><script>var tracking = "SECRET";</script></head>
<body>
<nav><a href="/">Home</a> | <a href="/menu">Menu</a></nav>
<h1>Bus Safety for Families</h1>
<p>Read this before the <b>first</b> day of school.</p>
<h2>Getting on the bus</h2>
<p>Arrive at the stop <a href="/times">five minutes early</a>.</p>
<ul><li>Wait on the sidewalk.</li><li>Board one at a time.</li></ul>
<h3>Stop times</h3>
<table><tr><th>Route</th><th>Time</th></tr><tr><td>12</td><td>7:10</td></tr></table>
<h2>Getting off the bus</h2>
<div><p>Walk ten steps in front of the bus before crossing.</p></div>
<!-- a comment that is not content -->
<footer>Copyright the district</footer>
</body></html>
"""


def _error(path: Path) -> str:
    with pytest.raises(IngestError) as info:
        load_path(path)
    err = info.value
    assert err.__cause__ is None and (err.__context__ is None or err.__suppress_context__)
    return str(err)


# --- HTML -----------------------------------------------------------------------------


def test_html_sections_at_headings(tmp_path: Path) -> None:
    path = tmp_path / "bus-safety.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = load_path(path)
    assert doc.title == "Bus Safety for Families"
    assert doc.doc_id == "bus-safety" and doc.plan == "circulars" and doc.language == "en"
    assert [s.heading_path for s in doc.sections] == [
        ("Bus Safety for Families",),
        ("Bus Safety for Families", "Getting on the bus"),
        ("Bus Safety for Families", "Getting on the bus", "Stop times"),
        ("Bus Safety for Families", "Getting off the bus"),
    ]
    assert doc.sections[0].text == "Read this before the first day of school."
    assert doc.sections[1].text == (
        "Arrive at the stop five minutes early.\n\n- Wait on the sidewalk.\n- Board one at a time."
    )
    assert doc.sections[2].text == "| Route | Time |\n| 12 | 7:10 |"
    assert doc.sections[1].section == "bus-safety.getting-on-the-bus"
    assert all(s.area == "transportation" and s.page is None for s in doc.sections)
    everything = " ".join(s.text for s in doc.sections)
    for dropped in ("SECRET", "color", "Home", "Copyright", "comment"):
        assert dropped not in everything


def test_html_language_from_lang_attribute(tmp_path: Path) -> None:
    path = tmp_path / "aviso.htm"
    path.write_text('<html lang="es"><body><h1>Aviso</h1><p>Hola.</p></body></html>', "utf-8")
    assert load_path(path).language == "es"


# --- DOCX -----------------------------------------------------------------------------


def test_docx_heading_styles_make_sections(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Special Education Screening", style="Title")
    document.add_paragraph("This guide explains the screening program.")
    document.add_heading("Who is screened", level=1)
    document.add_paragraph("Children aged three and four who live in Boston.")
    document.add_paragraph("Bring a birth certificate.", style="List Bullet")
    document.add_heading("Dates", level=2)
    table = document.add_table(rows=2, cols=2)
    for row, values in zip(table.rows, (("Month", "Place"), ("May", "Welcome centre")),
                           strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.add_heading("Results", level=1)
    document.add_paragraph("Families receive results by mail.")
    path = tmp_path / "SPE-99 Screening.docx"
    document.save(str(path))

    doc = load_path(path, plan="inclusive-education")
    assert doc.title == "Special Education Screening"
    assert doc.plan == "inclusive-education" and doc.doc_id == "spe-99-screening"
    assert [s.heading_path[1:] for s in doc.sections] == [
        (), ("Who is screened",), ("Who is screened", "Dates"), ("Results",)
    ]
    assert doc.sections[1].text == (
        "Children aged three and four who live in Boston.\n\n- Bring a birth certificate."
    )
    assert doc.sections[2].text == "| Month | Place |\n| May | Welcome centre |"
    assert {s.area for s in doc.sections} == {"special-education"}


def test_docx_errors(tmp_path: Path) -> None:
    old = tmp_path / "old.docx"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(512))
    assert _error(old) == "could not read 'old.docx': the file is encrypted or in the old .doc format"
    junk = tmp_path / "junk.docx"
    junk.write_bytes(b"PK" + os.urandom(512))
    assert _error(junk) == "could not read 'junk.docx': not a valid DOCX file"
    import zipfile

    wrong = tmp_path / "wrong.docx"
    with zipfile.ZipFile(wrong, "w") as archive:
        archive.writestr("hello.txt", "not a word document")
    assert _error(wrong) == "could not read 'wrong.docx': not a valid DOCX file"


# --- plain text -----------------------------------------------------------------------


def test_plaintext_markdown_headings(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(
        "# Drinking Water Access\n\nEvery school has water.\n\n## Testing\n\n"
        "Fountains are tested\nevery year.\n\n- Lead\n- Copper\n", encoding="utf-8")
    doc = load_path(path)
    assert doc.title == "Drinking Water Access"
    assert [(s.heading_path, s.text) for s in doc.sections] == [
        (("Drinking Water Access",), "Every school has water."),
        (("Drinking Water Access", "Testing"), "Fountains are tested every year.\n\n- Lead\n- Copper"),
    ]


def test_plaintext_without_headings_is_one_section(tmp_path: Path) -> None:
    path = tmp_path / "memo_to_staff.txt"
    path.write_text("First paragraph\nwraps here.\n\nSecond paragraph.\n", encoding="utf-8")
    doc = load_path(path)
    assert doc.title == "Memo to staff"
    assert len(doc.sections) == 1
    assert doc.sections[0].section == "memo-to-staff.overview"
    assert doc.sections[0].text == "First paragraph wraps here.\n\nSecond paragraph."


def test_plaintext_caps_and_numbered_lines_are_headings(tmp_path: Path) -> None:
    path = tmp_path / "policy.txt"
    path.write_text("BULLYING POLICY\n\nIntro text.\n\n1. REPORTING\n\nTell an adult.\n", "utf-8")
    doc = load_path(path)
    assert doc.title == "BULLYING POLICY"
    assert [s.heading_path[1:] for s in doc.sections] == [(), ("1. REPORTING",)]
    assert doc.sections[0].area == "student-safety"


def test_language_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "transporte.txt"
    path.write_text(
        "Los estudiantes deben llegar a la parada del autobús cinco minutos antes. "
        "Las familias pueden pedir ayuda al departamento de transporte escolar.", "utf-8")
    assert load_path(path).language == "es"


# --- registry and bad files ------------------------------------------------------------


def test_loaders_cover_the_supported_suffixes() -> None:
    assert set(LOADERS) == {".md", ".pdf", ".html", ".htm", ".docx", ".txt"}


def test_markdown_goes_to_the_corpus_loader(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text("---\nid: note\ntitle: A note\nplan: sip\nlanguage: en\n---\n\n"
                    "# A note {#note.overview area=general}\n\nSome text.\n", encoding="utf-8")
    doc = load_path(path)
    assert (doc.doc_id, doc.plan, doc.sections[0].section) == ("note", "sip", "note.overview")


def test_unsupported_suffix(tmp_path: Path) -> None:
    path = tmp_path / "data.xyz"
    path.write_bytes(b"whatever")
    assert _error(path) == (
        "could not read 'data.xyz': unsupported file type '.xyz' "
        "(supported: .docx, .htm, .html, .md, .pdf, .txt)"
    )


@pytest.mark.parametrize("name", ["empty.txt", "empty.html", "empty.docx", "empty.pdf"])
def test_empty_files(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    assert _error(path) == f"could not read '{name}': the file is empty"


@pytest.mark.parametrize("name", ["photo.txt", "photo.html"])
def test_binary_with_a_text_suffix(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + os.urandom(2048))
    assert _error(path).startswith(f"could not read '{name}': not a")
    assert "(binary content)" in _error(path)


def test_missing_file(tmp_path: Path) -> None:
    assert _error(tmp_path / "gone.pdf") == "could not read 'gone.pdf': the file does not exist"


def test_iter_files_expands_folders(tmp_path: Path) -> None:
    for name in ("b.pdf", "a.txt", "sub/c.html", ".hidden.txt", ".git/d.txt", "README.md",
                 "notes.xyz"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    single = tmp_path / "notes.xyz"
    found = list(iter_files([tmp_path, single]))
    assert found == [tmp_path / "a.txt", tmp_path / "b.pdf", tmp_path / "sub" / "c.html", single]


@pytest.mark.parametrize(
    ("code", "title", "area"),
    [
        ("EL-04", "", "english-learners"),
        ("CAO-05", "", "english-learners"),
        ("ODA-06", "", "english-learners"),
        ("ODA-07", "", "data"),
        ("SPE-20", "", "special-education"),
        ("TRN-01", "", "transportation"),
        ("SHS-13", "", "transportation"),
        ("FMT-20", "", "facilities"),
        ("SUP-19", "", "student-safety"),
        ("SSS-18", "", "student-safety"),
        ("ACA-18", "Attendance policies", "general"),
        (None, "Bus routes for the fall", "transportation"),
    ],
)
def test_area_is_guessed_from_code_or_title(code: str | None, title: str, area: str) -> None:
    assert guess_area(code, title) == area
