"""Chunks follow sections, respect the size limit, overlap, and never cut a sentence."""

from __future__ import annotations

import itertools
from pathlib import Path

from assistant.ingest.chunking import chunk_document
from assistant.ingest.markdown import load_markdown
from assistant.ingest.sentences import split_sentences, strip_source_label
from assistant.types import Chunk, Document, Section


def _doc(text: str) -> Document:
    section = Section(section="d.s", heading_path=("Doc", "S"), area="general", text=text)
    return Document(
        doc_id="d", title="Doc", plan="sip", language="en", path="d.md", sections=(section,)
    )


def test_sentences_split_on_ends_but_not_on_abbreviations_or_decimals() -> None:
    text = (
        "The target is 95.6% e.g. for buses. The U.S. Department of Justice agreed. "
        "Is it met? Yes! 公交车准时吗。是的。\n- A list item\n- Another item"
    )
    assert split_sentences(text) == [
        "The target is 95.6% e.g. for buses.",
        "The U.S. Department of Justice agreed.",
        "Is it met?",
        "Yes!",
        "公交车准时吗。",
        "是的。",
        "A list item",
        "Another item",
    ]


def test_a_sentence_ending_in_a_one_letter_word_ends_there() -> None:
    # Haitian Creole and Kriolu put a one-letter determiner last; an initial is upper case
    text = "Distri a te rate dat sa a. Rezime a di sa. Lèt la siyen pa J. Smith."
    assert split_sentences(text) == [
        "Distri a te rate dat sa a.", "Rezime a di sa.", "Lèt la siyen pa J. Smith."
    ]


def test_short_sections_make_one_chunk_each(tmp_path: Path, small_settings) -> None:  # type: ignore[no-untyped-def]
    doc = load_markdown(small_settings.corpus_path / "documents" / "en" / "sip.md")
    chunks = chunk_document(doc)
    assert [c.section for c in chunks] == ["sip.overview", "sip.transportation", "sip.facilities"]
    bus = chunks[1]
    assert bus.area == "transportation"
    assert bus.heading_path == ("Test plan", "Buses")
    assert "(Boston Herald, 2022-06-29)" in bus.text  # [HERALD] rendered with its label
    assert bus.source_urls == ("https://example.org/herald",)
    assert bus.chunk_id == "sip:en:sip.transportation:0"


def test_long_sections_split_between_sentences_with_overlap() -> None:
    sentences = [
        f"Sentence number {i} says something about the plan in a few words." for i in range(60)
    ]
    chunks = chunk_document(_doc(" ".join(sentences)), max_chars=400, overlap=1)
    assert len(chunks) > 5
    for chunk in chunks:
        assert len(chunk.text) <= 400
        for s in split_sentences(chunk.text):
            assert s in sentences  # whole sentences only
    for first, second in itertools.pairwise(chunks):
        assert split_sentences(first.text)[-1] == split_sentences(second.text)[0]
    covered = {s for c in chunks for s in split_sentences(c.text)}
    assert covered == set(sentences)


def test_chunk_ids_and_hashes_are_deterministic() -> None:
    a = chunk_document(_doc("One sentence here. Another one there."))
    b = chunk_document(_doc("One sentence here. Another one there."))
    c = chunk_document(_doc("One sentence here. A changed one there."))
    assert [x.chunk_id for x in a] == [x.chunk_id for x in b] == [x.chunk_id for x in c]
    assert a[0].content_hash == b[0].content_hash != c[0].content_hash


def test_a_closing_source_label_comes_off_a_quoted_sentence_and_nothing_else_does() -> None:
    labels = ("WBUR, 2022-05-23", "BPS SIP page", "Boston Globe, 2023-09 (reprint)")
    assert strip_source_label("Buses were late (WBUR, 2022-05-23; BPS SIP page).", labels) == (
        "Buses were late.", ("WBUR, 2022-05-23", "BPS SIP page"))
    assert strip_source_label("Buses were 87.7% on time (Boston Globe, 2023-09 (reprint)).",
                              labels) == ("Buses were 87.7% on time.",
                                          ("Boston Globe, 2023-09 (reprint)",))
    # a parenthesis that is not a known label stays, and so does a label inside the sentence
    assert strip_source_label("Pupils get 675 minutes (a week).", labels) == (
        "Pupils get 675 minutes (a week).", ())
    assert strip_source_label("WBUR (WBUR, 2022-05-23) said so.", labels)[1] == ()
    assert strip_source_label("公交车迟到了（见下文）(BPS SIP page)。", labels) == (
        "公交车迟到了（见下文）。", ("BPS SIP page",))


def test_markdown_sections_know_the_labels_of_the_sources_they_cite(tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text(
        "---\nid: d\nplan: sip\nlanguage: en\nsources:\n"
        "  A:\n    label: \"WBUR, 2022\"\n    url: https://a.example\n"
        "  B:\n    label: \"BPS SIP page\"\n    url: https://b.example\n---\n"
        "# D {#d.s area=general}\n\nOne [A]. Two [A; B].\n",
        encoding="utf-8",
    )
    section = load_markdown(path).sections[0]
    assert section.text == "One (WBUR, 2022). Two (WBUR, 2022; BPS SIP page)."
    assert section.source_labels == ("WBUR, 2022", "BPS SIP page")
    chunk = chunk_document(load_markdown(path))[0]
    assert Chunk.from_metadata(chunk.chunk_id, chunk.text, chunk.metadata()) == chunk
