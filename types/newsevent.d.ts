/* Generated from the newsevent JSON Schemas by node/generate_types.mjs. Do not edit. */

/**
 * A JSON document carrying news-event records together with metadata about the feed. Feeds can also be exchanged as JSON Lines, one record per line, without this wrapper.
 */
export interface NewsEventFeed {
  /**
   * Version of this specification the feed follows, `MAJOR.MINOR`.
   */
  specversion: string;
  feed: FeedInfo;
  /**
   * The records, in any order; their ids are unique in the feed.
   */
  records: NewsEventRecord[];
  /**
   * Producer data outside the core format. Each key is a reverse-DNS namespace the producer controls (e.g. `com.example.newsroom`); each value is an object the producer defines. The core itself is closed: unknown keys elsewhere are errors.
   */
  extensions?: {
    [k: string]: {};
  };
}
/**
 * Metadata about the feed.
 */
export interface FeedInfo {
  /**
   * The feed's identifier (a URI).
   */
  id: string;
  /**
   * The feed's name.
   */
  title?: string;
  /**
   * Who publishes the feed.
   */
  publisher?: string;
  /**
   * What the feed contains.
   */
  description?: string;
  /**
   * Where the feed is published.
   */
  url?: string;
  /**
   * When this copy of the feed was generated.
   */
  generated?: string;
  /**
   * The main language of the records (BCP 47).
   */
  language?: string;
}
/**
 * One event reported in the news, self-contained: an envelope (specification version, identity, producer, version, status), the event, the entities and their participations, places, temporal values and statements, which refer to each other by local ids, the source article, provenance and namespaced extensions.
 */
export interface NewsEventRecord {
  /**
   * Version of this specification the record follows, `MAJOR.MINOR`. The name of this property never changes; consumers accept any minor version of a major they know.
   */
  specversion: string;
  /**
   * The record's identifier, unique for its `source` and stable across versions.
   */
  id: string;
  /**
   * URI of the producer of the record (a feed, a tool, an organisation).
   */
  source: string;
  /**
   * The record's version, 1 for the first; a corrected record keeps its `id` and raises it.
   */
  version: number;
  /**
   * `active`; `withdrawn` (retracted, no successor); `superseded` (replaced by the record named in `superseded_by`); `merged` (a duplicate folded into `superseded_by`).
   */
  status: "active" | "withdrawn" | "superseded" | "merged";
  /**
   * The record that replaces this one; required when `superseded` or `merged`.
   */
  superseded_by?: string;
  /**
   * Records this one replaces or absorbed.
   *
   * Items: The `id` of another record (a URI or URN, no whitespace).
   */
  supersedes?: string[];
  /**
   * The `$id` of the schema the record follows.
   */
  dataschema?: string;
  /**
   * When this version of the record was produced.
   */
  created?: string;
  /**
   * A one-line human-readable title of the record.
   */
  title?: string;
  event: NewsEventEvent;
  /**
   * People, organisations, countries and groups the record refers to.
   */
  entities?: NewsEventEntity[];
  /**
   * Who took part in the event, and how.
   */
  participations?: NewsEventParticipation[];
  /**
   * Places of the event, of its participants, and places mentioned.
   */
  places?: NewsEventPlace[];
  /**
   * Dates, times, durations and sets the record refers to.
   */
  times?: NewsEventTemporalValue[];
  /**
   * What participants and others said about the event.
   */
  statements?: NewsEventStatement[];
  article: NewsEventSourceArticle;
  provenance?: Provenance6;
  /**
   * Producer data outside the core format. Each key is a reverse-DNS namespace the producer controls (e.g. `com.example.newsroom`); each value is an object the producer defines. The core itself is closed: unknown keys elsewhere are errors.
   */
  extensions?: {
    [k: string]: {};
  };
}
/**
 * The event the record reports.
 */
