"""Extractors: pure functions from a Document (and what earlier extractors found) to rows."""
