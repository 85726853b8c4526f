"""Tests of the generator: loading, validation and lint, naming, rendering, formatting, writing,
generation and golden output, the hostile-spec corpus, generality and breaking changes.
"""
