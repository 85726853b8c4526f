"""The summary column of the x- vocabulary page (docs/extensions.md): a gap found by
`make mutation` (issue 17) in extensions.py. Each extension's row gives the first sentence of
its description whole, ending in one full stop, whatever letter the sentence ends with.
"""

from __future__ import annotations

import pytest

from generator import extensions
from generator.extensions import Extension, Vocabulary

DESCRIPTIONS = {
    "x-one": ("Sent in the header X. Read by the\n  client only.", "Sent in the header X."),
    "x-two": ("Takes the fields of schema AX", "Takes the fields of schema AX."),
    "x-three": ("Names one field. Nothing else.", "Names one field."),
}


def test_each_row_gives_the_first_sentence_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    declared = {
        name: Extension(name, "operation", description, {"type": "string"})
        for name, (description, _) in DESCRIPTIONS.items()
    }
    monkeypatch.setattr(extensions, "vocabulary", lambda: Vocabulary(declared, {}))
    rows = [line for line in extensions.render_markdown().splitlines() if line.startswith("| [`x-")]
    assert rows == [
        f"| [`{name}`](#{name}) | an operation | {first} |" for name, (_, first) in DESCRIPTIONS.items()
    ]
