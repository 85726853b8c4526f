"""Helpers shared by the tests; no tests here.

``paths`` (repository locations), ``cli`` (the command line in a subprocess), ``corpus``
(generating the hostile-spec corpus), ``spec_mutations`` (the spec with one defect),
``seed_table`` (the documentation, transcribed by hand), ``openapi_log`` (the local
exchange's request log as openapi-core requests and responses).
"""
