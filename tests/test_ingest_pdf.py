"""PDF ingestion: sections at recovered headings, page numbers, running headers, bad files."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from assistant.errors import IngestError
from assistant.ingest.pdf import load_pdf
from assistant.ingest.registry import load_path

pytest.importorskip("fpdf")
pytest.importorskip("pdfplumber")

BODY = (
    "Every student who lives more than one mile from school is eligible for a yellow "
    "bus seat. Families apply through the welcome centre before the school year starts. "
)
RULES = (
    "Students stay seated while the bus moves and follow the directions of the driver "
    "and the monitor at every stop. "
)


def _pdf(title: str = "Student Transportation Guide") -> Any:
    from fpdf import FPDF

    class Circular(FPDF):
        def header(self) -> None:
            self.set_font("Helvetica", size=9)
            self.cell(0, 8, "District Circular TRN-99", new_x="LMARGIN", new_y="NEXT")

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Helvetica", size=9)
            self.cell(0, 10, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Circular()
    pdf.set_title(title)
    return pdf


def _heading(pdf: Any, text: str) -> None:
    pdf.ln(6)
    pdf.set_font("Helvetica", style="B", size=16)
    pdf.cell(0, 10, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)


def _body(pdf: Any, text: str) -> None:
    pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def _line(pdf: Any, text: str) -> None:
    pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")


@pytest.fixture
def guide(tmp_path: Path) -> Path:
    """A two-page PDF: a big title, two bold numbered headings, wrapped body text."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", style="B", size=24)
    pdf.cell(0, 14, "Student Transportation Guide", new_x="LMARGIN", new_y="NEXT")
    _heading(pdf, "1. Eligibility")
    _body(pdf, BODY * 3)
    _line(pdf, "The transportation office answers questions about bus trans-")
    _line(pdf, "portation, and a time-")
    _line(pdf, "out is never used on the bus.")
    pdf.add_page()
    _heading(pdf, "2. Safety Rules")
    _body(pdf, RULES * 4)
    path = tmp_path / "TRN-99_Student-Transportation-Guide.pdf"
    pdf.output(str(path))
    return path


def test_sections_follow_bold_headings_with_pages(guide: Path) -> None:
    doc = load_pdf(guide)
    assert doc.title == "TRN-99: Student Transportation Guide"
    assert doc.doc_id == "trn-99-student-transportation-guide"
    assert doc.plan == "circulars" and doc.language == "en"
    headed = [s for s in doc.sections if len(s.heading_path) > 1]
    assert [s.heading_path[1:] for s in headed] == [("1. Eligibility",), ("2. Safety Rules",)]
    assert [s.page for s in headed] == [1, 2]
    assert [s.section for s in headed] == [
        "trn-99-student-transportation-guide.1-eligibility",
        "trn-99-student-transportation-guide.2-safety-rules",
    ]
    assert headed[0].text.startswith("Every student who lives more than one mile")
    assert headed[1].text.startswith("Students stay seated")
    assert all(s.area == "transportation" for s in doc.sections)


def test_running_headers_and_page_numbers_are_dropped(guide: Path) -> None:
    text = "\n".join(s.text for s in load_pdf(guide).sections)
    assert "Page 1 of 2" not in text and "Page 2 of 2" not in text
    assert "District Circular TRN-99" not in text


def test_line_wrap_and_hyphenation_are_repaired(guide: Path) -> None:
    text = load_pdf(guide).sections[0].text
    assert "questions about bus transportation, and a time-out is never used" in text
    assert "\n" not in text.split("The transportation office")[1]


def test_explicit_metadata_wins(guide: Path) -> None:
    doc = load_pdf(guide, plan="sip", area="facilities", language="es", doc_id="guide",
                   title="Guide")
    assert (doc.plan, doc.language, doc.doc_id, doc.title) == ("sip", "es", "guide", "Guide")
    assert {s.area for s in doc.sections} == {"facilities"}
    assert doc.sections[0].section.startswith("guide.")
    assert all(s.heading_path[0] == "Guide" for s in doc.sections)


def test_long_section_restarts_at_page_turns(tmp_path: Path) -> None:
    pdf = _pdf("Long Policy")
    pdf.add_page()
    _heading(pdf, "1. Background")
    for i in range(1, 13):
        _body(pdf, f"Paragraph {i}. " + BODY * 4)
    path = tmp_path / "long-policy.pdf"
    pdf.output(str(path))
    doc = load_pdf(path)
    assert len(doc.sections) >= 2
    assert {s.heading_path for s in doc.sections} == {("Long Policy", "1. Background")}
    pages = [s.page or 0 for s in doc.sections]
    assert pages[0] == 1 and pages == sorted(set(pages))
    assert doc.sections[1].section == "long-policy.1-background-2"
    for section, nxt in zip(doc.sections, doc.sections[1:], strict=False):
        assert (nxt.page or 0) - (section.page or 0) <= 2  # never more than ~2 pages long


def test_numbered_caps_lines_are_headings_without_font_cues(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for heading, body in (("1. PURPOSE", BODY), ("2. PROCEDURES", RULES * 2)):
        pdf.ln(8)
        pdf.cell(0, 6, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 6, body * 2, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "plain.pdf"
    pdf.output(str(path))
    doc = load_pdf(path)
    assert [s.heading_path[-1] for s in doc.sections] == ["1. PURPOSE", "2. PROCEDURES"]


# --- bad files: one clear line, no library traceback ---------------------------------


def _error(path: Path) -> IngestError:
    with pytest.raises(IngestError) as info:
        load_path(path)
    err = info.value
    assert err.__cause__ is None and (err.__context__ is None or err.__suppress_context__)
    assert "\n" not in str(err)
    return err


def test_encrypted_pdf(guide: Path, tmp_path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=guide)
    writer.encrypt("secret")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)
    assert str(_error(locked)) == "could not read 'locked.pdf': the file is encrypted"


def test_pdf_with_only_an_owner_password_still_loads(guide: Path, tmp_path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=guide)
    writer.encrypt(user_password="", owner_password="owner")
    restricted = tmp_path / "restricted.pdf"
    with restricted.open("wb") as handle:
        writer.write(handle)
    doc = load_path(restricted)
    assert [s.heading_path[-1] for s in doc.sections] == ["1. Eligibility", "2. Safety Rules"]


def test_truncated_pdf(guide: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(guide.read_bytes()[:400])
    assert str(_error(cut)).startswith("could not read 'cut.pdf': not a valid PDF")


def test_empty_pdf(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    assert str(_error(empty)) == "could not read 'empty.pdf': the file is empty"


def test_random_bytes_named_pdf(tmp_path: Path) -> None:
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(os.urandom(4096).replace(b"%PDF-", b"xxxxx"))
    assert str(_error(junk)) == "could not read 'junk.pdf': not a valid PDF"


def test_pdf_header_with_garbage(tmp_path: Path) -> None:
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(b"%PDF-1.7\n" + os.urandom(2048))
    assert str(_error(fake)).startswith("could not read 'fake.pdf': not a valid PDF")


def test_pdf_without_text(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 100, style="F")  # an image-only page, as a scan would be
    scan = tmp_path / "scan.pdf"
    pdf.output(str(scan))
    assert str(_error(scan)) == (
        "could not read 'scan.pdf': no text could be extracted (scanned image?)"
    )
