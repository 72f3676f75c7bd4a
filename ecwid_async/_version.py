"""The package version, read by hatch and sent in the User-Agent header."""

__version__ = "0.1.0"
