"""A generator of typed Python API clients from an OpenAPI 3.1 spec.

Stages, one module each: `loader` → `validate` → `lint` → `build_ir` →
`emit_models` / `render` → `formatting` → `writer`; `pipeline` runs them and
`cli` is the command line. Nothing here is specific to one API: the package's
identity comes from the config file beside the spec, and the envelope, signing
and error families from the spec's ``x-`` extensions.
"""
