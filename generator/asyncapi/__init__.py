"""The AsyncAPI 3.0 side of the generator: the streaming API's document, read on its own.

`check_streams` loads, validates (the AsyncAPI 3.0 JSON Schema, vendored beside this
module) and lints the document; `build_streams` reads it into `Streams`, which the
stream templates and the stream models are rendered from.
"""

from typing import TYPE_CHECKING, Any

from generator.asyncapi.model import StreamChannel, StreamMessage, Streams
from generator.asyncapi.read import build_streams, stream_models

if TYPE_CHECKING:
    from generator.asyncapi.validate import check_streams


def __getattr__(name: str) -> Any:
    # Validation (jsonschema and the AsyncAPI schema, 0.1 s) is imported when it is used:
    # generating reads the document that validation checked in another process.
    if name == "check_streams":
        from generator.asyncapi.validate import check_streams  # noqa: PLC0415

        return check_streams
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["StreamChannel", "StreamMessage", "Streams", "build_streams", "check_streams", "stream_models"]
