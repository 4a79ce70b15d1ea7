"""The main event's date and duration, chosen among the temporal engine's expressions."""

from __future__ import annotations

from datetime import date

from tests.conftest import SEEDS
from tests.unit.convert.documents import document_of
from validator.convert.events import main_event
from validator.convert.when import event_date, event_duration

SEED = (SEEDS / "kyodo-2022-02-10-trilateral-defense-talks.txt").read_text(encoding="utf-8")


def _when(text: str, published: str) -> tuple[str | None, str | None]:
    document = document_of(text, published=published)
    found = event_date(document, main_event(document))
    duration = event_duration(document.text, document.dates.expressions)
    return (found.value if found else None), (duration.value if duration else None)


def test_the_seed_talks_were_on_thursday_and_lasted_thirty_minutes() -> None:
    assert _when(SEED, "2022-02-10") == ("2022-02-10", "PT30M")


def test_the_dateline_is_not_the_event_date() -> None:
    text = (
        "Storm floods coastal towns\nTuesday, March 4, 2025\n"
        "Heavy rain flooded three coastal towns on Sunday, forcing hundreds of families from their homes."
    )
    assert _when(text, "2025-03-04") == ("2025-03-02", None)


def test_a_lead_without_a_date_gives_none_not_the_publication_date() -> None:
    text = "Council approves new park\nThe city council approved plans for a new park after a long debate."
    assert _when(text, "2025-03-04") == (None, None)


def test_a_duration_counts_only_when_it_qualifies_an_event() -> None:
    text = (
        "Leaders meet\nThe two leaders met on Monday for talks lasting two hours.\nThe bridge took 10 years to build."
    )
    assert _when(text, "2025-03-04") == ("2025-03-03", "PT2H")


def test_a_photo_caption_is_not_the_lead() -> None:
    text = (
        "Ministers agree on fishing quotas\nTuesday, March 4, 2025\n"
        "The two ministers in Oslo on October 25, 2022. Image: Government of Norway.\n"
        "Fisheries ministers from Norway and Iceland today agreed new quotas for the North Atlantic herring stock."
    )
    assert _when(text, "2025-03-04") == ("2025-03-04", None)


def test_the_date_of_a_source_is_not_the_date_of_the_event() -> None:
    text = (
        "Hackers attack bank website\nAccording to a forum post made two days ago, the bank's website is "
        "under attack. The attack began on Friday, the bank said."
    )
    assert _when(text, "2025-03-04")[0] == "2025-02-28"


def test_a_day_is_preferred_to_a_year_that_is_a_reference() -> None:
    text = (
        "Study warns of crop losses\nResearchers have modelled crop losses by 2050 against 2000 levels for "
        "every region.\nThe study was published in a journal yesterday."
    )
    assert _when(text, "2025-03-04")[0] == "2025-03-03"


def test_a_video_or_audio_caption_is_not_the_lead_either() -> None:
    text = (
        "Museum opens new wing\nTuesday, March 4, 2025\n"
        "Opening night, October 25, 2022, of the old wing at the city museum. Video: Museum staff.\n"
        "The director talks about the new wing at the city museum in Bergen. Audio: City Radio.\n"
        "The city museum in Bergen today opened its new wing to the public after three years of building work."
    )
    assert _when(text, "2025-03-04") == ("2025-03-04", None)


def _when_published(text: str, published: str) -> str | None:
    document = document_of(text, published=published)
    found = event_date(document, main_event(document), date.fromisoformat(published))
    return found.value if found else None


def test_a_week_in_the_lead_is_narrowed_to_the_day_named_soon_after_inside_it() -> None:
    text = (
        "Harbour festival draws crowds\nWednesday, June 18, 2025\n"
        "Last week saw the start of the summer harbour festival in the old port of the town.\n"
        "The mayor opened the festival on June 10 with a parade of boats and a concert on the quay.\n"
        "On Saturday, June 28, the festival will end with fireworks over the water."
    )
    assert _when_published(text, "2025-06-18") == "2025-06-10"


def test_a_day_outside_the_week_does_not_narrow_it() -> None:
    text = (
        "Harbour festival draws crowds\nWednesday, June 18, 2025\n"
        "Last week saw the start of the summer harbour festival in the old port of the town.\n"
        "The festival will end with fireworks over the water on Saturday, June 28."
    )
    assert _when_published(text, "2025-06-18") == "2025-W24"


