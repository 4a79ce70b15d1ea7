"""newsevent: an open interchange format for news events, its validator and converter."""

from .errors import InvalidRecordError, NewsEventError, UnknownSchemaError
from .schemas import load_schema, registry, schema_names, schema_path, validator_for
from .validation import Problem, is_valid, iter_problems, validate

__version__ = "0.1.0"

__all__ = [
    "InvalidRecordError",
    "NewsEventError",
    "Problem",
    "UnknownSchemaError",
    "__version__",
    "is_valid",
    "iter_problems",
    "load_schema",
    "registry",
    "schema_names",
    "schema_path",
    "validate",
    "validator_for",
]
