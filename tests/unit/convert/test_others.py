"""The other events of an article: earlier, planned and cancelled, apart from the main one."""

from __future__ import annotations

from tests.conftest import SEEDS
from tests.unit.convert.documents import document_of
from validator.convert.events import main_event
from validator.convert.others import OtherEvent, other_events
from validator.convert.when import event_date

SEED = (SEEDS / "kyodo-2022-02-10-trilateral-defense-talks.txt").read_text(encoding="utf-8")


def _others(text: str, published: str) -> list[OtherEvent]:
    document = document_of(text, published=published)
    main = main_event(document)
    return other_events(document, main, event_date(document, main))


def _summary(events: list[OtherEvent]) -> set[tuple[str, str, str | None]]:
    return {(e.kind, e.lifecycle, e.date.value if e.date else None) for e in events}


def test_the_seed_reports_an_earlier_a_cancelled_and_a_planned_meeting_and_missile_launches() -> None:
    found = _others(SEED, "2022-02-10")
    summary = _summary(found)
    assert {("meeting", "occurred", "2019-11"), ("meeting", "cancelled", "2022-01"), ("meeting", "planned", None)} <= (
        summary
    )
    assert any(event.kind == "launch" for event in found)
    relations = {(e.lifecycle, e.date.value if e.date else None): e.relation for e in found if e.kind == "meeting"}
    assert relations[("occurred", "2019-11")] == "follows"
    assert relations[("planned", None)] == "precedes"
    for event in found:
        assert SEED[event.cue.start : event.cue.end] == event.cue.text
        assert event.lifecycle_cue is None or SEED[event.lifecycle_cue.start : event.lifecycle_cue.end] == (
            event.lifecycle_cue.text
        )


def test_the_main_event_mentioned_again_is_not_another_event() -> None:
    text = (
        "Leaders hold talks in Oslo\nThe leaders of Norway and Sweden held talks in Oslo on Monday.\n"
        "After the talks, the two leaders walked through the old town together with their delegations."
    )
    assert _others(text, "2024-05-07") == []


def test_a_postponed_vote_is_planned_work_that_follows() -> None:
    text = (
        "Parliament passes budget\nThe parliament passed the budget on Tuesday after a long debate in the chamber.\n"
        "A separate referendum on the new constitution was postponed until next year, officials said."
    )
    found = _others(text, "2024-05-08")
    assert [(e.kind, e.lifecycle, e.relation) for e in found] == [("vote", "postponed", "precedes")]


def test_reporting_words_are_not_events() -> None:
    text = (
        "Waters recede in the north\nThe waters receded on Monday across the northern provinces of the "
        "country.\nThe ministry said in a statement that it announced new aid, and a report was published."
    )
    assert _others(text, "2024-05-07") == []