def test_a_day_after_publication_a_caption_or_a_source_does_not_narrow_a_week() -> None:
    published = "2025-06-18"
    later = (
        "Harbour festival draws crowds\nWednesday, June 18, 2025\n"
        "This week saw the start of the summer harbour festival in the old port of the town.\n"
        "The mayor will close the festival on Friday with a parade of boats and a concert on the quay."
    )
    assert _when_published(later, published) == "2025-W25"
    caption = (
        "Harbour festival draws crowds\nWednesday, June 18, 2025\n"
        "Last week saw the start of the summer harbour festival in the old port of the town.\n"
        "Boats in the harbour on Tuesday, June 10. Image: Town Council."
    )
    assert _when_published(caption, published) == "2025-W24"
    source = (
        "Harbour festival draws crowds\nWednesday, June 18, 2025\n"
        "Last week saw the start of the summer harbour festival in the old port of the town.\n"
        "According to a post made on Tuesday, June 10, the festival drew more visitors than ever."
    )
    assert _when_published(source, published) == "2025-W24"


def test_the_date_the_trigger_governs_comes_before_others_in_its_sentence() -> None:
    text = (
        "Board fines shipping firm\nThe Harbour Board, which opened an inquiry in January, fined Acme Shipping "
        "on Monday for dumping waste."
    )
    assert _when(text, "2025-03-05")[0] == "2025-03-03"


def test_a_date_stamp_run_into_the_first_paragraph_is_not_the_event_date() -> None:
    text = "Council approves park\nThursday, May 7, 2015 On Tuesday, the council approved plans for a new park."
    assert _when(text, "2015-05-07")[0] == "2015-05-05"


def test_the_first_sentence_after_a_wire_dateline_is_the_lead() -> None:
    text = "Minister warns of deficit\nLYON (Agence Veldra) - The finance minister warned on Monday of a deficit."
    document = document_of(text, published="2025-03-05")
    assert next(document.text[s.start : s.end] for s in document.story()).startswith("LYON")
    assert _when(text, "2025-03-05")[0] == "2025-03-03"


def test_a_date_in_a_clause_of_another_event_is_not_the_event_date() -> None:
    text = (
        "Acme reports loss\n"
        "Acme reported a loss for the quarter, its first since it opened in May.\n"
        "After users reported a fault last week, the company recalled its routers."
    )
    assert _when(text, "2025-11-10")[0] is None


def test_the_period_a_figure_covers_is_not_the_event_date() -> None:
    text = "Acme profits fall\nAcme posted lower profits in the third quarter of the year, hit by the recall."
    assert _when(text, "2025-11-10")[0] is None


def test_the_end_of_the_period_a_figure_covers_is_not_the_event_date() -> None:
    text = (
        "Acme sales climb\nAcme Shipping reported sales 5 percent higher in the three months to the end of September."
    )
    assert _when(text, "2025-11-10")[0] is None


def test_a_date_long_before_publication_beside_another_mention_is_background() -> None:
    text = (
        "Acme has yet to repair half its cranes, inspectors say\n"
        "Acme Shipping has yet to repair half of its cranes, according to the harbour inspectors.\n"
        "The company admitted in March 2023 that the cranes were unsafe."
    )
    assert _when_published(text, "2025-11-10") is None


def test_a_week_is_narrowed_to_a_day_a_quotation_two_paragraphs_on_names() -> None:
    text = (
        "Harbour Board installs new cranes\n"
        "The Harbour Board installed the last of its new cranes at the east pier last week.\n"
        "The work ended as the port was about to open its winter season.\n"
        '"The crews lifted the last crane into place on Thursday, Nov. 6," the board said.'
    )
    assert _when_published(text, "2025-11-12") == "2025-11-06"


def test_a_date_naming_another_event_or_a_persons_earlier_act_is_not_the_event_date() -> None:
    text = (
        "Harbour Board delays dredging\n"
        "Ahead of Tuesday's council vote, the Harbour Board delayed the dredging of the east channel.\n"
        "Tom Ray, who a week ago quit the board, welcomed the delay."
    )
    assert _when_published(text, "2025-11-07") is None


def test_a_date_of_the_setting_of_what_is_reported_is_the_event_date() -> None:
    text = "Mayor pledges new pier\nThe mayor pledged a new pier during Saturday's debate at the town hall."
    assert _when_published(text, "2025-11-10") == "2025-11-08"
