"""Event words: which kind of event each verb and noun reports, as data, with their inflections.

A verb or noun of the table below, found as a predicate, is a trigger of an event of that kind.
Some words report different kinds with different objects or subjects ("launched a missile" is a
launch, "launched an inquiry" a legal act and "launched a phone" an announcement; "won the
election", "won the final" and "won a prize"): `OBJECT_KINDS` and `SUBJECT_KINDS` settle them. Light
verbs ("held talks", "carried out an attack") pass the kind of their object on. Inflected forms
("met", "raided", "probes") are derived from the base forms by English spelling rules, with the
irregular ones listed.
"""

from __future__ import annotations

import functools
import re

# Kind -> base forms of the verbs that report it.
VERBS: dict[str, str] = {
    "statement": "say tell warn insist claim deny accuse urge vow pledge admit confirm argue stress criticise "
                 "criticize slam blast praise apologise apologize defend respond reply allege assert declare blame "
                 "condemn threaten concede question dismiss reject reiterate demand caution complain suggest "
                 "endorse denounce rebut",
    "announcement": "announce unveil introduce disclose reveal identify name publish lower cut raise reduce "
                    "remove suspend halt scrap reverse release appoint hire nominate unveil retire recall rename",
    "meeting": "meet confer negotiate",
    "visit": "visit tour",
    "speech": "address",
    "interview": "interview",
    "agreement": "sign ratify",
    "election": "elect re-elect",
    "vote": "vote",
    "legal": "arrest charge indict sentence convict acquit sue prosecute investigate probe raid fine jail imprison "
             "detain seize ban try testify subpoena rule overturn uphold extradite deport plead penalise penalize",
    "protest": "protest demonstrate rally march riot picket boycott",
    "attack": "attack bomb shoot stab assassinate ambush massacre storm hack kidnap behead shell",
    "military_action": "invade bombard deploy mobilise mobilize intercept shoot-down",
    "launch": "launch test-fire",
    "test": "test",
    "accident": "crash collide derail capsize collapse explode sink",
    "disaster": "erupt flood",
    "sport": "beat defeat draw thrash edge",
    "award": "award honour honor",
}  # fmt: skip
# Kind -> nouns that report it.
NOUNS: dict[str, str] = {
    "statement": "statement remarks comments claim claims warning accusation denial apology pledge vow endorsement",
    "announcement": "announcement unveiling launch release disclosure recall",
    "meeting": "talks meeting meetings consultations negotiations dialogue conference",
    "call": "call phone-call",
    "summit": "summit summits",
    "visit": "visit visits trip tour",
    "speech": "speech address lecture",
    "press_conference": "briefing",
    "interview": "interview",
    "agreement": "agreement deal accord treaty pact truce ceasefire",
    "election": "election elections poll polls ballot primary runoff by-election",
    "vote": "referendum vote",
    "legal": "arrest arrests charges charge trial lawsuit lawsuits suit ruling verdict sentence investigation "
             "investigations probe probes inquiry raid raids fine fines indictment prosecution case complaint "
             "settlement hearing crackdown sanctions conviction acquittal appeal extradition deportation",
    "protest": "protest protests demonstration demonstrations rally rallies march strike walkout riot riots sit-in",
    "attack": "attack attacks bombing bombings shooting shootings stabbing assault massacre ambush hack cyberattack "
              "killing killings",
    "military_action": "airstrike airstrikes offensive invasion shelling incursion drills drill",
    "launch": "liftoff",
    "test": "test tests",
    "accident": "crash collision accident derailment collapse explosion blaze spill leak shipwreck",
    "disaster": "earthquake quake flood floods flooding storm hurricane typhoon cyclone wildfire wildfires tsunami "
                "eruption landslide drought stampede famine outbreak epidemic pandemic blizzard heatwave avalanche "
                "mudslide tornado",
    "sport": "match game final tournament championship race",
    "award": "award awards prize medal honour honor laureate",
    "publication": "study report survey paper research findings",
}  # fmt: skip
# Compound nouns of two words ("press conference", "class action").
COMPOUNDS: dict[str, str] = {
    "press conference": "press_conference", "news conference": "press_conference", "phone call": "call",
    "telephone call": "call", "conference call": "call", "earnings call": "call", "video call": "call",
    "class action": "legal", "phone talks": "meeting", "peace talks": "meeting",
}  # fmt: skip
# What a company reports or posts when it announces its results.
_RESULTS = [
    "revenue",
    "revenues",
    "profit",
    "profits",
    "earnings",
    "loss",
    "losses",
    "results",
    "sales",
    "income",
    "turnover",
    "figures",
]
# What a legislature or a board passes or approves by a vote.
_MEASURES = ["bill", "bills", "law", "legislation", "resolution", "motion", "budget", "amendment", "measure"]
# Verbs whose kind their object decides: the object's head noun -> kind.
OBJECT_KINDS: dict[str, dict[str, str]] = {
    "launch": {
        **dict.fromkeys(
            ["missile", "missiles", "rocket", "rockets", "satellite", "satellites", "probe", "spacecraft"], "launch"
        ),
        **dict.fromkeys(["investigation", "inquiry", "probe", "case", "lawsuit", "prosecution"], "legal"),
        **dict.fromkeys(["attack", "attacks", "offensive", "strikes", "assault", "raid", "raids"], "attack"),
    },
    "fire": dict.fromkeys(["missile", "missiles", "rocket", "rockets", "shot", "shots", "shell", "shells"], "launch"),
    "report": dict.fromkeys(_RESULTS, "announcement"),
    "post": dict.fromkeys(_RESULTS, "announcement"),
    "win": {
        **dict.fromkeys(["election", "vote", "seat", "seats", "nomination", "primary", "mandate"], "election"),
        **dict.fromkeys(["prize", "award", "medal", "honour", "honor"], "award"),
        **dict.fromkeys(
            ["match", "game", "final", "title", "race", "cup", "championship", "gold", "tournament", "series"], "sport"
        ),
    },
    "hold": {},  # a light verb: see LIGHT_VERBS
    "strike": dict.fromkeys(["deal", "agreement", "accord"], "agreement"),
    "call": dict.fromkeys(["election", "elections", "vote", "referendum"], "announcement"),
    **dict.fromkeys(["pass", "approve", "adopt"], dict.fromkeys(_MEASURES, "vote")),
    # Giving one's support is saying so: "threw her support behind", "voiced support for".
    **dict.fromkeys(
        ["throw", "voice", "lend", "offer"], dict.fromkeys(["support", "backing", "endorsement"], "statement")
    ),
    **dict.fromkeys(
        ["back", "support"], dict.fromkeys(["candidate", "candidacy", "bid", "campaign", "nominee"], "statement")
    ),
    # A chamber confirms a nominee by a vote; an authority grants immunity or bail in a case.
    "confirm": dict.fromkeys(["judge", "nominee", "nominees", "nomination", "appointment", "pick", "justice"], "vote"),
    "grant": dict.fromkeys(["immunity", "bail", "clemency", "pardon", "asylum", "parole", "extradition"], "legal"),
}
# Nouns for people who speak for no one but themselves: what they say is not a statement event
# ("some users say", "owners have claimed"), unlike what officials, sources or bodies say.
LAY_SPEAKERS = frozenset(
    "users owners customers people residents fans viewers readers players parents voters shoppers drivers "
    "passengers consumers watchers observers commenters critics employees workers members".split()
)
# Sources whose word makes a statement: officials and bodies, named or not ("according to police").
OFFICIAL_SOURCES = frozenset(
    "official officials police authorities government ministry spokesman spokeswoman spokesperson prosecutor "
    "prosecutors investigators court committee commission regulator regulators military army navy source sources "
    "department office council agency administration embassy minister president".split()
)
# Nouns that count the people they introduce ("a number of owners", "some of the residents").
QUANTITY_NOUNS = frozenset(
    ["number", "group", "handful", "majority", "minority", "few", "some", "many", "most", "half", "dozens", "hundreds"]
)
# Nouns of the media: "according to" one of them cites where the news came from.
MEDIA_NOUNS = frozenset(
    "agency newspaper paper television tv radio broadcaster outlet website site magazine daily report reports "
    "media channel wire".split()
)
# Nouns for research and its authors: what they "say" or "find" is a publication's finding.
_RESEARCH = [
    "study",
    "studies",
    "report",
    "survey",
    "poll",
    "research",
    "researchers",
    "scientists",
    "analysis",
    "paper",
    "data",
    "findings",
    "figures",
    "statistics",
    "authors",
    "experts",
    "academics",
]
RESEARCH_NOUNS = frozenset(_RESEARCH)
# Verbs of a contested assertion: what they report is a claim, not an event the news asserts.
CLAIM_VERBS = frozenset(["claim", "allege", "accuse", "deny", "insist", "contend", "maintain"])
# Verbs whose kind their subject decides: the subject's head noun -> kind ("an earthquake struck").
SUBJECT_KINDS: dict[str, dict[str, str]] = {
    "strike": {
        **dict.fromkeys(["earthquake", "quake", "storm", "hurricane", "typhoon", "cyclone", "tsunami"], "disaster"),
        **dict.fromkeys(["workers", "union", "unions", "staff", "employees"], "protest"),
    },
    "hit": dict.fromkeys(
        ["earthquake", "quake", "storm", "hurricane", "typhoon", "cyclone", "tsunami", "flood", "floods"], "disaster"
    ),
    "find": dict.fromkeys(_RESEARCH, "publication"),
    "show": dict.fromkeys(_RESEARCH, "publication"),
    "kill": dict.fromkeys(
        ["earthquake", "quake", "storm", "hurricane", "typhoon", "cyclone", "tsunami", "flood", "floods"], "disaster"
    ),
}
# Objects of "raise" that make it no announcement: "raising eyebrows", "raised questions", "raised money".
RAISE_IDIOMS = frozenset(
    "eyebrows eyebrow questions question concerns concern doubts doubt alarm fears hopes hand hands money funds "
    "cash voice voices issue issues profile stakes".split()
)
# Verbs of taking sides, a statement when what they take is someone named ("backs Ilse Varnholt").
SIDING_VERBS = frozenset(["back", "support"])
# Phrasal verbs: the verb with its particle reports its own kind ("turned off", "stepped down").
PHRASAL_KINDS: dict[tuple[str, str], str] = {
    ("turn", "off"): "announcement", ("turn", "on"): "announcement", ("roll", "out"): "announcement",
    ("roll", "back"): "announcement", ("shut", "down"): "announcement", ("take", "down"): "announcement",
    ("set", "up"): "announcement", ("step", "down"): "announcement", ("pull", "out"): "announcement",
    ("phase", "out"): "announcement", ("scale", "back"): "announcement", ("crack", "down"): "legal",
    ("lock", "up"): "legal", ("blow", "up"): "attack", ("walk", "out"): "protest", ("walk", "off"): "protest",
    ("speak", "out"): "statement", ("lash", "out"): "statement", ("hit", "back"): "statement",
    ("point", "out"): "statement", ("sign", "off"): "agreement", ("sound", "off"): "statement",
    ("double", "down"): "statement", ("fire", "back"): "statement", ("push", "back"): "statement",
    ("weigh", "in"): "statement",
}  # fmt: skip
# Verbs that carry the event their object names ("held talks", "carried out an attack").
LIGHT_VERBS = frozenset(
    "hold conduct stage carry make give deliver launch open begin start attend join host organise organize have "
    "mount file bring face open undergo".split()
)
# Verbs that say an act is not done: what they govern did not happen ("refrained from testing").
ABSTAINING_VERBS = frozenset("refrain abstain avoid stop cease halt suspend forgo refuse decline fail".split())
# Kinds through which news is told (statements, announcements, publications), which accompany every
# other kind: a specific kind of equal weight beats them.
GENERIC_KINDS = frozenset({"statement", "announcement", "publication"})
# Kinds of which a story reports many, each with its own parties: a later mention is the same
# event only when it names one of its parties or refers back to it ("the talks").
RECURRING_KINDS = GENERIC_KINDS | {"meeting"}
# Kinds a clause reported by a verb of speech carries over that verb: what the speaker said
# happened ("the two sides met, the ministry said"), rather than that they said so.
REPORTABLE_KINDS = frozenset(set(VERBS) | set(NOUNS) | {"call", "summit"}) - {
    "statement",
    "announcement",
    "publication",
}
# Verbs of a shared outcome ("the three countries agreed to ...", "the leaders pledged ..."): with
# several parties as subject they report the talks in which they were reached.
JOINT_OUTCOME_VERBS = frozenset(
    ["agree", "pledge", "vow", "affirm", "reaffirm", "discuss", "underline", "emphasise", "emphasize", "share"]
)
# Kinds of speech: a verb of these reporting a clause says how the news is sourced.
SPEECH_KINDS = frozenset({"statement"})

