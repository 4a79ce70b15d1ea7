"""Organisations, countries, places and groups: each once, with every name it goes by."""

from __future__ import annotations

from tests.unit.convert.documents import document_of
from validator.convert.entities import Entity


def _bodies(text: str) -> dict[str, Entity]:
    return {entity.name: entity for entity in document_of(text).entities.entities if entity.type != "person"}


def _names(entity: Entity, text: str) -> list[str]:
    return [text[start:end] for start, end, _ in entity.mentions]


def test_a_corporate_designator_and_a_defined_acronym_name_one_body() -> None:
    text = (
        "Acme Shipping Inc. said on Monday that the Harbour Trade Board (HTB) had fined it.\n"
        "Acme Shipping will appeal, and the HTB said the fine stands."
    )
    bodies = _bodies(text)
    assert _names(bodies["Acme Shipping Inc."], text)[:2] == ["Acme Shipping Inc.", "Acme Shipping"]
    assert "HTB" in _names(bodies["Harbour Trade Board"], text)


def test_a_companys_arm_in_a_country_is_a_body_of_its_own() -> None:
    text = (
        "Toyota Motor Corporation reported higher sales on Monday.\n"
        "Toyota Australia said on Tuesday that its dealers had sold more cars than ever."
    )
    bodies = _bodies(text)
    assert "Toyota Australia" in bodies
    assert "Toyota Australia" not in _names(bodies["Toyota Motor Corporation"], text)


def test_a_country_is_one_body_whatever_it_is_called() -> None:
    text = "The United States and Japan held talks on Monday. The U.S. said the talks went well."
    bodies = _bodies(text)
    assert {"United States", "U.S."} <= set(_names(bodies["United States"], text))


def test_a_countrys_body_named_by_the_country_is_an_organisation() -> None:
    text = "The Greek government said on Monday that the Greek navy had found the boat."
    bodies = _bodies(text)
    assert bodies["Greek government"].type == "organisation"
    assert bodies["Greek navy"].type == "organisation"


def test_the_noun_a_body_is_described_with_stands_for_it_later() -> None:
    text = (
        "Automaker Acme Motors recalled 20,000 cars on Monday.\nThe automaker said the brakes could fail in the cold."
    )
    bodies = _bodies(text)
    assert "The automaker" in _names(bodies["Acme Motors"], text)
