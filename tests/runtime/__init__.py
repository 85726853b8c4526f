"""Tests of the generated client and its runtime: every operation on the wire, retries, clock,
tokens, paging, keepalive, signing, and unit tests of the runtime modules.
"""