_IRREGULAR = {
    "said": "say", "says": "say", "told": "tell", "met": "meet", "meets": "meet", "shot": "shoot", "beat": "beat",
    "beaten": "beat", "won": "win", "wins": "win", "winning": "win", "fought": "fight", "held": "hold",
    "made": "make", "gave": "give", "given": "give", "begun": "begin", "began": "begin", "brought": "bring",
    "struck": "strike", "stricken": "strike", "striking": "strike", "strikes": "strike", "sank": "sink",
    "sunk": "sink", "found": "find", "drew": "draw", "drawn": "draw", "hit": "hit", "hits": "hit",
    "hitting": "hit", "ran": "run", "undergone": "undergo", "underwent": "undergo", "tried": "try",
    "tries": "try", "fled": "flee", "led": "lead", "sought": "seek", "put": "put", "cut": "cut",
    "cutting": "cut", "cuts": "cut", "set": "set", "had": "have", "has": "have", "did": "do", "done": "do",
    "went": "go", "gone": "go", "took": "take", "taken": "take", "forbade": "forbid", "spoke": "speak",
    "spoken": "speak", "fired": "fire", "firing": "fire", "fires": "fire", "launched": "launch",
    "launches": "launch", "launching": "launch", "called": "call", "calling": "call", "calls": "call",
    "killed": "kill", "killing": "kill", "kills": "kill",
    "threw": "throw", "thrown": "throw", "throws": "throw",
}  # fmt: skip
# Verbs of more than one syllable stressed on the last, which double their final consonant too.
_FINAL_STRESS = frozenset({
    "admit", "commit", "permit", "submit", "omit", "emit", "confer", "refer", "prefer", "transfer", "occur",
    "kidnap", "begin", "regret", "control", "patrol", "compel", "expel", "propel", "rebel", "equip",
})  # fmt: skip
_SHORT_CLOSED = re.compile(r"\A[^aeiou]*[aeiou][bdgklmnprt]\Z")  # one syllable, one vowel, one final consonant


