"""Tests of the local exchange `sixmm.testing` and of its contract with the spec."""