export interface NewsEventEvent {
  /**
   * Identifier of this object, unique within the record (letters, digits, _ . -).
   */
  id: string;
  /**
   * The kind of event: `meeting` (talks between parties, whatever the mode), `call`, `summit`, `visit`, `speech`, `statement`, `press_conference`, `interview`, `announcement`, `agreement`, `election`, `vote`, `legal` (an arrest, charge, trial or ruling), `protest`, `attack`, `military_action`, `launch` (a missile or rocket), `test`, `accident`, `disaster`, `sport`, `award`, `publication` (a study or report) or `other`.
   */
  kind:
    | "meeting"
    | "call"
    | "summit"
    | "visit"
    | "speech"
    | "statement"
    | "press_conference"
    | "interview"
    | "announcement"
    | "agreement"
    | "election"
    | "vote"
    | "legal"
    | "protest"
    | "attack"
    | "military_action"
    | "launch"
    | "test"
    | "accident"
    | "disaster"
    | "sport"
    | "award"
    | "publication"
    | "other";
  /**
   * The kind in other classification schemes.
   */
  kind_codes?: KindCode[];
  /**
   * The event in one line.
   */
  summary?: string;
  /**
   * How the event was held: `in_person`, `phone`, `video`, `hybrid`, `written`, `online` or `unknown`. Absent when the kind has no mode (a launch, a disaster).
   */
  mode?: "in_person" | "phone" | "video" | "hybrid" | "written" | "online" | "unknown";
  /**
   * Where the event stands: `planned`, `ongoing`, `occurred`, `postponed` or `cancelled`.
   */
  lifecycle: "planned" | "ongoing" | "occurred" | "postponed" | "cancelled";
  /**
   * How firmly the source presents the event: `asserted` (as fact, in its own voice), `reported` (on someone's word), `uncertain`, `hypothetical` or `denied`.
   */
  factuality: "asserted" | "reported" | "uncertain" | "hypothetical" | "denied";
  /**
   * The `id` of the temporal value of when the event happened.
   */
  time?: string;
  /**
   * The `id` of the temporal value of how long it lasted.
   */
  duration?: string;
  /**
   * Links to the events of other records.
   */
  related?: RelatedEvent[];
  /**
   * Where the event is reported in the source text.
   */
  evidence?: Evidence[];
  provenance?: Provenance;
  /**
   * Producer data outside the core format. Each key is a reverse-DNS namespace the producer controls (e.g. `com.example.newsroom`); each value is an object the producer defines. The core itself is closed: unknown keys elsewhere are errors.
   */
  extensions?: {
    [k: string]: {};
  };
}
/**
 * The event's kind in another classification scheme.
 */
export interface KindCode {
  /**
   * The scheme, lower case (e.g. `plover`, `cameo`, `iptc-mediatopic`).
   */
  scheme: string;
  /**
   * The code within the scheme.
   */
  code: string;
  /**
   * The code's label.
   */
  label?: string;
}
/**
 * A link from this record's event to the event of another record.
 */
export interface RelatedEvent {
  /**
   * How this event relates to the other: it `follows` or `precedes` it, `replaces` it (or is `replaced_by` it), is `part_of` it (or `has_part`), is `caused_by` it (or `causes` it), or the other is `context` for it.
   */
  relation:
    "follows" | "precedes" | "replaces" | "replaced_by" | "part_of" | "has_part" | "caused_by" | "causes" | "context";
  /**
   * The `id` of the other event's record.
   */
  record: string;
  /**
   * The other event in a few words.
   */
  summary?: string;
}
/**
 * A span of the source article's text that supports a value.
 */
export interface Evidence {
  /**
   * Offset of the first character of the span in the article text (in Unicode code points, from 0).
   */
  start: number;
  /**
   * Offset just past the last character of the span (exclusive).
   */
  end: number;
  /**
   * The exact text of the span, so the evidence can be checked and re-anchored.
   */
  text: string;
}
/**
 * How the event was found.
 */
export interface Provenance {
  /**
   * How the value was obtained: `manual` (written by a person), `rule` (a deterministic rule), `statistical` (a trained model), `hybrid` (rules over a model's output), `inferred` (derived from other values, not stated in the text), `imported` (copied from another data set) or `normalised` (rewritten into the format's form from a value that was already there).
   */
  method: "manual" | "rule" | "statistical" | "hybrid" | "inferred" | "imported" | "normalised";
  /**
   * Name of the tool or person that produced the value.
   */
  tool?: string;
  /**
   * Version of the tool.
   */
  version?: string;
  /**
   * Name of the rule, model or gazetteer that produced the value.
   */
  rule?: string;
  /**
   * Confidence in the value, from 0 (none) to 1 (certain).
   */
  confidence?: number;
  /**
   * When the value was produced (RFC 3339 with an offset).
   */
  created?: string;
  /**
   * Why the value is what it is, in words, where the method alone does not say.
   */
  note?: string;
}
/**
 * A person, organisation, country or group named in a news text. What an entity did in the event (role, title, whom it represented) belongs to a participation, not to the entity.
 */
