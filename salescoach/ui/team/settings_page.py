"""Settings › Team: join a team (the server, the rep's name, the password typed once),
then see the connection and the last sync, sync now, choose whether debrief text is
shared, open the conflicts list, or leave the team."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from salescoach.domain.messages import UserError
from salescoach.services import team
from salescoach.services.team_sync import SyncStatus
from salescoach.ui.common.dialogs import (
    add_checked_row,
    confirm,
    field_error_label,
    report_failure,
    set_field_error,
)
from salescoach.ui.common.formatting import datetime_text
from salescoach.ui.common.i18n import tr_message
from salescoach.ui.common.progress_words import money_whole
from salescoach.ui.common.worker import run_in_background
from salescoach.ui.team.status import TeamSync


class TeamSettingsDialog(QDialog):
    """Two pages: joining (outside a team), the team (once joined)."""

    conflicts_requested = Signal()

    def __init__(self, sync: TeamSync, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sync = sync
        self.data_dir = sync.data_dir
        self._role: str | None = None
        self.setWindowTitle(self.tr("Team"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._join_page())
        self.pages.addWidget(self._team_page())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(close)
        sync.status_changed.connect(self._show_sync)
        self._show_page()

    # joining -------------------------------------------------------------------------------
    def _join_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "Join your team's PostgreSQL: this computer stays the source of truth and "
                "works offline; your deals and debriefs go up, the team's lists come down."
            )
        )
        intro.setWordWrap(True)
        self.server = QLineEdit()
        self.server.setObjectName("teamServer")
        self.server.setPlaceholderText(
            self.tr("postgresql://db.example.com/sales, or a service name")
        )
        self.rep = QLineEdit()
        self.rep.setObjectName("teamRep")
        self.password = QLineEdit()
        self.password.setObjectName("teamPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.share_on_join = QCheckBox(self._share_text())
        self.share_on_join.setObjectName("shareOnJoin")
        form = QFormLayout()
        self.server_error = add_checked_row(form, self.tr("&Server:"), self.server)
        add_checked_row(form, self.tr("&Your name on it:"), self.rep)
        add_checked_row(form, self.tr("&Password:"), self.password)
        where = (
            self.tr("Typed once, then kept in the system keyring.")
            if team.keyring_usable()
            else self.tr(
                "No system keyring on this computer: the password will be kept in "
                "~/.pgpass, readable by you only."
            )
        )
        self.keyring_note = QLabel(
            where + " " + self.tr("A password in ~/.pgpass or a service file is used first.")
        )
        self.keyring_note.setObjectName("keyringNote")
        self.keyring_note.setWordWrap(True)
        self.join_error = field_error_label()
        self.join_button = QPushButton(self.tr("&Join the team"))
        self.join_button.setObjectName("joinButton")
        self.join_button.clicked.connect(self.join)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.share_on_join)
        layout.addWidget(self.join_error)
        layout.addWidget(self.join_button)
        layout.addStretch(1)
        return page

    def _share_text(self) -> str:
        return self.tr("Share my debrief notes, lessons and what the prospect said")

    def join(self) -> None:
        """Check on the server first (a wrong password or an unreachable host writes
        nothing), then remember the team; off the GUI thread, since a host may be slow."""
        server = self.server.text().strip()
        if not server:
            self.server_error.setText(self.tr("Type the team's server (ask your admin)."))
            self.server_error.setVisible(True)
            return
        rep, password = self.rep.text().strip(), self.password.text()
        share = self.share_on_join.isChecked()
        data_dir = self.data_dir

        def work() -> team.Kept | None:
            config, typed = team.check_join(server, None, share, password or None, rep or None)
            return team.finish_join(data_dir, config, typed)

        set_field_error(self.join_error, None)
        self.join_button.setEnabled(False)
        run_in_background(work, self._joined, self._join_failed)

    def _joined(self, kept: Any) -> None:
        self.password.clear()  # typed once: not kept in the window either
        self.join_button.setEnabled(True)
        self.sync.start_later(0)
        self._show_page()
        if kept is team.Kept.PGPASS:
            self.note.setText(
                self.tr("No usable system keyring: the password is kept in ~/.pgpass.")
            )
            self.note.setVisible(True)

    def _join_failed(self, error: BaseException) -> None:
        self.join_button.setEnabled(True)
        if not isinstance(error, UserError):
            report_failure(self, self.tr("Cannot join the team"))(error)
            return
        set_field_error(self.join_error, error.message)

    # the team ------------------------------------------------------------------------------
    def _team_page(self) -> QWidget:
        page = QWidget()
        self.connection = QLabel()
        self.connection.setObjectName("teamConnection")
        self.connection.setWordWrap(True)
        self.sync_line = QLabel()
        self.sync_line.setObjectName("teamLastSync")
        self.sync_line.setWordWrap(True)
        self.team_goals = QLabel()
        self.team_goals.setObjectName("teamGoalsLine")
        self.team_goals.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("passwordNote")
        self.note.setVisible(False)
        self.share = QCheckBox(self._share_text())
        self.share.setObjectName("shareText")
        self.share.setToolTip(
            self.tr(
                "Off: the coded answers and the reason go up, your words stay on this "
                "computer. Text already sent stays on the server until that debrief changes."
            )
        )
        self.share.toggled.connect(self._set_sharing)
        sync_now = QPushButton(self.tr("S&ync now"))
        sync_now.setObjectName("syncNow")
        sync_now.clicked.connect(self.sync.sync_now)
        conflicts = QPushButton(self.tr("&Conflicts…"))
        conflicts.setObjectName("openConflicts")
        conflicts.clicked.connect(self.conflicts_requested.emit)
        leave = QPushButton(self.tr("&Leave the team"))
        leave.setObjectName("leaveTeam")
        leave.clicked.connect(self.leave)
        buttons = QHBoxLayout()
        for button in (sync_now, conflicts, leave):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.connection)
        layout.addWidget(self.sync_line)
        layout.addWidget(self.team_goals)
        layout.addWidget(self.note)
        layout.addWidget(self.share)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return page

    def _show_page(self) -> None:
        config = team.joined(self.data_dir)
        self.pages.setCurrentIndex(0 if config is None else 1)
        self._role = None if config is None else config.role
        if config is None:
            return
        self.connection.setText(
            self.tr("Connected to {where} as {role}.").format(
                where=config.target.describe(), role=config.role
            )
        )
        self.share.blockSignals(True)
        self.share.setChecked(config.share_debrief_text)
        self.share.blockSignals(False)
        self.share.setEnabled(not (config.manager or config.admin))
        self._show_sync(self.sync.status)

    def _show_sync(self, status: SyncStatus | None) -> None:
        words = self.sync.text()
        if status is not None and status.last_synced is not None:
            local = status.last_synced.astimezone()
            words = self.tr("{status}; last sync {when}").format(
                status=words, when=datetime_text(local)
            )
        if status is not None and status.message is not None:
            words += "\n" + tr_message(status.message)
        self.sync_line.setText(words)
        if self._role is not None:  # a sync may have brought new team goals
            self._show_goals(self._role)

    def _show_goals(self, role: str) -> None:
        """This year's team goals as the last sync brought them: the team's and the rep's."""
        from salescoach.domain.team_lists import goal_for
        from salescoach.services.team_lists import team_goals_here

        year = dt.date.today().year
        try:
            goals = team_goals_here(self.data_dir)
        except UserError:
            goals = []
        lines = []
        for goal, text in (
            (goal_for(goals, year), self.tr("Team goal for {year}: {what}.")),
            (goal_for(goals, year, role), self.tr("Your goal from the team for {year}: {what}.")),
        ):
            if goal is not None:
                parts = []
                if goal.wins is not None:
                    parts.append(self.tr("%n win(s)", "", goal.wins))
                if goal.won_cents is not None:
                    parts.append(
                        self.tr("{amount} won").format(
                            amount=money_whole(goal.won_cents, goal.currency)
                        )
                    )
                lines.append(text.format(year=year, what=", ".join(parts)))
        self.team_goals.setText("\n".join(lines))
        self.team_goals.setVisible(bool(lines))

    def _set_sharing(self, on: bool) -> None:
        try:
            team.set_sharing(self.data_dir, on)
        except UserError as e:
            set_field_error(self.join_error, e.message)

    def leave(self) -> None:
        if not confirm(
            self,
            self.tr("Leave the team"),
            self.tr(
                "Stop syncing this computer with the team? Your data stays here and on the "
                "server; the kept password is forgotten."
            ),
            self.tr("Leave"),
        ):
            return
        self.sync.stop()
        try:
            team.leave_team(self.data_dir)
        except UserError as e:
            set_field_error(self.join_error, e.message)
        self._show_page()
