"""The command line, the generated reference examples, installation and the benchmark harness."""
