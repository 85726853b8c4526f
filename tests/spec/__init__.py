"""The spec held to the 6MM documentation, and client, exchange and spec held to each other."""
