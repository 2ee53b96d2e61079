"""Allow ``python -m userjourney``."""

from userjourney.cli import main

raise SystemExit(main())
