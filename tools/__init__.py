"""Developer tools (not shipped): compiling forms, translations, screenshots."""
