"""The writing coach's composer: a template for the moment, filled with the contact's and
the deal's details, live checks as the rep types, then copy, open in the rep's own mail
program (`mailto:`), and log the email as a touch. The app sends nothing itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTimer, QUrl, QUrlQuery
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salescoach.domain.messages import UserError
from salescoach.domain.templates import (
    FIELD_NAMES,
    MOMENT_TITLES,
    DraftRow,
    Moment,
    draft_key,
    fill,
    placeholders_left,
)
from salescoach.domain.writing import check
from salescoach.ui.common.dialogs import confirm, run_dialog, show_error
from salescoach.ui.common.i18n import tr_message
from salescoach.ui.common.worker import run_in_background
from salescoach.ui.writing.checks import ChecksPanel

if TYPE_CHECKING:
    from salescoach.services.workspace import Workspace
    from salescoach.services.writing import Recipient
    from salescoach.ui.common.events import ComposeRequest, Events

AUTOSAVE_MS = 1500  # like the debrief's drafts: saved within two seconds of the last key
LANGUAGES = (("fr", "Français"), ("en", "English"))


def mailto_url(email: str, subject: str, body: str) -> QUrl:
    """A `mailto:` link the rep's mail program opens as a new message (RFC 6068)."""
    url = QUrl(f"mailto:{email}")
    query = QUrlQuery()
    query.addQueryItem("subject", QUrl.toPercentEncoding(subject).data().decode())
    query.addQueryItem("body", QUrl.toPercentEncoding(body).data().decode())
    url.setQuery(query.toString(QUrl.ComponentFormattingOption.FullyEncoded))
    return url


