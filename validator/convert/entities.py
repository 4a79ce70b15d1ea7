"""Who and what an article names: one entity per person, organisation, country or place, with
every mention of it, however written.

`track_entities` gathers mentions in passes, surest first, after the multi-pass sieve of Lee et
al. (2013, "Deterministic coreference resolution based on entity-centric, precision-ranked
rules"): names as the statistical model tags them (`people`, `bodies`); then a name's shorter
forms (a surname, "Mr Smith", an acronym, the name without "Inc."); then descriptions that stand
for an entity named before ("the company", "the minister", "the 45-year-old"); then pronouns
(`coreference`). Every stage asks `Entities.at` who a span of text names, so a speaker, a
participant and a place are one entity everywhere.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, NamedTuple

from ..gazetteers.countries import Country

if TYPE_CHECKING:
    from .layout import Layout

EntityType = Literal["person", "organisation", "country", "place", "group"]
# How a mention names its entity: its name, a shorter form of it ("Smith", "Mr Smith", "the
# Commission"), an acronym, a description ("the company", "the minister") or a pronoun.
MentionKind = Literal["name", "short", "acronym", "description", "pronoun"]
NAMING_KINDS = frozenset({"name", "short", "acronym"})


class Mention(NamedTuple):
    """Words of the text, `text[start:end]`, that name an entity, and how."""

    start: int
    end: int
    kind: MentionKind


@dataclass(eq=False, slots=True)
class Entity:
    """One person, organisation, country, place or group, with every mention of it."""

    type: EntityType
    name: str
    mentions: list[Mention] = field(default_factory=list)
    titles: list[tuple[int, int]] = field(default_factory=list)
    """Words of office written with a person's name ("Defense Minister", "an analyst at ...")."""
    descriptors: set[str] = field(default_factory=set)
    """Nouns the text describes the entity with ("automaker" of "automaker Acme", "lawyer")."""
    country: Country | None = None
    gender: Literal["male", "female"] | None = None
    aliases: set[str] = field(default_factory=set)
    """Other names the text gives it: an acronym, a name with or without "Inc."."""

    @property
    def first(self) -> int:
        return min(mention.start for mention in self.mentions)

    def spans(self, kinds: frozenset[str] | None = None) -> list[tuple[int, int]]:
        """The mentions' spans, in text order (only those of *kinds*, when given)."""
        return sorted((m.start, m.end) for m in self.mentions if kinds is None or m.kind in kinds)

    def add(self, start: int, end: int, kind: MentionKind) -> None:
        if all(mention.start != start for mention in self.mentions):
            self.mentions.append(Mention(start, end, kind))
            self.mentions.sort()


@dataclass(frozen=True, slots=True)
class Entities:
    """The entities of one article, and which one each mention names."""

    entities: tuple[Entity, ...]
    _starts: tuple[int, ...] = field(repr=False)
    _mentions: tuple[tuple[Mention, Entity], ...] = field(repr=False)

    @classmethod
    def of(cls, entities: list[Entity]) -> Entities:
        ordered = sorted((e for e in entities if e.mentions), key=lambda entity: entity.first)
        mentions = sorted(((m, e) for e in ordered for m in e.mentions), key=lambda pair: pair[0])
        return cls(tuple(ordered), tuple(m.start for m, _ in mentions), tuple(mentions))

    def of_type(self, *types: EntityType) -> list[Entity]:
        return [entity for entity in self.entities if entity.type in types]

    @property
    def persons(self) -> list[Entity]:
        return self.of_type("person")

    def at(self, start: int, end: int) -> Entity | None:
        """The entity the words `start`..`end` name: that of a mention starting inside them (the
        first), else that of a mention they lie inside ("Kessel" of "Marta Kessel")."""
        found = self.mention_at(start, end)
        return found[1] if found else None

    def mention_at(self, start: int, end: int) -> tuple[Mention, Entity] | None:
        """The mention the words `start`..`end` are, with its entity (see `at`)."""
        index = bisect.bisect_left(self._starts, start)
        if index < len(self._starts) and self._starts[index] < max(end, start + 1):
            return self._mentions[index]
        for mention, entity in reversed(self._mentions[max(0, index - 8) : index]):
            if mention.start <= start and end <= mention.end:
                return mention, entity
        return None

    def index(self, entity: Entity) -> int:
        """The entity's place among all entities, from 0, in order of first mention."""
        return self.entities.index(entity)


def in_story(layout: Layout, offset: int) -> bool:
    """Whether an entity mention at *offset* counts: in the story, or signing an embedded post."""
    if layout.in_story(offset):
        return True
    return any(post.name[0] <= offset < post.name[1] for post in layout.posts)
