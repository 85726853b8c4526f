"""Helpers shared by the tests; no tests here, and no test module imports another.

``paths`` (repository locations and test data), ``clients`` (credentials, the fixed clock,
the local exchange as the client tests use it), ``signing`` (the tests' own 6MM request
signer and checker), ``scripted`` (a scripted ``httpx.MockTransport`` for retry decisions),
``examples`` (the spec's success examples), ``openapi_log`` (the local exchange's request
log as openapi-core requests and responses), ``cli`` (the command line in a subprocess),
``corpus`` (generating the hostile-spec corpus), ``spec_mutations`` (the spec with one
defect), ``seed_table`` (the documentation, transcribed by hand).
"""
