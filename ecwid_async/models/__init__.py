"""Typed msgspec models of every Ecwid entity."""
