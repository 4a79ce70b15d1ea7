"""The version of newsevent."""

__version__ = "0.1.0"
