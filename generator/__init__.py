"""A generator of typed Python API clients from an OpenAPI 3.1 spec.

Stages, one module each: `loader` → `validate` (with `extensions`, the declared ``x-``
vocabulary) → `lint` → `ir` (the intermediate model, a package) → `emit_models` /
`render` (with `docs` for the reference) → `formatting` → `writer`; `pipeline` runs
them from one table of renders and `cli` is the command line. `diff` and `breaking` compare two
versions of a spec for the drift checks. `runtime/` is the hand-written request machinery
copied into every generated package. Nothing here is specific to one API: the package's
identity comes from the config file beside the spec, and the envelope, signing, error
families, retries, paging and keepalive from the spec's ``x-`` extensions.
"""