export interface NewsEventEntity {
  /**
   * Identifier of this object, unique within the record (letters, digits, _ . -).
   */
  id: string;
  /**
   * `person`; `organisation` (a ministry, company, party, team, agency); `country` (a state acting as such); `group` (an unnamed or collective actor, e.g. "protesters"); `other`.
   */
  type: "person" | "organisation" | "country" | "group" | "other";
  /**
   * The fullest name the text gives, as written.
   */
  name: string;
  /**
   * Other names the text uses for the entity (surname, acronym, description).
   */
  aliases?: string[];
  country?: Country;
  /**
   * Identifiers of the entity in other schemes.
   */
  identifiers?: Identifier[];
  /**
   * Where the entity is named in the source text.
   */
  evidence?: Evidence[];
  provenance?: Provenance1;
  /**
   * Producer data outside the core format. Each key is a reverse-DNS namespace the producer controls (e.g. `com.example.newsroom`); each value is an object the producer defines. The core itself is closed: unknown keys elsewhere are errors.
   */
  extensions?: {
    [k: string]: {};
  };
}
/**
 * For a `country`, the country itself; for others, the country they belong to, when the text says.
 */
export interface Country {
  /**
   * ISO 3166-1 alpha-2 code (user-assigned `XK` for Kosovo is accepted).
   */
  iso3166_1_alpha2: string;
  /**
   * ISO 3166-1 alpha-3 code, when given it must match the alpha-2 code.
   */
  iso3166_1_alpha3?: string;
  /**
   * The country's short English name.
   */
  name?: string;
}
/**
 * An identifier of an object in another scheme (Wikidata, GeoNames, CAMEO, ...).
 */
export interface Identifier {
  /**
   * The identifier scheme, lower case (e.g. `wikidata`, `geonames`, `lei`).
   */
  scheme: string;
  /**
   * The identifier within its scheme.
   */
  value: string;
}
/**
 * How the entity was found.
 */
export interface Provenance1 {
  /**
   * How the value was obtained: `manual` (written by a person), `rule` (a deterministic rule), `statistical` (a trained model), `hybrid` (rules over a model's output), `inferred` (derived from other values, not stated in the text), `imported` (copied from another data set) or `normalised` (rewritten into the format's form from a value that was already there).
   */
  method: "manual" | "rule" | "statistical" | "hybrid" | "inferred" | "imported" | "normalised";
  /**
   * Name of the tool or person that produced the value.
   */
  tool?: string;
  /**
   * Version of the tool.
   */
  version?: string;
  /**
   * Name of the rule, model or gazetteer that produced the value.
   */
  rule?: string;
  /**
   * Confidence in the value, from 0 (none) to 1 (certain).
   */
  confidence?: number;
  /**
   * When the value was produced (RFC 3339 with an offset).
   */
  created?: string;
  /**
   * Why the value is what it is, in words, where the method alone does not say.
   */
  note?: string;
}
/**
 * How an entity took part in the record's event: its role, its title as written and normalised, the organisation it acted for, the country it represented, how it attended and where it was.
 */
export interface NewsEventParticipation {
  /**
   * Identifier of this object, unique within the record (letters, digits, _ . -).
   */
  id: string;
  /**
   * The `id` of the entity taking part.
   */
  entity: string;
  /**
   * `participant` (takes part, e.g. one side of talks); `organiser`; `host`; `guest` (visits a host); `chair`; `speaker` (addresses the event); `observer`; `agent` (the actor who did it: launched, attacked, announced); `target` (acted upon); `subject` (what the event is about); `winner` (of an award or contest); `candidate` (in an election or contest).
   */
  role:
    | "participant"
    | "organiser"
    | "host"
    | "guest"
    | "chair"
    | "speaker"
    | "observer"
    | "agent"
    | "target"
    | "subject"
    | "winner"
    | "candidate";
  title?: Title;
  /**
   * The `id` of the organisation entity the participant acted for.
   */
  organisation?: string;
  represents?: Country1;
  /**
   * How the participant attended: `in_person`, `phone`, `video`, `written`, `remote` (remotely, means not stated) or `unknown`.
   */
  attendance?: "in_person" | "phone" | "video" | "written" | "remote" | "unknown";
  /**
   * The `id` of the place where the participant was (for remote events, each has its own).
   */
  location?: string;
  /**
   * Where the participation is stated in the source text.
   */
  evidence?: Evidence[];
  provenance?: Provenance2;
  /**
   * Producer data outside the core format. Each key is a reverse-DNS namespace the producer controls (e.g. `com.example.newsroom`); each value is an object the producer defines. The core itself is closed: unknown keys elsewhere are errors.
   */
  extensions?: {
    [k: string]: {};
  };
}
/**
 * The title under which the entity took part.
 */
