"""userjourney — User Journeys (BuT, Minijobs) for the coaches of a Jobcenter provider.

The package is split in two: :mod:`userjourney.core` knows nothing of Qt (data model,
storage, journey rules, summaries, Excel) and :mod:`userjourney.gui` is the Qt front end.
The command line (:mod:`userjourney.cli`) drives the core directly.
"""

__version__ = "0.1.0"
