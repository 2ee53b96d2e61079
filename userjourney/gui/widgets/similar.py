"""Before a typed Standort, JobCoach or reason joins what is in use: "is it this one?"

The catalogues grow with what coaches type, and the Auswertung counts by the text: "Fr. Kaya"
beside "Frau Kaya" are two coaches, "Kind möchte zuhause essen" beside "Kind / Jugendlicher
möchte zuhause essen" two reasons. When :func:`~userjourney.core.similar.similar_text` finds a
text in use that the typed one probably means, the coach chooses: that one (the default — Enter),
the typed one as a new entry (Alt+N), or neither (Abbrechen, nothing is saved).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from userjourney.core.similar import similar_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("similar", text)


def ask_choice(parent: QWidget, title: str, question: str, choices: list[str]) -> int | None:
    """A question with named answers (the first is the default, Enter takes it) and Abbrechen:
    the index of the answer, ``None`` for Abbrechen or Esc."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    buttons = [box.addButton(text, QMessageBox.ButtonRole.AcceptRole) for text in choices]
    box.addButton(QCoreApplication.translate("similar", "Abbrechen"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(buttons[0])
    box.exec()
    return next((i for i, button in enumerate(buttons) if box.clickedButton() is button), None)


def similar_question(what: str, similar: str, typed: str) -> tuple[str, str, list[str]]:
    """Title, question and answers for ``ask_choice``; ``what``: "Standort", "JobCoach", "Grund"."""
    title = QCoreApplication.translate("similar", "Ähnlicher Eintrag: {what}").format(what=what)
    question = QCoreApplication.translate(
        "similar", "Ein ähnlicher Eintrag ({what}) ist schon da – diesen nehmen?\n\n„{similar}“\n\n"
        "Sonst wird „{typed}“ ein neuer Eintrag, den die Auswertung getrennt zählt.").format(
            what=what, similar=similar, typed=typed)
    answers = [QCoreApplication.translate("similar", "&Diesen nehmen"),
               QCoreApplication.translate("similar", "&Neu anlegen")]
    return title, question, answers


def settle(parent: QWidget, what: str, typed: str, in_use: list[str]) -> str | None:
    """The value to store for ``typed``: itself, or the similar one in use the coach chose;
    ``None`` when the coach cancelled."""
    similar = similar_text(in_use, typed)
    if similar is None:
        return typed
    choice = ask_choice(parent, *similar_question(what, similar, typed.strip()))
    return None if choice is None else (similar, typed)[choice]
