# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""``python -m sixmm``: the command line."""

from .cli import main

raise SystemExit(main())
