"""The AsyncAPI 3.0 side of the generator: the streaming API's document, read on its own.

`check_streams` loads, validates (the AsyncAPI 3.0 JSON Schema, vendored beside this
module) and lints the document; `build_streams` reads it into `Streams`, which the
stream templates and the stream models are rendered from.
"""

from generator.asyncapi.model import StreamChannel, StreamMessage, Streams
from generator.asyncapi.read import build_streams, stream_models
from generator.asyncapi.validate import check_streams

__all__ = ["StreamChannel", "StreamMessage", "Streams", "build_streams", "check_streams", "stream_models"]