def inflections(base: str) -> set[str]:
    """The regular inflections of a verb's base form: -s, -ed and -ing, as English spells them."""
    forms = {base}
    if base.endswith("ee"):
        forms |= {base + "s", base + "d", base + "ing"}
    elif base.endswith("e"):
        forms |= {base + "s", base + "d", base[:-1] + "ing"}
    elif base.endswith("y") and base[-2:-1] not in set("aeiou"):
        forms |= {base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    elif base.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {base + "es", base + "ed", base + "ing"}
    elif _SHORT_CLOSED.match(base) or base in _FINAL_STRESS:
        forms |= {base + "s", base + base[-1] + "ed", base + base[-1] + "ing"}
    else:
        forms |= {base + "s", base + "ed", base + "ing"}
    return forms


@functools.cache
def _verb_forms() -> dict[str, str]:
    """Every inflected form of the verbs of the tables and their light and decided verbs -> base."""
    bases = {base for words in VERBS.values() for base in words.split()}
    bases |= set(OBJECT_KINDS) | set(SUBJECT_KINDS) | LIGHT_VERBS | JOINT_OUTCOME_VERBS
    bases |= {verb for verb, _ in PHRASAL_KINDS} | ABSTAINING_VERBS
    forms = {form: base for base in bases for form in inflections(base)}
    forms.update(_IRREGULAR)
    return forms


@functools.cache
def _verb_kinds() -> dict[str, str]:
    return {base: kind for kind, words in VERBS.items() for base in words.split()}


@functools.cache
def _noun_kinds() -> dict[str, str]:
    return {noun: kind for kind, words in NOUNS.items() for noun in words.split()}


def verb_base(word: str) -> str:
    """The base form of a verb of the tables, from any of its forms (an unknown word as it is)."""
    lower = word.lower()
    return _verb_forms().get(lower, lower)


def verb_kind(word: str) -> str | None:
    """The kind of event a verb reports on its own, if any ("raided" -> legal)."""
    return _verb_kinds().get(verb_base(word))


def noun_kind(word: str, modifier: str | None = None) -> str | None:
    """The kind of event a noun reports, with the word before it for two-word nouns ("press conference")."""
    lower = word.lower()
    if modifier is not None and (found := COMPOUNDS.get(f"{modifier.lower()} {lower}")) is not None:
        return found
    return _noun_kinds().get(lower)
