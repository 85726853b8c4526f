"""The intermediate model: the spec read once, every name and type decided, ready for templates.

* `model` — the dataclasses templates read (`Api`, `Tag`, `Operation`, `Argument`, ...);
* `build` — `build_api`, which runs the readers below in order;
* `context` — the shared state of a build (spec, class names, problems);
* `operations` — operations, arguments, bodies, results, paging, tags;
* `types` — type hints and command-line kinds of argument schemas;
* `schemas` — which schemas become models, field aliases, enum member names;
* `conventions` — envelope, signing, errors, retries, keepalive, login session, from the ``x-`` extensions.
"""

from generator.ir.build import build_api
from generator.ir.model import (
    NO_DEFAULT,
    Api,
    Argument,
    CursorPagination,
    ErrorFamily,
    Keepalive,
    Models,
    Operation,
    Pagination,
    RequestBody,
    Session,
    Tag,
)

__all__ = [
    "build_api",
    "NO_DEFAULT",
    "Api",
    "Argument",
    "CursorPagination",
    "ErrorFamily",
    "Keepalive",
    "Models",
    "Operation",
    "Pagination",
    "RequestBody",
    "Session",
    "Tag",
]