export interface Title {
  /**
   * The title exactly as the text gives it.
   */
  as_written: string;
  /**
   * The office alone, without nationality or organisation, in title case.
   */
  normalised?: string;
  /**
   * Language of the title (BCP 47), when not the article's.
   */
  language?: string;
}
/**
 * The country the participant represented.
 */
export interface Country1 {
  /**
   * ISO 3166-1 alpha-2 code (user-assigned `XK` for Kosovo is accepted).
   */
  iso3166_1_alpha2: string;
  /**
   * ISO 3166-1 alpha-3 code, when given it must match the alpha-2 code.
   */
  iso3166_1_alpha3?: string;
  /**
   * The country's short English name.
   */
  name?: string;
}
/**
 * How the participation was found.
 */
export interface Provenance2 {
  /**
   * How the value was obtained: `manual` (written by a person), `rule` (a deterministic rule), `statistical` (a trained model), `hybrid` (rules over a model's output), `inferred` (derived from other values, not stated in the text), `imported` (copied from another data set) or `normalised` (rewritten into the format's form from a value that was already there).
   */
  method: "manual" | "rule" | "statistical" | "hybrid" | "inferred" | "imported" | "normalised";
  /**
   * Name of the tool or person that produced the value.
   */
  tool?: string;
  /**
   * Version of the tool.
   */
  version?: string;
  /**
   * Name of the rule, model or gazetteer that produced the value.
   */
  rule?: string;
  /**
   * Confidence in the value, from 0 (none) to 1 (certain).
   */
  confidence?: number;
  /**
   * When the value was produced (RFC 3339 with an offset).
   */
  created?: string;
  /**
   * Why the value is what it is, in words, where the method alone does not say.
   */
  note?: string;
}
/**
 * A place named in a news text, with the role it plays for the record's event, its ISO 3166 country and subdivision codes, optional coordinates and gazetteer identifiers, and the precision of the location.
 */
export interface NewsEventPlace {
  /**
   * Identifier of this object, unique within the record (letters, digits, _ . -).
   */
  id: string;
  /**
   * The place's name as written.
   */
  name: string;
  /**
   * `venue` (where the event took place); `event_area` (a wider area it took place in); `participant_location` (where one participant was, for remote events); `dateline` (where the article was filed); `mentioned` (named, but not where anything happened).
   */
  role: "venue" | "event_area" | "participant_location" | "dateline" | "mentioned";
  /**
   * The `id` of a larger place this one lies in (a ministry within a city).
   */
  within?: string;
  country?: Country2;
  /**
   * ISO 3166-2 code of the subdivision the place lies in.
   */
  subdivision?: string;
  /**
   * How exact the location is: `point`, `venue` (a building or site), `city`, `admin2` (a county or district), `admin1` (a state or province), `country`, `region` (larger than a country).
   */
  precision?: "point" | "venue" | "city" | "admin2" | "admin1" | "country" | "region";
  coordinates?: Coordinates;
  /**
   * Gazetteer identifiers (GeoNames, Wikidata).
   */
  identifiers?: Identifier[];
  /**
   * Where the place is named in the source text.
   */
  evidence?: Evidence[];
  provenance?: Provenance3;
  /**
   * Producer data outside the core format. Each key is a reverse-DNS namespace the producer controls (e.g. `com.example.newsroom`); each value is an object the producer defines. The core itself is closed: unknown keys elsewhere are errors.
   */
  extensions?: {
    [k: string]: {};
  };
}
/**
 * The country the place lies in.
 */
export interface Country2 {
  /**
   * ISO 3166-1 alpha-2 code (user-assigned `XK` for Kosovo is accepted).
   */
  iso3166_1_alpha2: string;
  /**
   * ISO 3166-1 alpha-3 code, when given it must match the alpha-2 code.
   */
  iso3166_1_alpha3?: string;
  /**
   * The country's short English name.
   */
  name?: string;
}
/**
 * A representative point.
 */