class ComposerDialog(QDialog):
    def __init__(
        self,
        workspace: Workspace,
        events: Events,
        recipient: Recipient,
        moment: Moment,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.setWindowTitle(self.tr("Write an email"))
        self.resize(820, 640)
        self.workspace, self.events, self.recipient = workspace, events, recipient
        self.logged = False
        self._filled_body = ""  # the template as filled: replaced without asking
        self.moment = QComboBox()
        self.moment.setObjectName("composerMoment")
        for m in Moment:
            self.moment.addItem(QCoreApplication.translate("Writing", MOMENT_TITLES[m]), m.value)
        self.language = QComboBox()
        self.language.setObjectName("composerLanguage")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(0 if QLocale().language() == QLocale.Language.French else 1)
        email = recipient.details.email
        self.to = QLabel(email or self.tr("No email address known: add it in your mail program."))
        self.to.setObjectName("composerTo")
        self.subject = QLineEdit()
        self.subject.setObjectName("composerSubject")
        self.subject.setMaxLength(300)
        self.body = QPlainTextEdit()
        self.body.setObjectName("composerBody")
        self.missing = QLabel()
        self.missing.setObjectName("composerMissing")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #8a5a00;")
        self.checks = ChecksPanel()
        form = QFormLayout()
        form.addRow(self.tr("&Moment"), self.moment)
        form.addRow(self.tr("Lan&guage"), self.language)
        form.addRow(self.tr("To"), self.to)
        form.addRow(self.tr("S&ubject"), self.subject)
        self.copy = QPushButton(self.tr("&Copy"))
        self.copy.setObjectName("composerCopy")
        self.copy.clicked.connect(self.copy_text)
        self.open_mail = QPushButton(self.tr("&Open in my mail program"))
        self.open_mail.setObjectName("composerMailto")
        self.open_mail.clicked.connect(self.open_in_mail)
        self.log = QPushButton(self.tr("&Log as a touch"))
        self.log.setObjectName("composerLog")
        self.log.setEnabled(recipient.deal_id is not None or recipient.contact_id is not None)
        self.log.clicked.connect(self.log_touch)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for b in (self.copy, self.open_mail, self.log):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.missing)
        layout.addWidget(self.body, 1)
        layout.addWidget(QLabel(self.tr("<b>The coach</b>")))
        layout.addWidget(self.checks)
        layout.addLayout(buttons)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft)
        self.moment.setCurrentIndex(self.moment.findData(moment.value))
        self._start(moment)
        self.moment.currentIndexChanged.connect(self._template_changed)
        self.language.currentIndexChanged.connect(self._template_changed)
        self.subject.textChanged.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        # pyphen's dictionaries load in the background, not on the first keystroke
        code = self.language_code
        run_in_background(lambda: check("a", "", code), lambda _r: None, lambda _e: None)

    # the text ----------------------------------------------------------------------------
    @property
    def language_code(self) -> str:
        return str(self.language.currentData())

    @property
    def current_moment(self) -> Moment:
        return Moment(self.moment.currentData())

    @property
    def key(self) -> str:
        return draft_key(self.current_moment, self.recipient.deal_id, self.recipient.contact_id)

    def _start(self, moment: Moment) -> None:
        """The saved draft for this moment and person, or the template."""
        saved = self.workspace.writing.draft(self.key)
        if saved is not None:
            self.language.setCurrentIndex(self.language.findData(saved.language))
            self.subject.setText(saved.subject)
            self.body.setPlainText(saved.body)
            self._filled_body = ""
            self.missing.setText(self.tr("Your draft is back, as you left it."))
            self.update_checks()
            return
        self._fill(moment)

    def _fill(self, moment: Moment) -> None:
        filled = fill(moment, self.language_code, self.recipient.details)
        self.subject.setText(filled.subject)
        self.body.setPlainText(filled.body)
        self._filled_body = filled.body
        names = [QCoreApplication.translate("Writing", FIELD_NAMES[f]) for f in filled.missing]
        self.missing.setText(
            self.tr(
                "Not known: {fields}. Replace the placeholders in brackets before sending."
            ).format(fields=", ".join(names))
            if names
            else ""
        )
        self.update_checks()

    def _template_changed(self) -> None:
        edited = self.body.toPlainText() not in ("", self._filled_body)
        if edited and not confirm(
            self,
            self.tr("Replace your text?"),
            self.tr("The template replaces what you wrote (your draft stays saved)."),
            self.tr("&Replace"),
        ):
            return
        self.save_draft()
        self._fill(self.current_moment)

    def _edited(self) -> None:
        self.update_checks()
        self._autosave.start()

    def update_checks(self) -> None:
        """The live checks (a few milliseconds on a 1,000-word draft)."""
        self.checks.show_report(
            check(self.body.toPlainText(), self.subject.text(), self.language_code)
        )

    # what the rep does with it -----------------------------------------------------------
    def save_draft(self) -> None:
        self._autosave.stop()
        body = self.body.toPlainText()
        if body == self._filled_body:
            return  # the untouched template: nothing to keep
        r = self.recipient
        try:
            self.workspace.writing.save_draft(
                DraftRow(self.key, self.current_moment.value, self.language_code, r.deal_id,
                         r.contact_id, self.subject.text(), body)
            )  # fmt: skip
        except UserError as error:
            self.missing.setText(tr_message(error.message))

    def _left(self) -> bool:
        """Warn when placeholders are still in the text; True to go on anyway."""
        text = f"{self.subject.text()}\n{self.body.toPlainText()}"
        left = placeholders_left(text, self.language_code)
        if not left:
            return True
        return confirm(
            self,
            self.tr("Placeholders left"),
            self.tr("{placeholders} still in the text. Go on anyway?").format(
                placeholders=", ".join(left)
            ),
            self.tr("&Go on"),
        )

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.body.toPlainText())
        self.events.status.emit(self.tr("Email copied: paste it into your mail program."))

    def open_in_mail(self) -> None:
        if not self._left():
            return
        url = mailto_url(self.recipient.details.email, self.subject.text(), self.body.toPlainText())
        if not QDesktopServices.openUrl(url):
            self.events.status.emit(self.tr("No mail program answered: copy the email instead."))

    def log_touch(self) -> None:
        r = self.recipient
        try:
            self.workspace.writing.log_email(
                r.deal_id, r.contact_id, self.subject.text(), self.body.toPlainText()
            )
        except UserError as error:
            show_error(self, self.tr("Cannot log the email"), error)
            return
        self.workspace.writing.discard_draft(self.key)
        self._filled_body = self.body.toPlainText()  # logged: nothing left to keep
        self.logged = True
        self.log.setEnabled(False)
        self.events.followups_changed.emit()
        self.events.status.emit(self.tr("Email logged as a touch."))

    def done(self, result: int) -> None:
        self.save_draft()  # closing keeps what was typed
        super().done(result)


def answer(request: ComposeRequest, workspace: Workspace, events: Events) -> None:
    """Open the composer the request asks for (the shell connects this to the hub)."""
    try:
        recipient = workspace.writing.recipient(
            request.deal_id, request.contact_id, request.referred
        )
    except UserError as error:
        show_error(request.parent, QCoreApplication.translate("Writing", "Cannot write"), error)
        return
    dialog = ComposerDialog(workspace, events, recipient, Moment(request.moment), request.parent)
    run_dialog(dialog)
    request.logged = dialog.logged
