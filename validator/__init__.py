"""newsevent: an open interchange format for news events, its validator and converter."""

from ._version import __version__
from .bundle import bundle
from .errors import InvalidRecordError, NewsEventError, UnknownSchemaError
from .feedcheck import FeedOptions, check_feeds
from .report import Finding, Summary
from .schemas import load_schema, registry, schema_names, schema_path, validator_for
from .validation import Problem, is_valid, iter_problems, validate

__all__ = [
    "FeedOptions",
    "Finding",
    "InvalidRecordError",
    "NewsEventError",
    "Problem",
    "Summary",
    "UnknownSchemaError",
    "__version__",
    "bundle",
    "check_feeds",
    "is_valid",
    "iter_problems",
    "load_schema",
    "registry",
    "schema_names",
    "schema_path",
    "validate",
    "validator_for",
]