export interface Coordinates {
  /**
   * Latitude in decimal degrees (WGS 84).
   */
  latitude: number;
  /**
   * Longitude in decimal degrees (WGS 84).
   */
  longitude: number;
}
/**
 * How the place was found.
 */
export interface Provenance3 {
  /**
   * How the value was obtained: `manual` (written by a person), `rule` (a deterministic rule), `statistical` (a trained model), `hybrid` (rules over a model's output), `inferred` (derived from other values, not stated in the text), `imported` (copied from another data set) or `normalised` (rewritten into the format's form from a value that was already there).
   */
  method: "manual" | "rule" | "statistical" | "hybrid" | "inferred" | "imported" | "normalised";
  /**
   * Name of the tool or person that produced the value.
   */
  tool?: string;
  /**
   * Version of the tool.
   */
  version?: string;
  /**
   * Name of the rule, model or gazetteer that produced the value.
   */
  rule?: string;
  /**
   * Confidence in the value, from 0 (none) to 1 (certain).
   */
  confidence?: number;
  /**
   * When the value was produced (RFC 3339 with an offset).
   */
  created?: string;
  /**
   * Why the value is what it is, in words, where the method alone does not say.
   */
  note?: string;
}
/**
 * A temporal expression from a news text (a date, time, duration or set), kept with the words it came from, the anchor it was resolved against, a TIMEX3-style value and mod, a named precision, explicit earliest/latest bounds and the time zone of the resolution.
 */
export interface NewsEventTemporalValue {
  /**
   * Identifier of this object, unique within the record (letters, digits, _ . -).
   */
  id: string;
  /**
   * The expression exactly as written in the source.
   */
  text: string;
  /**
   * Language of `text` (BCP 47), when not the article's.
   */
  language?: string;
  /**
   * TIMEX3 type: `DATE` (a calendar date or period), `TIME` (a time of day, with or without a date), `DURATION` (a length of time) or `SET` (a recurrence).
   */
  type: "DATE" | "TIME" | "DURATION" | "SET";
  /**
   * TIMEX3 value: `2022-02-10`, `2022-01`, `2022-W06`, `2019-SU`, `2022-Q1`, `2022-02-10T18:00+09:00`, `PT30M`, `P5Y`; `X` marks a digit the text does not give (an unresolved "Thursday" is `XXXX-WXX-4`).
   */
  value: string;
  /**
   * TIMEX3 mod: `START`, `MID` or `END` for early, mid or late parts of a period; `APPROX` for "about"; `BEFORE`, `AFTER`, `ON_OR_BEFORE`, `ON_OR_AFTER` for open bounds; `LESS_THAN`, `MORE_THAN`, `EQUAL_OR_LESS`, `EQUAL_OR_MORE` for durations.
   */
  mod?:
    | "START"
    | "MID"
    | "END"
    | "APPROX"
    | "BEFORE"
    | "AFTER"
    | "ON_OR_BEFORE"
    | "ON_OR_AFTER"
    | "LESS_THAN"
    | "MORE_THAN"
    | "EQUAL_OR_LESS"
    | "EQUAL_OR_MORE";
  /**
   * For a `SET`: the TIMEX3 quantifier, e.g. `EVERY`.
   */
  quant?: string;
  /**
   * For a `SET`: the TIMEX3 frequency, e.g. `1X` (once per period).
   */
  freq?: string;
  /**
   * The finest unit the text supports; never finer than the words. `month_part` is an early, mid or late part of a month (days 1-10, 11-20, 21 to the end).
   */
  precision?:
    | "millennium"
    | "century"
    | "decade"
    | "year"
    | "half_year"
    | "quarter"
    | "season"
    | "month"
    | "month_part"
    | "week"
    | "day"
    | "part_of_day"
    | "hour"
    | "minute"
    | "second";
  /**
   * The earliest instant the expression admits (inclusive, RFC 3339 with an offset).
   */
  earliest?: string;
  /**
   * The latest instant the expression admits (inclusive, RFC 3339 with an offset).
   */
  latest?: string;
  /**
   * IANA time zone in which the expression was resolved.
   */
  timezone?: string;
  /**
   * The value in Extended Date/Time Format (ISO 8601-2), when EDTF can express it.
   */
  edtf?: string;
  anchor?: Anchor;
  /**
   * `approximate` ("about"), `uncertain` (the resolution may be wrong), `inferred` (not stated, derived), `capped_by_anchor` (the upper bound was cut at the publication time), `unresolved` (the value keeps `X` digits because no anchor was found).
   */
  qualifiers?: ("approximate" | "uncertain" | "inferred" | "capped_by_anchor" | "unresolved")[];
  resolution?: Resolution;
  /**
   * Where the expression stands in the source text.
   */
  evidence?: Evidence[];
  provenance?: Provenance4;
  /**
   * Producer data outside the core format. Each key is a reverse-DNS namespace the producer controls (e.g. `com.example.newsroom`); each value is an object the producer defines. The core itself is closed: unknown keys elsewhere are errors.
   */
  extensions?: {
    [k: string]: {};
  };
}
/**
 * What the expression was resolved against.
 */
