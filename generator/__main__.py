"""Entry point for ``python -m generator``."""

import gc

from generator.cli import main

# A run is one short process that frees its objects by reference counting: the cyclic
# collector's passes over its large heap were a quarter of a cold generation's CPU time.
gc.disable()
raise SystemExit(main())
