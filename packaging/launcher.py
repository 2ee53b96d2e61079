"""Entry point of the frozen program: exactly what the console script ``userjourney`` does.

PyInstaller runs this file as ``__main__``; everything else comes from the ``userjourney``
package inside the bundle. No command starts the GUI, a command runs the CLI.
"""

from userjourney.cli import main

raise SystemExit(main())
