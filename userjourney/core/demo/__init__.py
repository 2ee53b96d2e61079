"""Fictitious data to try the program with.

* :mod:`.schmidt_mueller` — Familie Schmidt (Anhang 6.5) and Familie Müller (Anhang 6.7).
* :mod:`.anna` — 30 families whose summary is exactly Anhang 6.6 "BuT bei ANNA".
"""