export interface Anchor {
  /**
   * `publication`: the article's publication date; `temporal`: another temporal value of the record (`ref`), as in "early that same month"; `event`: the time of the record's event; `none`: the expression needs no anchor, or none could be found (then the value is left unresolved and `resolution.reason` says why).
   */
  type: "publication" | "temporal" | "event" | "none";
  /**
   * The `id` of the temporal value anchored to (for `temporal`).
   */
  ref?: string;
  /**
   * The anchor's own date or date-time, copied so the resolution can be checked alone.
   */
  value?: string;
}
/**
 * The rule that produced the value.
 */
export interface Resolution {
  /**
   * Name of the rule that produced the value.
   */
  rule: string;
  /**
   * The rule's reasoning in words, or why the value could not be resolved.
   */
  reason?: string;
}
/**
 * How the value was produced.
 */
export interface Provenance4 {
  /**
   * How the value was obtained: `manual` (written by a person), `rule` (a deterministic rule), `statistical` (a trained model), `hybrid` (rules over a model's output), `inferred` (derived from other values, not stated in the text), `imported` (copied from another data set) or `normalised` (rewritten into the format's form from a value that was already there).
   */
  method: "manual" | "rule" | "statistical" | "hybrid" | "inferred" | "imported" | "normalised";
  /**
   * Name of the tool or person that produced the value.
   */
  tool?: string;
  /**
   * Version of the tool.
   */
  version?: string;
  /**
   * Name of the rule, model or gazetteer that produced the value.
   */
  rule?: string;
  /**
   * Confidence in the value, from 0 (none) to 1 (certain).
   */
  confidence?: number;
  /**
   * When the value was produced (RFC 3339 with an offset).
   */
  created?: string;
  /**
   * Why the value is what it is, in words, where the method alone does not say.
   */
  note?: string;
}
/**
 * Something a participant or entity said, as the news text reports it: the speaker, the words, whether they are quoted directly or reported, the reporting verb, the channel, and who relayed the words.
 */
export interface NewsEventStatement {
  /**
   * Identifier of this object, unique within the record (letters, digits, _ . -).
   */
  id: string;
  /**
   * The `id` of the speaking participation or entity.
   */
  speaker: string;
  /**
   * For direct speech, the words inside the quotation marks exactly as printed (the pieces of a quotation its attribution interrupts joined by an ellipsis between spaces, ' … '); for reported speech, the reported clause.
   */
  text: string;
  /**
   * `direct` (quoted words), `reported` (indirect speech) or `mixed` (a quoted fragment inside a reported clause; `text` is then the quoted fragment).
   */
  mode: "direct" | "reported" | "mixed";
  /**
   * The verb that introduces the words, as written.
   */
  reporting_verb?: string;
  /**
   * The attribution as written, when more than a verb.
   */
  attribution?: string;
  /**
   * How the words were delivered: `press_conference`, `statement` (a formal statement), `press_release`, `social_media_post`, `interview` (to a reporter or outlet), `speech` (to an audience), `call` or `meeting_remarks` (in a phone call or meeting), `briefing`, `publication` (an article, report, letter or website), or `unknown`.
   */
  channel:
    | "press_conference"
    | "statement"
    | "press_release"
    | "social_media_post"
    | "interview"
    | "speech"
    | "call"
    | "meeting_remarks"
    | "briefing"
    | "publication"
    | "unknown";
  /**
   * The platform or outlet of the channel, as written.
   */
  platform?: string;
  /**
   * The `id` of the entity through which the words reached the reporter.
   */
  relayed_by?: string;
  /**
   * Language of `text` (BCP 47), when not the article's.
   */
  language?: string;
  /**
   * The `id` of the temporal value saying when the words were said.
   */
  time?: string;
  /**
   * Where the statement stands in the source text.
   */
  evidence?: Evidence[];
  provenance?: Provenance5;
  /**
   * Producer data outside the core format. Each key is a reverse-DNS namespace the producer controls (e.g. `com.example.newsroom`); each value is an object the producer defines. The core itself is closed: unknown keys elsewhere are errors.
   */
  extensions?: {
    [k: string]: {};
  };
}
/**
 * How the statement was found.
 */
