"""Errors a user sees: a message naming what is wrong and where, never a stack trace."""

from __future__ import annotations


class SellerstarError(Exception):
    """Base of every error shown to a user as a plain message (CLI exit code 1)."""


class ConfigurationError(SellerstarError):
    """A setting or rule-set file is invalid."""


class InputError(SellerstarError):
    """Input data (files, arguments) breaks the data contract."""


class StoredDataError(SellerstarError):
    """A stored value does not have the shape its writer gives it (an older or broken job
    wrote it); the message names the row."""
