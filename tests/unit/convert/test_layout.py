"""The layout of an article: each paragraph's zone, the wire dateline opening the story, and
embedded posts, as spans of the unchanged text."""

from __future__ import annotations

import pytest

from validator.convert.layout import Layout, read_layout

LEAD = "The Harbour Trade Board postponed its vote on the dredging plan after two members asked for more figures."
LATER = "The board will meet again next month to consider a smaller version of the plan, its chair said."


def _zones(text: str, *, titled: bool = False) -> list[tuple[str, str]]:
    layout = read_layout(text, titled=titled)
    return [(block.zone, text[block.start : block.end]) for block in layout.blocks]


def _zone_of(line: str) -> str:
    """The zone of *line* set between a lead and a later paragraph of a story."""
    text = f"Board delays dredging vote\n{LEAD}\n{line}\n{LATER}"
    zones = {words: zone for zone, words in _zones(text)}
    return zones[line]


def _span(text: str, span: tuple[int, int] | None) -> str | None:
    return None if span is None else text[span[0] : span[1]]


def test_a_short_first_line_is_the_headline_and_a_later_one_without_a_full_stop_a_heading() -> None:
    text = f"Harbour Board Delays Dredging Vote\nMembers want more time to study the costs\n{LEAD}"
    assert _zones(text) == [
        ("headline", "Harbour Board Delays Dredging Vote"),
        ("heading", "Members want more time to study the costs"),
        ("body", LEAD),
    ]


def test_a_title_with_its_deck_on_a_second_line_is_one_headline() -> None:
    text = f"Board Delays Vote;\nMembers Want More Figures.\n{LEAD}"
    layout = read_layout(text, titled=True, headline_lines=2)
    assert [(block.zone, text[block.start : block.end]) for block in layout.blocks] == [
        ("headline", "Board Delays Vote;\nMembers Want More Figures."),
        ("body", LEAD),
    ]


def test_a_section_label_in_capitals_is_a_heading_not_a_sentence() -> None:
    assert _zone_of("FULL TEXT.") == "heading"
    assert _zone_of("ABSTRACT:") == "heading"


def test_a_titled_text_has_its_first_line_as_headline_even_when_it_reads_as_prose() -> None:
    assert [zone for zone, _ in _zones(f"{LATER}\n{LEAD}", titled=True)] == ["headline", "body"]
    assert [zone for zone, _ in _zones(f"{LATER}\n{LEAD}")] == ["body", "body"]


@pytest.mark.parametrize(
    ("line", "zone"),
    [
        ("Friday, March 3, 2023", "dateline"),
        ("Updated 4:05 pm", "dateline"),
        ("By Ana Berg and Tomas Lind", "byline"),
        ("Tomas Lind contributed to this report.", "byline"),
        ("Image: The old quay at Veldra at low tide", "caption"),
        ("(Photo by Ana Berg)", "caption"),
        ("Boats moored at the old quay in Veldra. Ana Berg/Coastline Wire", "caption"),
        ("A crowd gathers outside the board offices, via Coastline Wire", "caption"),
        ("taken from the north pier", "caption"),
        ("Advertisement", "boilerplate"),
        ("Read more: Why the quay at Veldra keeps silting up", "boilerplate"),
        ("Sign up for our weekly harbour newsletter", "boilerplate"),
    ],
)
def test_page_furniture_gets_its_own_zone(line: str, zone: str) -> None:
    assert _zone_of(line) == zone


@pytest.mark.parametrize(
    "words",
    [
        "Dredging the estuary would ruin the spawning grounds, and the board knows it",
        "Dredging the estuary would ruin the spawning grounds of the eels and the flounder that breed there every "
        "spring, and we will fight the plan until the board listens to us",
    ],
    ids=["short", "long"],
)
def test_a_line_signed_as_a_social_media_post_is_a_post_with_its_name_and_handle(words: str) -> None:
    line = f"{words} pic.twitter.com/x1y2z3 \u2014 Mira Holt (@mirahholt) March 2, 2023"
    text = f"Board delays dredging vote\n{LEAD}\n{line}\n{LATER}"
    layout = read_layout(text)
    assert [block.zone for block in layout.blocks] == ["headline", "body", "post", "body"]
    [post] = layout.posts
    assert (_span(text, post.words), _span(text, post.name), post.handle) == (words, "Mira Holt", "mirahholt")


def test_everything_after_an_end_matter_heading_is_boilerplate() -> None:
    for heading in ("Related coverage:", "Sources"):
        text = f"Board delays dredging vote\n{LEAD}\n{heading}\nBoard approves new ferry timetable\n{LATER}"
        assert [zone for zone, _ in _zones(text)] == ["headline", "body", "boilerplate", "boilerplate", "boilerplate"]


def test_a_paragraph_given_again_word_for_word_is_a_repeat() -> None:
    text = f"Board delays dredging vote\n{LEAD}\n{LATER}\n{LEAD}"
    assert [zone for zone, _ in _zones(text)] == ["headline", "body", "body", "repeat"]


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        ("VELDRA (Coastline Wire) - ", "VELDRA", "Coastline Wire"),
        ("VELDRA, Ostmark (Coastline Wire) -- ", "VELDRA, Ostmark", "Coastline Wire"),
        ("Veldra (Coastline Wire) - ", "Veldra", "Coastline Wire"),
        ("Chisinau - ", "Chisinau", None),
        ("Paraguay - ", "Paraguay", None),
    ],
)
def test_a_wire_dateline_opening_the_first_paragraph_is_found_with_its_place_and_agency(
    opening: str, place: str, agency: str | None
) -> None:
    text = f"Board delays dredging vote\n{opening}{LEAD}"
    dateline = read_layout(text).dateline
    assert dateline is not None
    assert text[dateline.start : dateline.end] == opening
    assert (_span(text, dateline.place), _span(text, dateline.agency)) == (place, agency)


def test_a_title_case_dateline_without_an_agency_needs_a_known_place() -> None:
    assert read_layout(f"Board delays dredging vote\nVeldra - {LEAD}").dateline is None
    assert read_layout(f"Board delays dredging vote\n{LEAD}").dateline is None


def test_a_date_stamp_run_into_the_first_paragraph_is_a_dateline_without_place_or_agency() -> None:
    text = f"Board delays dredging vote\nFriday, March 3, 2023 {LEAD}"
    dateline = read_layout(text).dateline
    assert dateline is not None
    assert text[dateline.start : dateline.end] == "Friday, March 3, 2023 "
    assert (dateline.place, dateline.agency) == (None, None)


def test_zones_are_spans_of_the_text_looked_up_by_offset() -> None:
    text = f"Board delays dredging vote\n\nVELDRA (Coastline Wire) - {LEAD}\n\nAdvertisement\n"
    layout: Layout = read_layout(text)
    headline, body, advert = layout.blocks
    assert advert.zone == "boilerplate"
    assert layout.headline == headline
    assert layout.body() == [body]
    assert layout.block_at(0) == layout.block_at(headline.end - 1) == headline
    assert layout.block_at(headline.end) is None  # the blank line between paragraphs
    assert layout.zone_at(headline.end) is None
    assert layout.block_at(text.index("VELDRA")) == body
    assert layout.zone_at(text.index("VELDRA")) == "dateline"
    assert not layout.in_story(text.index("Coastline"))
    assert layout.zone_at(text.index("The Harbour")) == "body"
    assert layout.in_story(text.index("The Harbour"))
    assert layout.in_story(0)
    assert layout.zone_at(text.index("Advertisement")) == "boilerplate"
    assert not layout.in_story(text.index("Advertisement"))
    assert layout.block_at(len(text)) is None