export interface Provenance5 {
  /**
   * How the value was obtained: `manual` (written by a person), `rule` (a deterministic rule), `statistical` (a trained model), `hybrid` (rules over a model's output), `inferred` (derived from other values, not stated in the text), `imported` (copied from another data set) or `normalised` (rewritten into the format's form from a value that was already there).
   */
  method: "manual" | "rule" | "statistical" | "hybrid" | "inferred" | "imported" | "normalised";
  /**
   * Name of the tool or person that produced the value.
   */
  tool?: string;
  /**
   * Version of the tool.
   */
  version?: string;
  /**
   * Name of the rule, model or gazetteer that produced the value.
   */
  rule?: string;
  /**
   * Confidence in the value, from 0 (none) to 1 (certain).
   */
  confidence?: number;
  /**
   * When the value was produced (RFC 3339 with an offset).
   */
  created?: string;
  /**
   * Why the value is what it is, in words, where the method alone does not say.
   */
  note?: string;
}
/**
 * The source article.
 */
export interface NewsEventSourceArticle {
  /**
   * `article` (a news article), `wire` (an agency story), `press_release`, `post` (a social media or blog post), `transcript`, `broadcast` or `other`.
   */
  type: "article" | "wire" | "press_release" | "post" | "transcript" | "broadcast" | "other";
  /**
   * The headline as published.
   */
  headline?: string;
  /**
   * Who published the article.
   */
  publisher?: string;
  /**
   * The news agency the story came from, when not the publisher.
   */
  agency?: string;
  /**
   * The author or authors as credited.
   */
  byline?: string;
  /**
   * Where the article was published.
   */
  url?: string;
  /**
   * The article's identifiers in other schemes (a ninjs `uri`, a GUM document name).
   */
  identifiers?: Identifier[];
  dateline?: Dateline;
  /**
   * When the article was published: a date, or a date-time with an offset. It is the anchor of the article's relative dates.
   */
  published?: string;
  /**
   * `true` when `published` was inferred from the text rather than given by metadata.
   */
  published_inferred?: boolean;
  /**
   * When the article was retrieved.
   */
  retrieved?: string;
  /**
   * The article's language (BCP 47).
   */
  language?: string;
  /**
   * The article's full text, exactly as processed; evidence offsets index into it.
   */
  text?: string;
  /**
   * SHA-256 of the article's text encoded as UTF-8, in lower-case hex; it pins the text that evidence offsets refer to.
   */
  text_sha256?: string;
}
/**
 * The article's dateline.
 */
export interface Dateline {
  /**
   * The dateline as printed.
   */
  text: string;
  /**
   * The `id` of the dateline place.
   */
  place?: string;
}
/**
 * How the record was produced.
 */
export interface Provenance6 {
  /**
   * How the value was obtained: `manual` (written by a person), `rule` (a deterministic rule), `statistical` (a trained model), `hybrid` (rules over a model's output), `inferred` (derived from other values, not stated in the text), `imported` (copied from another data set) or `normalised` (rewritten into the format's form from a value that was already there).
   */
  method: "manual" | "rule" | "statistical" | "hybrid" | "inferred" | "imported" | "normalised";
  /**
   * Name of the tool or person that produced the value.
   */
  tool?: string;
  /**
   * Version of the tool.
   */
  version?: string;
  /**
   * Name of the rule, model or gazetteer that produced the value.
   */
  rule?: string;
  /**
   * Confidence in the value, from 0 (none) to 1 (certain).
   */
  confidence?: number;
  /**
   * When the value was produced (RFC 3339 with an offset).
   */
  created?: string;
  /**
   * Why the value is what it is, in words, where the method alone does not say.
   */
  note?: string;
}
