"""Qt's own dialogs speak the rep's language too."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QMessageBox

from salescoach.ui.common.i18n import install_translators


@pytest.fixture
def french(qapp: object) -> Iterator[None]:
    install_translators("fr")
    yield
    install_translators("en")


def test_the_file_dialog_is_all_french(qtbot, french: None) -> None:  # type: ignore[no-untyped-def]
    dialog = QFileDialog(None, "Importer")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    widgets = [*dialog.findChildren(QLabel), *dialog.findChildren(QAbstractButton)]
    texts = {w.text() for w in widgets if w.text()}
    # "&Look in:" and "Files of &type:" stayed English: Qt 6's catalogue lacks them.
    assert {"&Voir dans\u00a0:", "Fichiers de &type\u00a0:", "&Ouvrir", "Annuler"} <= texts
    assert not {"&Look in:", "Files of &type:", "&Open", "Cancel"} & texts


def test_message_box_buttons_are_french(qtbot, french: None) -> None:  # type: ignore[no-untyped-def]
    button = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, "t", "?", button.Yes | button.No | button.Cancel)
    qtbot.addWidget(box)
    assert sorted(b.text() for b in box.buttons()) == ["&Non", "&Oui", "Annuler"]
