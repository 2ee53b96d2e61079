"""The Qt front end (PySide6). Widgets talk to the core through table models; no SQL here."""
