"""``python -m cocoach_desktop``: the same as the ``cocoach`` command."""

import sys

from cocoach_desktop.cli import main

sys.exit(main())
