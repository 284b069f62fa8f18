"""``python -m senreport``: the same as the ``senreport`` command."""

import sys

from senreport.cli import main

sys.exit(main())
