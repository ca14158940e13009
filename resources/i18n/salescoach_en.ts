<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en_US">
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../salescoach/ui/accounts/dialog.py" line="+56" />
        <location line="+177" />
        <location line="+87" />
        <location line="+33" />
        <source>Accounts and contacts</source>
        <translation>Accounts and contacts</translation>
    </message>
    <message>
        <location line="-284" />
        <source>Filter accounts</source>
        <translation>Filter accounts</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+1" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <location line="+105" />
        <source>No accounts yet. Type a company name on the right and save.</source>
        <translation>No accounts yet. Type a company name on the right and save.</translation>
    </message>
    <message>
        <location line="-84" />
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sec&amp;tor</source>
        <translation>Sec&amp;tor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cit&amp;y</source>
        <translation>Cit&amp;y</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+115" />
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <location line="-114" />
        <source>Delete account…</source>
        <translation>Delete account…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save account</source>
        <translation>Save account</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stay in touch…</source>
        <translation>Stay in touch…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;First name</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Last name</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Job title</source>
        <translation>&amp;Job title</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete contact…</source>
        <translation>Delete contact…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save contact</source>
        <translation>Save contact</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write…</source>
        <translation>Write…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Contacts of this account</source>
        <translation>Contacts of this account</translation>
    </message>
    <message>
        <location line="+34" />
        <source>No account matches this filter.</source>
        <translation>No account matches this filter.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Account: {name}</source>
        <translation>Account: {name}</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Delete the account {name}? Its contacts are kept.</source>
        <translation>Delete the account {name}? Its contacts are kept.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+5" />
        <source>Delete account</source>
        <translation>Delete account</translation>
    </message>
    <message>
        <location line="-5" />
        <location line="+80" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Delete the contact {name}?</source>
        <translation>Delete the contact {name}?</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+5" />
        <source>Delete contact</source>
        <translation>Delete contact</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Some changes are not saved. Save them before closing?</source>
        <translation>Some changes are not saved. Save them before closing?</translation>
    </message>
</context>
<context>
    <name>AdvocatesPanel</name>
    <message>
        <location filename="../../salescoach/ui/followups/advocates.py" line="+34" />
        <source>no deal yet</source>
        <translation>no deal yet</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n deal(s), {won} won</source>
        <translation><numerusform>%n deal, {won} won</numerusform><numerusform>%n deals, {won} won</numerusform></translation>
    </message>
    <message>
        <location line="+7" />
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Advocate</source>
        <translation>Advocate</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Referred</source>
        <translation>Referred</translation>
    </message>
    <message>
        <location line="+3" />
        <source>What came of it</source>
        <translation>What came of it</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last thank-you</source>
        <translation>Last thank-you</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Prospects who said no can still refer you to someone who is a better fit. Thank them: a referral programme turns a loss into an advocate.</source>
        <translation>Prospects who said no can still refer you to someone who is a better fit. Thank them: a referral programme turns a loss into an advocate.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Record a &amp;thank-you…</source>
        <translation>Record a &amp;thank-you…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Add a referral…</source>
        <translation>&amp;Add a referral…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Write a thank-you &amp;email…</source>
        <translation>Write a thank-you &amp;email…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Referral advocates</source>
        <translation>Referral advocates</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../salescoach/ui/shell/app.py" line="+51" />
        <source>salescoach is already open on this data folder ({path}). Switch to that window; nothing was changed.</source>
        <translation>salescoach is already open on this data folder ({path}). Switch to that window; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/data/upgrade_offer.py" line="+24" />
        <source>{problem}

The copy {name}, taken on {when} before an earlier upgrade, upgrades correctly. Restore it and open it? The current file is kept in the backups folder.</source>
        <translation>{problem}

The copy {name}, taken on {when} before an earlier upgrade, upgrades correctly. Restore it and open it? The current file is kept in the backups folder.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Cannot restore the copy</source>
        <translation>Cannot restore the copy</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../salescoach/ui/data/damage.py" line="+44" />
        <location line="+14" />
        <source>Your data is damaged</source>
        <translation>Your data is damaged</translation>
    </message>
    <message>
        <location line="-28" />
        <source>None of the {count} backups is healthy either. Nothing was changed; copy the database somewhere safe before going on.</source>
        <translation>None of the {count} backups is healthy either. Nothing was changed; copy the database somewhere safe before going on.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>There is no backup to restore. Nothing was changed; copy the database somewhere safe before going on.</source>
        <translation>There is no backup to restore. Nothing was changed; copy the database somewhere safe before going on.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Restore the newest healthy backup, of {when}? The damaged file is kept aside, untouched.</source>
        <translation>Restore the newest healthy backup, of {when}? The damaged file is kept aside, untouched.</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n newer backup(s) failed the integrity check.</source>
        <translation><numerusform>%n newer backup failed the integrity check.</numerusform><numerusform>%n newer backups failed the integrity check.</numerusform></translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Choose another…</source>
        <translation>&amp;Choose another…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/data/backup_actions.py" line="+82" />
        <location line="+30" />
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location line="-23" />
        <source>The database {path} is damaged.</source>
        <translation>The database {path} is damaged.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Backup restored; your previous data is in {path}.</source>
        <translation>Backup restored; your previous data is in {path}.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../salescoach/store/backups.py" line="+112" />
        <source>There is no database to back up in {folder} yet.</source>
        <translation>There is no database to back up in {folder} yet.</translation>
    </message>
    <message>
        <location line="-17" />
        <source>{path} already exists; choose another name.</source>
        <translation>{path} already exists; choose another name.</translation>
    </message>
    <message>
        <location line="-20" />
        <source>The disk is full: cannot write the backup to {path}; nothing was changed.</source>
        <translation>The disk is full: cannot write the backup to {path}; nothing was changed.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cannot write the backup to {path}; nothing was changed.</source>
        <translation>Cannot write the backup to {path}; nothing was changed.</translation>
    </message>
    <message>
        <location line="+119" />
        <source>The backup {path} is damaged too; choose another one.</source>
        <translation>The backup {path} is damaged too; choose another one.</translation>
    </message>
    <message>
        <location filename="../../salescoach/store/sqlite_copy.py" line="+34" />
        <source>The database {path} is damaged; a copy of it would be damaged too, so none was made. Restore a healthy backup (File › Backups…).</source>
        <translation>The database {path} is damaged; a copy of it would be damaged too, so none was made. Restore a healthy backup (File › Backups…).</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../salescoach/ui/data/backups_dialog.py" line="+29" />
        <source>{name} (damaged)</source>
        <translation>{name} (damaged)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+5" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+21" />
        <location line="+45" />
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="-41" />
        <source>salescoach backs your data up once a day when it starts and keeps the last ten copies, in {folder}.</source>
        <translation>salescoach backs your data up once a day when it starts and keeps the last ten copies, in {folder}.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Replace your data by the backup of {when}? Your data as it is now is backed up first, so this can be undone.</source>
        <translation>Replace your data by the backup of {when}? Your data as it is now is backed up first, so this can be undone.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>CadenceDialog</name>
    <message>
        <location filename="../../salescoach/ui/followups/dialogs.py" line="+131" />
        <source>Stay in touch</source>
        <translation>Stay in touch</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A company</source>
        <translation>A company</translation>
    </message>
    <message>
        <location line="+5" />
        <source>or a person without a company</source>
        <translation>or a person without a company</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Company</source>
        <translation>&amp;Company</translation>
    </message>
    <message>
        <location line="+1" />
        <source>or &amp;person</source>
        <translation>or &amp;person</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Every</source>
        <translation>&amp;Every</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;First follow-up</source>
        <translation>&amp;First follow-up</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../salescoach/services/calendar.py" line="+40" />
        <source>Ask for {name}.</source>
        <translation>Ask for {name}.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Lost deal: {title}.</source>
        <translation>Lost deal: {title}.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>They said: “{said}”</source>
        <translation>They said: “{said}”</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Last touch on {day}: {outcome}</source>
        <translation>Last touch on {day}: {outcome}</translation>
    </message>
    <message>
        <location line="+48" />
        <source>salescoach follow-ups</source>
        <translation>salescoach follow-ups</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+14" />
        <source>Stay in touch: {who}</source>
        <translation>Stay in touch: {who}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stay in touch (stopped)</source>
        <translation>Stay in touch (stopped)</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Cannot write {path}: the folder is missing or read-only. Nothing was written.</source>
        <translation>Cannot write {path}: the folder is missing or read-only. Nothing was written.</translation>
    </message>
</context>
<context>
    <name>Celebration</name>
    <message>
        <location filename="../../salescoach/ui/progress/celebration.py" line="+51" />
        <source>It is in another currency than your {year} figures ({currency}): not added to them.</source>
        <translation>It is in another currency than your {year} figures ({currency}): not added to them.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>+{added} towards your {year} goal: {share} reached.</source>
        <translation>+{added} towards your {year} goal: {share} reached.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>+{added} towards your {year} goal: {share} reached (+{gain}).</source>
        <translation>+{added} towards your {year} goal: {share} reached (+{gain}).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>+{added} in {year}: {total} so far.</source>
        <translation>+{added} in {year}: {total} so far.</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n month(s) in a row with at least one win.</source>
        <translation><numerusform>%n month in a row with at least one win.</numerusform><numerusform>%n months in a row with at least one win.</numerusform></translation>
    </message>
    <message>
        <location line="+105" />
        <source>Deal won: {title}</source>
        <translation>Deal won: {title}</translation>
    </message>
</context>
<context>
    <name>ChancesDialog</name>
    <message>
        <location filename="../../salescoach/ui/pipeline/chances_dialog.py" line="+37" />
        <source>Chances of winning by stage</source>
        <translation>Chances of winning by stage</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The forecast in the Pipeline's header counts each open deal at its stage's chance of being won.</source>
        <translation>The forecast in the Pipeline's header counts each open deal at its stage's chance of being won.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Your team's manager sets the chances shown greyed, so that every rep's forecast counts a stage alike; they come with each team sync.</source>
        <translation>Your team's manager sets the chances shown greyed, so that every rep's forecast counts a stage alike; they come with each team sync.</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Cannot save the chances</source>
        <translation>Cannot save the chances</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Chances of winning saved: the forecast is updated.</source>
        <translation>Chances of winning saved: the forecast is updated.</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <location filename="../../salescoach/ui/review/checkin.py" line="+54" />
        <source>Pick one, or write your own</source>
        <translation>Pick one, or write your own</translation>
    </message>
    <message>
        <location line="+10" />
        <source>(1: drained, 5: full of energy)</source>
        <translation>(1: drained, 5: full of energy)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>a word or two: tired, on a roll…</source>
        <translation>a word or two: tired, on a roll…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Focus for &amp;next week</source>
        <translation>Focus for &amp;next week</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your ene&amp;rgy this week</source>
        <translation>Your ene&amp;rgy this week</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In a &amp;word</source>
        <translation>In a &amp;word</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+26" />
        <source>Sa&amp;ve the review</source>
        <translation>Sa&amp;ve the review</translation>
    </message>
    <message>
        <location line="-11" />
        <source>Last focus kept: “{focus}”</source>
        <translation>Last focus kept: “{focus}”</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Update the review</source>
        <translation>&amp;Update the review</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Your energy and your results have been falling together for three weeks: a long effort, plan a break. Selling at a distance is a marathon.</source>
        <translation>Your energy and your results have been falling together for three weeks: a long effort, plan a break. Selling at a distance is a marathon.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../salescoach/cli/main.py" line="+94" />
        <source>Interrupted; nothing was written.</source>
        <translation>Interrupted; nothing was written.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Unexpected error; nothing was written.</source>
        <translation>Unexpected error; nothing was written.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Unexpected error; nothing was written. Details are in {path}.</source>
        <translation>Unexpected error; nothing was written. Details are in {path}.</translation>
    </message>
    <message>
        <location filename="../../salescoach/cli/run.py" line="+44" />
        <source>There is no salescoach database in {path}; nothing to do.</source>
        <translation>There is no salescoach database in {path}; nothing to do.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>salescoach is open on {path}; close it first (or use its File menu). Nothing was written.</source>
        <translation>salescoach is open on {path}; close it first (or use its File menu). Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../salescoach/cli/data_folder.py" line="+27" />
        <source>Demo history created in {path}: {deals} deals, {touches} touches ({seconds} s).</source>
        <translation>Demo history created in {path}: {deals} deals, {touches} touches ({seconds} s).</translation>
    </message>
    <message>
        <location filename="../../salescoach/cli/followups.py" line="+30" />
        <source>{count} follow-up(s) written to {path}.</source>
        <translation>{count} follow-up(s) written to {path}.</translation>
    </message>
    <message>
        <location filename="../../salescoach/cli/data_folder.py" line="+22" />
        <source>{path} is up to date; nothing to do.</source>
        <translation>{path} is up to date; nothing to do.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{path} upgraded from schema {old}; a copy was kept first.</source>
        <translation>{path} upgraded from schema {old}; a copy was kept first.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Backup written to {path}.</source>
        <translation>Backup written to {path}.</translation>
    </message>
    <message>
        <location filename="../../salescoach/cli/stats.py" line="+56" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <location line="+1" />
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+1" />
        <source>won</source>
        <translation>won</translation>
    </message>
    <message>
        <location line="+1" />
        <source>lost</source>
        <translation>lost</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Win rate</source>
        <translation>Win rate</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Touches</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location line="+3" />
        <source>commission earned</source>
        <translation>commission earned</translation>
    </message>
    <message>
        <location line="+5" />
        <source>average commission per win</source>
        <translation>average commission per win</translation>
    </message>
    <message>
        <location line="+5" />
        <source>touches per win</source>
        <translation>touches per win</translation>
    </message>
    <message>
        <location line="+5" />
        <source>value of one touch</source>
        <translation>value of one touch</translation>
    </message>
    <message>
        <location line="+4" />
        <source>other currencies, left out</source>
        <translation>other currencies, left out</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Debriefs done</source>
        <translation>Debriefs done</translation>
    </message>
    <message>
        <location line="+1" />
        <source>still to do</source>
        <translation>still to do</translation>
    </message>
    <message>
        <location line="+3" />
        <source>weakest question</source>
        <translation>weakest question</translation>
    </message>
    <message>
        <location line="+5" />
        <source>losses within your control</source>
        <translation>losses within your control</translation>
    </message>
    <message>
        <location line="+5" />
        <source>referrals asked / obtained</source>
        <translation>referrals asked / obtained</translation>
    </message>
    <message>
        <location filename="../../salescoach/cli/importing.py" line="+63" />
        <source>Dates such as {example} can be read day first or month first, and nothing in the file tells: say which with --dates dmy (31/12/2024) or --dates mdy (12/31/2024). Nothing was imported.</source>
        <translation>Dates such as {example} can be read day first or month first, and nothing in the file tells: say which with --dates dmy (31/12/2024) or --dates mdy (12/31/2024). Nothing was imported.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No status for the stage(s) {stages}: say which with --status-map, such as --status-map "{example}=open" (open, won or lost). Nothing was imported.</source>
        <translation>No status for the stage(s) {stages}: say which with --status-map, such as --status-map "{example}=open" (open, won or lost). Nothing was imported.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>{bad} of {rows} rows of {file} cannot be imported (listed above); nothing was imported. Correct them, or import the other rows with --skip-bad-rows.</source>
        <translation>{bad} of {rows} rows of {file} cannot be imported (listed above); nothing was imported. Correct them, or import the other rows with --skip-bad-rows.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>{count} deal(s) you deleted in salescoach left deleted.</source>
        <translation>{count} deal(s) you deleted in salescoach left deleted.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>--map {pair}: write FIELD=COLUMN, FIELD being one of {fields}.</source>
        <translation>--map {pair}: write FIELD=COLUMN, FIELD being one of {fields}.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>--status-map {pair}: write VALUE=open, VALUE=won or VALUE=lost.</source>
        <translation>--status-map {pair}: write VALUE=open, VALUE=won or VALUE=lost.</translation>
    </message>
    <message>
        <location filename="../../salescoach/cli/import_report.py" line="+35" />
        <source>Sheet: {sheet} (of {sheets}).</source>
        <translation>Sheet: {sheet} (of {sheets}).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No header row: the first row is a deal; its {count} columns are #1 to #{count} (name them with --map).</source>
        <translation>No header row: the first row is a deal; its {count} columns are #1 to #{count} (name them with --map).</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Stage “{stage}” ({count}): {status}.</source>
        <translation>Stage “{stage}” ({count}): {status}.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>{count} placeholder date(s) (such as 31.12.3999) read as no date.</source>
        <translation>{count} placeholder date(s) (such as 31.12.3999) read as no date.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{count} won or lost deal(s) without a close date were dated by their last change in the CRM.</source>
        <translation>{count} won or lost deal(s) without a close date were dated by their last change in the CRM.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{count} deal(s) created after their close date in the file were given the close date as creation date.</source>
        <translation>{count} deal(s) created after their close date in the file were given the close date as creation date.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{count} deal(s) without a title were titled from their account, product or ID.</source>
        <translation>{count} deal(s) without a title were titled from their account, product or ID.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{count} total or footer row(s) left out.</source>
        <translation>{count} total or footer row(s) left out.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{file}: {format}; workbook, dates and numbers read as the cells hold them.</source>
        <translation>{file}: {format}; workbook, dates and numbers read as the cells hold them.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>to be chosen</source>
        <translation>to be chosen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{file}: {format}; {encoding}; separator: {separator}; {decimal}; dates: {dates}.</source>
        <translation>{file}: {format}; {encoding}; separator: {separator}; {decimal}; dates: {dates}.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>stage</source>
        <translation>stage</translation>
    </message>
    <message>
        <location line="+1" />
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <location line="+1" />
        <source>close date</source>
        <translation>close date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>lost reason</source>
        <translation>lost reason</translation>
    </message>
    <message>
        <location line="+1" />
        <source>activities</source>
        <translation>activities</translation>
    </message>
    <message>
        <location line="+37" />
        <source>{new} new, {changed} changed, {unchanged} unchanged.</source>
        <translation>{new} new, {changed} changed, {unchanged} unchanged.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Row {row}, column “{column}”: {problem}</source>
        <translation>Row {row}, column “{column}”: {problem}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Row {row}: {problem}</source>
        <translation>Row {row}: {problem}</translation>
    </message>
    <message>
        <location line="+23" />
        <source>{file} checked, nothing written (--dry-run): {deals} deal(s) to import, {updated} to update, {already} already there, {skipped} bad row(s) left out; {accounts} new account(s), {contacts} new contact(s), {touches} touch(es), {debriefs} debrief(s) to finish.</source>
        <translation>{file} checked, nothing written (--dry-run): {deals} deal(s) to import, {updated} to update, {already} already there, {skipped} bad row(s) left out; {accounts} new account(s), {contacts} new contact(s), {touches} touch(es), {debriefs} debrief(s) to finish.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{file}: {deals} deal(s) imported, {updated} updated, {already} already there, {skipped} bad row(s) left out; {accounts} new account(s), {contacts} new contact(s), {touches} touch(es), {debriefs} debrief(s) to finish.</source>
        <translation>{file}: {deals} deal(s) imported, {updated} updated, {already} already there, {skipped} bad row(s) left out; {accounts} new account(s), {contacts} new contact(s), {touches} touch(es), {debriefs} debrief(s) to finish.</translation>
    </message>
    <message>
        <location filename="../../salescoach/cli/exporting.py" line="+30" />
        <source>Exported to {path}: {deals} deal(s), {touches} touch(es), {accounts} account(s), {contacts} contact(s), {debriefs} debrief(s).</source>
        <translation>Exported to {path}: {deals} deal(s), {touches} touch(es), {accounts} account(s), {contacts} contact(s), {debriefs} debrief(s).</translation>
    </message>
    <message>
        <location filename="../../salescoach/cli/team.py" line="+107" />
        <source>Team schema {revision} ready.</source>
        <translation>Team schema {revision} ready.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{name} can now join the team.</source>
        <translation>{name} can now join the team.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Joined the team as {role}.</source>
        <translation>Joined the team as {role}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No usable system keyring here: the password is kept in ~/.pgpass (readable by you only).</source>
        <translation>No usable system keyring here: the password is kept in ~/.pgpass (readable by you only).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Synced: {pushed} change(s) sent, {pulled} received, {conflicts} conflict(s) kept, {waiting} waiting.</source>
        <translation>Synced: {pushed} change(s) sent, {pulled} received, {conflicts} conflict(s) kept, {waiting} waiting.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Team goals are only set on the team: publish them from a CSV file. Nothing was published.</source>
        <translation>Team goals are only set on the team: publish them from a CSV file. Nothing was published.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Published {list}, {count} on the server: the reps get it at their next sync.</source>
        <translation>Published {list}, {count} on the server: the reps get it at their next sync.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>--since {since} is after --until {until}.</source>
        <translation>--since {since} is after --until {until}.</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+23" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="-8" />
        <source>controllable</source>
        <translation>controllable</translation>
    </message>
    <message>
        <location line="+23" />
        <source>No certificate file at {path}.</source>
        <translation>No certificate file at {path}.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The password must have at least 8 characters (and be typed the same twice). Nothing was changed.</source>
        <translation>The password must have at least 8 characters (and be typed the same twice). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../salescoach/cli/review.py" line="+48" />
        <source>Week of {week}</source>
        <translation>Week of {week}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>  touches: {n} (usually {usual})</source>
        <translation>  touches: {n} (usually {usual})</translation>
    </message>
    <message>
        <location line="+5" />
        <source>  new deals: {n} (usually {usual})</source>
        <translation>  new deals: {n} (usually {usual})</translation>
    </message>
    <message>
        <location line="+5" />
        <source>  won: {won}, lost: {lost}</source>
        <translation>  won: {won}, lost: {lost}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Debriefs to do: {n}; follow-ups due: {due}</source>
        <translation>Debriefs to do: {n}; follow-ups due: {due}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Leads this month: {added} of {needed} needed</source>
        <translation>Leads this month: {added} of {needed} needed</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Focus ideas for next week:</source>
        <translation>Focus ideas for next week:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Your energy and your results are falling together: a long effort, plan a break.</source>
        <translation>Your energy and your results are falling together: a long effort, plan a break.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Not reviewed yet: open the app (Ctrl+R).</source>
        <translation>Not reviewed yet: open the app (Ctrl+R).</translation>
    </message>
    <message>
        <location filename="../../salescoach/cli/settings.py" line="+29" />
        <source>No commission plan: wins without a commission recorded earn nothing. Set a rate with `salescoach commission --rate 8` (8 % of each won amount), from a date with --from YYYY-MM-DD.</source>
        <translation>No commission plan: wins without a commission recorded earn nothing. Set a rate with `salescoach commission --rate 8` (8 % of each won amount), from a date with --from YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{rate} % of each won amount.</source>
        <translation>{rate} % of each won amount.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>From {day}: {rate} % of each won amount.</source>
        <translation>From {day}: {rate} % of each won amount.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{rate} % of what you win beyond the year's revenue goal.</source>
        <translation>{rate} % of what you win beyond the year's revenue goal.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>--above-goal needs --rate: the rate up to the goal.</source>
        <translation>--above-goal needs --rate: the rate up to the goal.</translation>
    </message>
</context>
<context>
    <name>Commission</name>
    <message>
        <location filename="../../salescoach/domain/commission.py" line="+51" />
        <source>“{value}” is not a rate: give a percentage from 0 to 100.</source>
        <translation>“{value}” is not a rate: give a percentage from 0 to 100.</translation>
    </message>
</context>
<context>
    <name>CommissionDialog</name>
    <message>
        <location filename="../../salescoach/ui/numbers/commission_dialog.py" line="+39" />
        <source>Commission plan</source>
        <translation>Commission plan</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No CRM export carries your commission. A won deal with no commission recorded earns this rate on its amount; a recorded commission is kept.</source>
        <translation>No CRM export carries your commission. A won deal with no commission recorded earns this rate on its amount; a recorded commission is kept.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>such as 8</source>
        <translation>such as 8</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Rate on won amounts (%)</source>
        <translation>&amp;Rate on won amounts (%)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Only for deals won from</source>
        <translation>&amp;Only for deals won from</translation>
    </message>
    <message>
        <location line="+10" />
        <source>optional, such as 12</source>
        <translation>optional, such as 12</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rate &amp;beyond the yearly revenue goal (%)</source>
        <translation>Rate &amp;beyond the yearly revenue goal (%)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>No plan yet: wins without a commission earn nothing.</source>
        <translation>No plan yet: wins without a commission earn nothing.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 % of each won amount</source>
        <translation>%1 % of each won amount</translation>
    </message>
    <message>
        <location line="+2" />
        <source>From %1: %2 % of each won amount</source>
        <translation>From %1: %2 % of each won amount</translation>
    </message>
    <message>
        <location line="+5" />
        <source>, %1 % beyond the goal</source>
        <translation>, %1 % beyond the goal</translation>
    </message>
</context>
<context>
    <name>ComposerDialog</name>
    <message>
        <location filename="../../salescoach/ui/writing/composer.py" line="+70" />
        <source>Write an email</source>
        <translation>Write an email</translation>
    </message>
    <message>
        <location line="+15" />
        <source>No email address known: add it in your mail program.</source>
        <translation>No email address known: add it in your mail program.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Moment</source>
        <translation>&amp;Moment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;ubject</source>
        <translation>S&amp;ubject</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Open in my mail program</source>
        <translation>&amp;Open in my mail program</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Log as a touch</source>
        <translation>&amp;Log as a touch</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&lt;b&gt;The coach&lt;/b&gt;</source>
        <translation>&lt;b&gt;The coach&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Your draft is back, as you left it.</source>
        <translation>Your draft is back, as you left it.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Not known: {fields}. Replace the placeholders in brackets before sending.</source>
        <translation>Not known: {fields}. Replace the placeholders in brackets before sending.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Replace your text?</source>
        <translation>Replace your text?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The template replaces what you wrote (your draft stays saved).</source>
        <translation>The template replaces what you wrote (your draft stays saved).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Placeholders left</source>
        <translation>Placeholders left</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{placeholders} still in the text. Go on anyway?</source>
        <translation>{placeholders} still in the text. Go on anyway?</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Go on</source>
        <translation>&amp;Go on</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Email copied: paste it into your mail program.</source>
        <translation>Email copied: paste it into your mail program.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No mail program answered: copy the email instead.</source>
        <translation>No mail program answered: copy the email instead.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cannot log the email</source>
        <translation>Cannot log the email</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Email logged as a touch.</source>
        <translation>Email logged as a touch.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../salescoach/ui/team/conflicts.py" line="+32" />
        <source>Loss reason</source>
        <translation>Loss reason</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deal's contact</source>
        <translation>Deal's contact</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Touch</source>
        <translation>Touch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Thanks for a referral</source>
        <translation>Thanks for a referral</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nomination</source>
        <translation>Nomination</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Team conflicts</source>
        <translation>Team conflicts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reading the conflicts list…</source>
        <translation>Reading the conflicts list…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Overwritten values</source>
        <translation>Overwritten values</translation>
    </message>
    <message>
        <location line="+22" />
        <source>No conflicts: no change made on another computer overwrote one.</source>
        <translation>No conflicts: no change made on another computer overwrote one.</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n version(s) overwritten by a later change (the same row edited on two computers while offline); the later one is kept everywhere.</source>
        <translation><numerusform>%n version overwritten by a later change (the same row edited on two computers while offline); the later one is kept everywhere.</numerusform><numerusform>%n versions overwritten by a later change (the same row edited on two computers while offline); the later one is kept everywhere.</numerusform></translation>
    </message>
    <message>
        <location line="+29" />
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
</context>
<context>
    <name>ConventionsBar</name>
    <message>
        <location filename="../../salescoach/ui/data/import_widgets.py" line="+49" />
        <source>What the file is</source>
        <translation>What the file is</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Separator:</source>
        <translation>Separator:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Amounts:</source>
        <translation>Amounts:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dates:</source>
        <translation>Dates:</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Dates such as {example} can be read day first or month first, and nothing in the file tells which: choose how to read them.</source>
        <translation>Dates such as {example} can be read day first or month first, and nothing in the file tells which: choose how to read them.</translation>
    </message>
</context>
<context>
    <name>CurrencyDialog</name>
    <message>
        <location filename="../../salescoach/ui/numbers/currency_dialog.py" line="+29" />
        <source>Main currency</source>
        <translation>Main currency</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Every figure is in this currency. Deals in other currencies are counted apart, never converted.</source>
        <translation>Every figure is in this currency. Deals in other currencies are counted apart, never converted.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The currency of most of my deals (%1)</source>
        <translation>The currency of most of my deals (%1)</translation>
    </message>
</context>
<context>
    <name>DataDir</name>
    <message>
        <location filename="../../salescoach/services/datadir.py" line="+40" />
        <source>{path} is a file, not a folder.</source>
        <translation>{path} is a file, not a folder.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Cannot use the data folder {path}: {reason}</source>
        <translation>Cannot use the data folder {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../salescoach/store/database.py" line="+237" />
        <source>The database is busy in another program. Nothing was changed.</source>
        <translation>The database is busy in another program. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The database {path} is read-only.</source>
        <translation>The database {path} is read-only.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>There is no salescoach database in {folder} yet: open the app on it, or import a file, first.</source>
        <translation>There is no salescoach database in {folder} yet: open the app on it, or import a file, first.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The database in {folder} was written by an older version of salescoach (schema {revision}). Open the app once, or run `salescoach upgrade`, to upgrade it; nothing was changed.</source>
        <translation>The database in {folder} was written by an older version of salescoach (schema {revision}). Open the app once, or run `salescoach upgrade`, to upgrade it; nothing was changed.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>salescoach could not upgrade {path} from schema {revision} ({reason}). The upgrade was undone: your data is as it was. A copy taken before the upgrade is at {copy}.</source>
        <translation>salescoach could not upgrade {path} from schema {revision} ({reason}). The upgrade was undone: your data is as it was. A copy taken before the upgrade is at {copy}.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Cannot copy {path} before upgrading it ({reason}); nothing was changed.</source>
        <translation>Cannot copy {path} before upgrading it ({reason}); nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../salescoach/store/probe.py" line="+33" />
        <source>{path} is not a salescoach database, or it is damaged. It was left untouched; restore a backup or choose another data folder.</source>
        <translation>{path} is not a salescoach database, or it is damaged. It was left untouched; restore a backup or choose another data folder.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Cannot read {path}: {reason}</source>
        <translation>Cannot read {path}: {reason}</translation>
    </message>
    <message>
        <location line="+36" />
        <source>{path} was written by a newer version of salescoach (schema {revision}). Install the newer version to open it; the file was left untouched.</source>
        <translation>{path} was written by a newer version of salescoach (schema {revision}). Install the newer version to open it; the file was left untouched.</translation>
    </message>
    <message>
        <location filename="../../salescoach/domain/disk_full.py" line="+46" />
        <source>The disk is full: there is no room left to write {path}. Nothing was written. Free some space and try again.</source>
        <translation>The disk is full: there is no room left to write {path}. Nothing was written. Free some space and try again.</translation>
    </message>
</context>
<context>
    <name>DealEditor</name>
    <message>
        <location filename="../../salescoach/ui/pipeline/deal_editor.py" line="+63" />
        <source>New deal</source>
        <translation>New deal</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Edit deal</source>
        <translation>Edit deal</translation>
    </message>
    <message>
        <location line="+23" />
        <source>e.g. CRM roll-out, 40 seats</source>
        <translation>e.g. CRM roll-out, 40 seats</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Company (new names are added)</source>
        <translation>Company (new names are added)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location line="+14" />
        <source>A&amp;mount</source>
        <translation>A&amp;mount</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Commission</source>
        <translation>&amp;Commission</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Stage</source>
        <translation>&amp;Stage</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Created &amp;on</source>
        <translation>Created &amp;on</translation>
    </message>
    <message>
        <location line="+5" />
        <source>C&amp;losed on</source>
        <translation>C&amp;losed on</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Who else they were looking at, if known</source>
        <translation>Who else they were looking at, if known</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Com&amp;petitor</source>
        <translation>Com&amp;petitor</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location line="+82" />
        <source>recorded</source>
        <translation>recorded</translation>
    </message>
    <message>
        <location line="+3" />
        <source>from your plan: {amount}</source>
        <translation>from your plan: {amount}</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Cannot save the deal</source>
        <translation>Cannot save the deal</translation>
    </message>
</context>
<context>
    <name>DealsModel</name>
    <message>
        <location filename="../../salescoach/ui/pipeline/model.py" line="+79" />
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+267" />
        <source>Lost · debrief pending</source>
        <translation>Lost · debrief pending</translation>
    </message>
    <message>
        <location line="+20" />
        <source>No debrief yet: press Ctrl+L to learn from this loss.</source>
        <translation>No debrief yet: press Ctrl+L to learn from this loss.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Debrief started: press Ctrl+L to finish it.</source>
        <translation>Debrief started: press Ctrl+L to finish it.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Competitor: {name}</source>
        <translation>Competitor: {name}</translation>
    </message>
</context>
<context>
    <name>Debrief</name>
    <message>
        <location filename="../../salescoach/domain/debrief.py" line="+43" />
        <source>Did you talk to the right decision makers?</source>
        <translation>Did you talk to the right decision makers?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confirm you are talking to the decision makers: who signs, who weighs in?</source>
        <translation>Confirm you are talking to the decision makers: who signs, who weighs in?</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Did you truly and fully understand their problems?</source>
        <translation>Did you truly and fully understand their problems?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restate their problem in their own words and get a yes before proposing.</source>
        <translation>Restate their problem in their own words and get a yes before proposing.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Did you build a proposal that met their needs and removed any surprises?</source>
        <translation>Did you build a proposal that met their needs and removed any surprises?</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Walk them through the proposal before sending it: no surprise on price, scope or timing.</source>
        <translation>Walk them through the proposal before sending it: no surprise on price, scope or timing.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Did you know whether they were evaluating a competitor?</source>
        <translation>Did you know whether they were evaluating a competitor?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ask who else they are talking to, and what they like there.</source>
        <translation>Ask who else they are talking to, and what they like there.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Did you bring them value and offer educational resources to help them make the best decision?</source>
        <translation>Did you bring them value and offer educational resources to help them make the best decision?</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Send something that helps them decide: a case study, a guide, a figure.</source>
        <translation>Send something that helps them decide: a case study, a guide, a figure.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Do you understand why they turned your proposal down?</source>
        <translation>Do you understand why they turned your proposal down?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ask what could make them say no, before they do.</source>
        <translation>Ask what could make them say no, before they do.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Don't take it personally. Hold yourself accountable by focusing on the parts of the process you can control.</source>
        <translation>Don't take it personally. Hold yourself accountable by focusing on the parts of the process you can control.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Learn from your mistakes.</source>
        <translation>Learn from your mistakes.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find out the reasons for each rejection; you may find valuable insights to help your team and the whole company improve.</source>
        <translation>Find out the reasons for each rejection; you may find valuable insights to help your team and the whole company improve.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Don't be afraid to ask a lead who said “no” to point you to someone else who might be a better fit.</source>
        <translation>Don't be afraid to ask a lead who said “no” to point you to someone else who might be a better fit.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Always stay top of mind; you might not be a good fit now, but you could be down the road.</source>
        <translation>Always stay top of mind; you might not be a good fit now, but you could be down the road.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Know your numbers and the value of each call, email and touchpoint.</source>
        <translation>Know your numbers and the value of each call, email and touchpoint.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Timing</source>
        <translation>Timing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Competitor's better offer</source>
        <translation>Competitor's better offer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Handled in-house</source>
        <translation>Handled in-house</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No decision / status quo</source>
        <translation>No decision / status quo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No decision maker reached</source>
        <translation>No decision maker reached</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Needs misunderstood</source>
        <translation>Needs misunderstood</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Missing capability</source>
        <translation>Missing capability</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unresponsive</source>
        <translation>Unresponsive</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Poor fit</source>
        <translation>Poor fit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+78" />
        <source>Choose the main reason the deal was lost.</source>
        <translation>Choose the main reason the deal was lost.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Choose or create the person they referred you to, or untick it.</source>
        <translation>Choose or create the person they referred you to, or untick it.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Stay in touch at least every month, or untick “stay in touch”.</source>
        <translation>Stay in touch at least every month, or untick “stay in touch”.</translation>
    </message>
</context>
<context>
    <name>DebriefDialog</name>
    <message>
        <location filename="../../salescoach/ui/debriefs/dialog.py" line="+63" />
        <source>Decision makers and needs</source>
        <translation>Decision makers and needs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Competition and value</source>
        <translation>Competition and value</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why they said no</source>
        <translation>Why they said no</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Referral and follow-up</source>
        <translation>Referral and follow-up</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cheat sheet</source>
        <translation>Cheat sheet</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Debrief: {deal}</source>
        <translation>Debrief: {deal}</translation>
    </message>
    <message>
        <location line="+40" />
        <source>&lt;b&gt;{deal}&lt;/b&gt; · {account} · lost on {date} · {amount}</source>
        <translation>&lt;b&gt;{deal}&lt;/b&gt; · {account} · lost on {date} · {amount}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no account</source>
        <translation>no account</translation>
    </message>
    <message>
        <location line="+10" />
        <source>A “no” is something to learn from. Answer honestly; you can close this window at any time and come back: everything you type is kept.</source>
        <translation>A “no” is something to learn from. Answer honestly; you can close this window at any time and come back: everything you type is kept.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>&amp;Close (kept as a draft)</source>
        <translation>&amp;Close (kept as a draft)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Editing…</source>
        <translation>Editing…</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Not saved.</source>
        <translation>Not saved.</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+29" />
        <source>Cannot save the debrief</source>
        <translation>Cannot save the debrief</translation>
    </message>
    <message>
        <location line="-22" />
        <source>Draft saved at {time}.</source>
        <translation>Draft saved at {time}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Press Save changes to keep your edits.</source>
        <translation>Press Save changes to keep your edits.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Something is missing: see the message in red.</source>
        <translation>Something is missing: see the message in red.</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Cannot open the debrief</source>
        <translation>Cannot open the debrief</translation>
    </message>
</context>
<context>
    <name>DebriefPages</name>
    <message>
        <location filename="../../salescoach/ui/common/debrief_words.py" line="+13" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Partly</source>
        <translation>Partly</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/debriefs/pages.py" line="+106" />
        <source>A note (optional): what happened?</source>
        <translation>A note (optional): what happened?</translation>
    </message>
</context>
<context>
    <name>Debriefs</name>
    <message>
        <location filename="../../salescoach/services/debriefs.py" line="+49" />
        <source>This deal no longer exists (it may have been deleted); the debrief was not saved.</source>
        <translation>This deal no longer exists (it may have been deleted); the debrief was not saved.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>This loss reason no longer exists (it may have been deleted).</source>
        <translation>This loss reason no longer exists (it may have been deleted).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>A reason needs a name.</source>
        <translation>A reason needs a name.</translation>
    </message>
</context>
<context>
    <name>DebriefsView</name>
    <message>
        <location filename="../../salescoach/ui/debriefs/view.py" line="+72" />
        <source>Debrief the latest loss…</source>
        <translation>Debrief the latest loss…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>All debriefs</source>
        <translation>All debriefs</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/debriefs/rows.py" line="+24" />
        <location filename="../../salescoach/ui/debriefs/view.py" line="+1" />
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../salescoach/ui/debriefs/view.py" line="+1" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/debriefs/view.py" line="+3" />
        <location line="+165" />
        <source>All reasons</source>
        <translation>All reasons</translation>
    </message>
    <message>
        <location line="-161" />
        <source>Within my control or not</source>
        <translation>Within my control or not</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/debriefs/rows.py" line="+9" />
        <location filename="../../salescoach/ui/debriefs/view.py" line="+1" />
        <source>Within my control</source>
        <translation>Within my control</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+12" />
        <location filename="../../salescoach/ui/debriefs/view.py" line="+1" />
        <source>Outside my control</source>
        <translation>Outside my control</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Obtained</source>
        <translation>Obtained</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Lost on</source>
        <translation>Lost on</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No / partly</source>
        <translation>No / partly</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Competitor</source>
        <translation>Competitor</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/debriefs/view.py" line="+23" />
        <source>&amp;Open the debrief</source>
        <translation>&amp;Open the debrief</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Debriefs</source>
        <translation>Debriefs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Insights</source>
        <translation>Insights</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No lost deal yet. When a deal is lost, press Ctrl+L in the Pipeline: a short debrief turns the “no” into lessons, a referral and a follow-up.</source>
        <translation>No lost deal yet. When a deal is lost, press Ctrl+L in the Pipeline: a short debrief turns the “no” into lessons, a referral and a follow-up.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Reading your debriefs…</source>
        <translation>Reading your debriefs…</translation>
    </message>
    <message>
        <location line="+65" />
        <source>Cannot read the debriefs</source>
        <translation>Cannot read the debriefs</translation>
    </message>
    <message numerus="yes">
        <location line="+48" />
        <source>%n lost deal(s) still to debrief. A few minutes each, while it is fresh.</source>
        <translation><numerusform>%n lost deal still to debrief. A few minutes each, while it is fresh.</numerusform><numerusform>%n lost deals still to debrief. A few minutes each, while it is fresh.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n of them arrived with the import of {file} ({day}).</source>
        <translation><numerusform>%n of them arrived with the import of {file} ({day}).</numerusform><numerusform>%n of them arrived with the import of {file} ({day}).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+52" />
        <source>%n lost deal(s)</source>
        <translation><numerusform>%n lost deal</numerusform><numerusform>%n lost deals</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n of {total} lost deals</source>
        <translation><numerusform>%n of {total} lost deals</numerusform><numerusform>%n of {total} lost deals</numerusform></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../salescoach/services/demo.py" line="+346" />
        <source>The demo history goes into an empty data folder only; this one already has deals. Choose another folder with --data-dir.</source>
        <translation>The demo history goes into an empty data folder only; this one already has deals. Choose another folder with --data-dir.</translation>
    </message>
</context>
<context>
    <name>DueAlerts</name>
    <message numerus="yes">
        <location filename="../../salescoach/ui/followups/alerts.py" line="+27" />
        <source>%n follow-up(s) overdue</source>
        <translation><numerusform>%n follow-up overdue</numerusform><numerusform>%n follow-ups overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n due today</source>
        <translation><numerusform>%n due today</numerusform><numerusform>%n due today</numerusform></translation>
    </message>
    <message>
        <location line="+59" />
        <source>Follow-ups due</source>
        <translation>Follow-ups due</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <location filename="../../salescoach/ui/shell/error_report.py" line="+38" />
        <source>Unexpected error.</source>
        <translation>Unexpected error.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unexpected error. Details are in {path}.</source>
        <translation>Unexpected error. Details are in {path}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../salescoach/ui/data/export_dialog.py" line="+40" />
        <source>Export your data</source>
        <translation>Export your data</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Every account, contact, deal, touch, debrief, loss reason and follow-up, readable by a spreadsheet or another program, and by salescoach's own import. The files are readable by you only.</source>
        <translation>Every account, contact, deal, touch, debrief, loss reason and follow-up, readable by a spreadsheet or another program, and by salescoach's own import. The files are readable by you only.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;CSV: a new folder with one file per table</source>
        <translation>&amp;CSV: a new folder with one file per table</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;JSON: one file</source>
        <translation>&amp;JSON: one file</translation>
    </message>
    <message>
        <location line="+10" />
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save as:</source>
        <translation>Save as:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location line="+0" />
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Folder to create the export in</source>
        <translation>Folder to create the export in</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message numerus="yes">
        <location line="+22" />
        <source>Exported to {path}: %n deal(s).</source>
        <translation><numerusform>Exported to {path}: %n deal.</numerusform><numerusform>Exported to {path}: %n deals.</numerusform></translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <location filename="../../salescoach/services/exporting.py" line="+71" />
        <source>{path} already exists; choose another name.</source>
        <translation>{path} already exists; choose another name.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The folder {path} does not exist.</source>
        <translation>The folder {path} does not exist.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Cannot write {path}: {reason}; nothing was written.</source>
        <translation>Cannot write {path}: {reason}; nothing was written.</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <location filename="../../salescoach/ui/numbers/figures.py" line="+124" />
        <source>Commission earned</source>
        <translation>Commission earned</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wins</source>
        <translation>Wins</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Losses</source>
        <translation>Losses</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Win rate</source>
        <translation>Win rate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Touches logged</source>
        <translation>Touches logged</translation>
    </message>
    <message>
        <location line="-41" />
        <location line="+42" />
        <source>Touches per win</source>
        <translation>Touches per win</translation>
    </message>
    <message>
        <location line="-64" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Touches</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+3" />
        <source>How many of this kind were logged in the period.</source>
        <translation>How many of this kind were logged in the period.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Share of touches</source>
        <translation>Share of touches</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This kind's touches ÷ all the touches logged.</source>
        <translation>This kind's touches ÷ all the touches logged.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>This kind's touches ÷ the deals won in the period.</source>
        <translation>This kind's touches ÷ the deals won in the period.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Share of commission</source>
        <translation>Share of commission</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This kind's touches × the value of one touch: its part of the commission earned (the rows add up to it).</source>
        <translation>This kind's touches × the value of one touch: its part of the commission earned (the rows add up to it).</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Average commission per win</source>
        <translation>Average commission per win</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Value of one touch</source>
        <translation>Value of one touch</translation>
    </message>
    <message>
        <location line="+40" />
        <location line="+1" />
        <location line="+92" />
        <source>How these figures are computed</source>
        <translation>How these figures are computed</translation>
    </message>
    <message>
        <location line="-61" />
        <source>By kind of touch</source>
        <translation>By kind of touch</translation>
    </message>
    <message>
        <location line="+76" />
        <source>Nothing was logged or closed in this period. Choose a longer one.</source>
        <translation>Nothing was logged or closed in this period. Choose a longer one.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No touch logged in this period. Log each call and email (Ctrl+T in the Pipeline) to see what each one is worth.</source>
        <translation>No touch logged in this period. Log each call and email (Ctrl+T in the Pipeline) to see what each one is worth.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No win in this period yet, so there is no value per touch to show. Every no brings you closer to a yes: choose a longer period to see yours.</source>
        <translation>No win in this period yet, so there is no value per touch to show. Every no brings you closer to a yes: choose a longer period to see yours.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Your wins in this period earn no commission yet: no CRM export carries it. Set your rate in Settings › Commission plan… (or record the commission on each won deal) to see what a touch is worth to you.</source>
        <translation>Your wins in this period earn no commission yet: no CRM export carries it. Set your rate in Settings › Commission plan… (or record the commission on each won deal) to see what a touch is worth to you.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Each call you make is worth about {amount}, even the ones that end in a no.</source>
        <translation>Each call you make is worth about {amount}, even the ones that end in a no.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Each touch is worth about {amount}, even the ones that end in a no.</source>
        <translation>Each touch is worth about {amount}, even the ones that end in a no.</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>It takes about %n touch(es) to win a deal ({ratio}): the ones before the yes are not wasted, they are how you get there.</source>
        <translation><numerusform>It takes about %n touch to win a deal ({ratio}): the ones before the yes are not wasted, they are how you get there.</numerusform><numerusform>It takes about %n touches to win a deal ({ratio}): the ones before the yes are not wasted, they are how you get there.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>Commission is missing on %n win(s): the value of a touch is higher than shown.</source>
        <translation><numerusform>Commission is missing on %n win: the value of a touch is higher than shown.</numerusform><numerusform>Commission is missing on %n wins: the value of a touch is higher than shown.</numerusform></translation>
    </message>
    <message>
        <location line="+9" />
        <source>Left out, in {currency} (not converted): {won} won, {lost} lost, {touches} touches, {commission} of commission.</source>
        <translation>Left out, in {currency} (not converted): {won} won, {lost} lost, {touches} touches, {commission} of commission.</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <location filename="../../salescoach/ui/shell/find_dialog.py" line="+36" />
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Touch notes</source>
        <translation>Touch notes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Debriefs</source>
        <translation>Debriefs</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Find anything</source>
        <translation>Find anything</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Deals, accounts, people, notes, debriefs…</source>
        <translation>Deals, accounts, people, notes, debriefs…</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+43" />
        <source>Type a few letters of any word: accents and case ignored.</source>
        <translation>Type a few letters of any word: accents and case ignored.</translation>
    </message>
    <message>
        <location line="-29" />
        <source>Cannot search</source>
        <translation>Cannot search</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Type at least two letters.</source>
        <translation>Type at least two letters.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nothing matches “{text}”.</source>
        <translation>Nothing matches “{text}”.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enter shows the selected record; ↑ and ↓ move.</source>
        <translation>Enter shows the selected record; ↑ and ↓ move.</translation>
    </message>
</context>
<context>
    <name>FirstQuestionsPage</name>
    <message>
        <location filename="../../salescoach/ui/debriefs/pages.py" line="+56" />
        <source>On this deal: {people}.</source>
        <translation>On this deal: {people}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nobody is marked as the decision maker.</source>
        <translation>Nobody is marked as the decision maker.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No contact is recorded on this deal.</source>
        <translation>No contact is recorded on this deal.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialogs</name>
    <message>
        <location filename="../../salescoach/ui/followups/dialogs.py" line="-110" />
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <location line="+1" />
        <source>weeks</source>
        <translation>weeks</translation>
    </message>
    <message>
        <location line="+1" />
        <source>months</source>
        <translation>months</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>every %n day(s)</source>
        <translation><numerusform>every %n day</numerusform><numerusform>every %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>every %n week(s)</source>
        <translation><numerusform>every %n week</numerusform><numerusform>every %n weeks</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>every %n month(s)</source>
        <translation><numerusform>every %n month</numerusform><numerusform>every %n months</numerusform></translation>
    </message>
    <message>
        <location line="+133" />
        <source>No company has this name; pick one from the list.</source>
        <translation>No company has this name; pick one from the list.</translation>
    </message>
    <message>
        <location line="+108" />
        <source>Pick someone from the suggestions.</source>
        <translation>Pick someone from the suggestions.</translation>
    </message>
</context>
<context>
    <name>FollowUpService</name>
    <message>
        <location filename="../../salescoach/services/followups.py" line="+33" />
        <source>This follow-up no longer exists; nothing was changed.</source>
        <translation>This follow-up no longer exists; nothing was changed.</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Choose who to stay in touch with.</source>
        <translation>Choose who to stay in touch with.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Someone cannot refer themselves.</source>
        <translation>Someone cannot refer themselves.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Say what you gave, e.g. a thank-you lunch.</source>
        <translation>Say what you gave, e.g. a thank-you lunch.</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <location filename="../../salescoach/domain/followups.py" line="+68" />
        <source>Choose how often: at least every 1 day, week or month.</source>
        <translation>Choose how often: at least every 1 day, week or month.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Snooze to a day after today.</source>
        <translation>Snooze to a day after today.</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <location filename="../../salescoach/ui/followups/view.py" line="+50" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Lost {date}: {deal}</source>
        <translation>Lost {date}: {deal}</translation>
    </message>
    <message>
        <location line="+17" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last touch</source>
        <translation>Last touch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>They said</source>
        <translation>They said</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Every</source>
        <translation>Every</translation>
    </message>
    <message>
        <location line="+45" />
        <source>All follow-ups</source>
        <translation>All follow-ups</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;New follow-up…</source>
        <translation>&amp;New follow-up…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E&amp;xport to calendar…</source>
        <translation>E&amp;xport to calendar…</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Log the touch now…</source>
        <translation>&amp;Log the touch now…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sn&amp;ooze…</source>
        <translation>Sn&amp;ooze…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;top following</source>
        <translation>S&amp;top following</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Write…</source>
        <translation>&amp;Write…</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Referral advocates</source>
        <translation>Referral advocates</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Nobody to follow up yet. A debrief sets a stay-in-touch cadence with the prospect who said no; you can also add one here with “New follow-up…”.</source>
        <translation>Nobody to follow up yet. A debrief sets a stay-in-touch cadence with the prospect who said no; you can also add one here with “New follow-up…”.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Cannot read the follow-ups</source>
        <translation>Cannot read the follow-ups</translation>
    </message>
    <message>
        <location line="+19" />
        <source>{overdue} overdue · {today} today · {week} this week · {later} later</source>
        <translation>{overdue} overdue · {today} today · {week} this week · {later} later</translation>
    </message>
    <message>
        <location line="+21" />
        <source>ask for {name}</source>
        <translation>ask for {name}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>They said: “{said}”</source>
        <translation>They said: “{said}”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Last touch: {touch}</source>
        <translation>Last touch: {touch}</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Log a touch with {who}</source>
        <translation>Log a touch with {who}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Touch with {who} logged; next follow-up scheduled.</source>
        <translation>Touch with {who} logged; next follow-up scheduled.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Snooze {who}</source>
        <translation>Snooze {who}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{who}: snoozed.</source>
        <translation>{who}: snoozed.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Stop following up with {who}? You can add a follow-up again later.</source>
        <translation>Stop following up with {who}? You can add a follow-up again later.</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+7" />
        <source>Stop following</source>
        <translation>Stop following</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stop following {who}</source>
        <translation>Stop following {who}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No more follow-ups with {who}.</source>
        <translation>No more follow-ups with {who}.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Follow-up scheduled.</source>
        <translation>Follow-up scheduled.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Export the follow-ups to a calendar</source>
        <translation>Export the follow-ups to a calendar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Export to calendar</source>
        <translation>Export to calendar</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n follow-up(s) exported to {path}.</source>
        <translation><numerusform>%n follow-up exported to {path}.</numerusform><numerusform>%n follow-ups exported to {path}.</numerusform></translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <location filename="../../salescoach/domain/forecast.py" line="+55" />
        <source>A stage's chance is a percentage from 0 to 100, not {value}.</source>
        <translation>A stage's chance is a percentage from 0 to 100, not {value}.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../salescoach/ui/common/formatting.py" line="+63" />
        <source>Q{quarter} {year}</source>
        <translation>Q{quarter} {year}</translation>
    </message>
    <message>
        <location line="+33" />
        <source>{number}%</source>
        <translation>{number}%</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../salescoach/ui/progress/goal_dialog.py" line="+44" />
        <source>Yearly goal</source>
        <translation>Yearly goal</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A goal for the whole year keeps one bad month in perspective. Each year keeps its own goal.</source>
        <translation>A goal for the whole year keeps one bad month in perspective. Each year keeps its own goal.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Year</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Counted in</source>
        <translation>&amp;Counted in</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Goal for the year</source>
        <translation>&amp;Goal for the year</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No monthly or quarterly target</source>
        <translation>No monthly or quarterly target</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A target per month</source>
        <translation>A target per month</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A target per quarter</source>
        <translation>A target per quarter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Also</source>
        <translation>&amp;Also</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Target</source>
        <translation>&amp;Target</translation>
    </message>
    <message>
        <location line="+95" />
        <source>Cannot save the goal</source>
        <translation>Cannot save the goal</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <location filename="../../salescoach/domain/goals.py" line="+35" />
        <source>Type a number, such as 120 000.</source>
        <translation>Type a number, such as 120 000.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A goal cannot be negative.</source>
        <translation>A goal cannot be negative.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A goal must be more than zero.</source>
        <translation>A goal must be more than zero.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Choose a year between {first} and {last}.</source>
        <translation>Choose a year between {first} and {last}.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Unknown currency {code}.</source>
        <translation>Unknown currency {code}.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>That month has not started yet.</source>
        <translation>That month has not started yet.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Choose the call, email or meeting you nominate.</source>
        <translation>Choose the call, email or meeting you nominate.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Say in a few words why it was good: that is what you learn from.</source>
        <translation>Say in a few words why it was good: that is what you learn from.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../salescoach/ui/shell/guide.py" line="+91" />
        <source>salescoach guide</source>
        <translation>salescoach guide</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../salescoach/ui/data/import_dialog.py" line="+61" />
        <source>Import {file}</source>
        <translation>Import {file}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <location line="+33" />
        <location line="+126" />
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="-117" />
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message numerus="yes">
        <location line="+29" />
        <source>{file}: %n row(s).</source>
        <translation><numerusform>{file}: %n row.</numerusform><numerusform>{file}: %n rows.</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>{folder}: a salescoach export. Every record is read back as it was written; those already in your data are left as they are.</source>
        <translation>{folder}: a salescoach export. Every record is read back as it was written; those already in your data are left as they are.</translation>
    </message>
    <message>
        <location line="+90" />
        <source>Choose how to read the dates before importing.</source>
        <translation>Choose how to read the dates before importing.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose whether the deals of each stage are open, won or lost.</source>
        <translation>Choose whether the deals of each stage are open, won or lost.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>%n row(s) cannot be imported (listed below); nothing was imported. Correct the file or the columns above, or import only the good rows.</source>
        <translation><numerusform>%n row cannot be imported (listed below); nothing was imported. Correct the file or the columns above, or import only the good rows.</numerusform><numerusform>%n rows cannot be imported (listed below); nothing was imported. Correct the file or the columns above, or import only the good rows.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>Import only the %n good row(s)</source>
        <translation><numerusform>Import only the %n good row</numerusform><numerusform>Import only the %n good rows</numerusform></translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Update</source>
        <translation>&amp;Update</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Importing the good rows…</source>
        <translation>Importing the good rows…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/data/import_changes.py" line="+21" />
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>stage</source>
        <translation>stage</translation>
    </message>
    <message>
        <location line="+1" />
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <location line="+1" />
        <source>close date</source>
        <translation>close date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>lost reason</source>
        <translation>lost reason</translation>
    </message>
    <message>
        <location line="+1" />
        <source>activities</source>
        <translation>activities</translation>
    </message>
    <message>
        <location line="+20" />
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What the CRM changed</source>
        <translation>What the CRM changed</translation>
    </message>
    <message numerus="yes">
        <location line="+21" />
        <source>%n new</source>
        <translation><numerusform>%n new</numerusform><numerusform>%n new</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n changed</source>
        <translation><numerusform>%n changed</numerusform><numerusform>%n changed</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n unchanged</source>
        <translation><numerusform>%n unchanged</numerusform><numerusform>%n unchanged</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n you deleted (left deleted)</source>
        <translation><numerusform>%n you deleted (left deleted)</numerusform><numerusform>%n you deleted (left deleted)</numerusform></translation>
    </message>
    <message>
        <location line="+7" />
        <source>Nothing is written until you click Update.</source>
        <translation>Nothing is written until you click Update.</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n deal(s) imported</source>
        <translation><numerusform>%n deal imported</numerusform><numerusform>%n deals imported</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n updated</source>
        <translation><numerusform>%n updated</numerusform><numerusform>%n updated</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n already there</source>
        <translation><numerusform>%n already there</numerusform><numerusform>%n already there</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n new account(s)</source>
        <translation><numerusform>%n new account</numerusform><numerusform>%n new accounts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n new contact(s)</source>
        <translation><numerusform>%n new contact</numerusform><numerusform>%n new contacts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n touch(es)</source>
        <translation><numerusform>%n touch</numerusform><numerusform>%n touches</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n debrief(s) to finish</source>
        <translation><numerusform>%n debrief to finish</numerusform><numerusform>%n debriefs to finish</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n bad row(s) left out</source>
        <translation><numerusform>%n bad row left out</numerusform><numerusform>%n bad rows left out</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/data/import_choices.py" line="+187" />
        <source>%n placeholder date(s) read as no date</source>
        <translation><numerusform>%n placeholder date read as no date</numerusform><numerusform>%n placeholder dates read as no date</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n won or lost deal(s) dated by their last change</source>
        <translation><numerusform>%n won or lost deal dated by their last change</numerusform><numerusform>%n won or lost deals dated by their last change</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>%n deal(s) created after their close date: created on it</source>
        <translation><numerusform>%n deal created after their close date: created on it</numerusform><numerusform>%n deals created after their close date: created on it</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>%n title(s) made from account, product or ID</source>
        <translation><numerusform>%n title made from account, product or ID</numerusform><numerusform>%n titles made from account, product or ID</numerusform></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/data/import_dialog.py" line="+9" />
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Importing… {done} of {total} rows written.</source>
        <translation>Importing… {done} of {total} rows written.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Nothing to import.</source>
        <translation>Nothing to import.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/data/import_widgets.py" line="+103" />
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <location filename="../../salescoach/domain/crm_vocabulary.py" line="+49" />
        <source>Deal title</source>
        <translation>Deal title</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact's email</source>
        <translation>Contact's email</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact's phone</source>
        <translation>Contact's phone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created on</source>
        <translation>Created on</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Won on</source>
        <translation>Won on</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lost on</source>
        <translation>Lost on</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Loss reason</source>
        <translation>Loss reason</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Activities done</source>
        <translation>Activities done</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Competitor</source>
        <translation>Competitor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ID in the CRM</source>
        <translation>ID in the CRM</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last modified on</source>
        <translation>Last modified on</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../salescoach/domain/csv_formats.py" line="+71" />
        <source>“{encoding}” is not an encoding (such as UTF-8, Windows-1252, Windows-1251, ISO-8859-15 or UTF-16).</source>
        <translation>“{encoding}” is not an encoding (such as UTF-8, Windows-1252, Windows-1251, ISO-8859-15 or UTF-16).</translation>
    </message>
    <message>
        <location line="+21" />
        <source>This file is not written in {encoding} (byte {byte} at position {position} is not one): choose another encoding.</source>
        <translation>This file is not written in {encoding} (byte {byte} at position {position} is not one): choose another encoding.</translation>
    </message>
    <message>
        <location line="+171" />
        <source>This is not a text file a spreadsheet could open ({reason}).</source>
        <translation>This is not a text file a spreadsheet could open ({reason}).</translation>
    </message>
    <message>
        <location line="+28" />
        <source>{file}, row {row} (lines {first} to {last} of the file): a quotation mark opens a cell that is not closed where it should be, so that several rows would be read as one. Correct the quotation marks; nothing was imported.</source>
        <translation>{file}, row {row} (lines {first} to {last} of the file): a quotation mark opens a cell that is not closed where it should be, so that several rows would be read as one. Correct the quotation marks; nothing was imported.</translation>
    </message>
    <message>
        <location line="+60" />
        <source>salescoach export</source>
        <translation>salescoach export</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pipedrive deals</source>
        <translation>Pipedrive deals</translation>
    </message>
    <message>
        <location line="+1" />
        <source>HubSpot deals</source>
        <translation>HubSpot deals</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Salesforce opportunities</source>
        <translation>Salesforce opportunities</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Spreadsheet</source>
        <translation>Spreadsheet</translation>
    </message>
    <message>
        <location line="+26" />
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+1" />
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
    <message>
        <location line="+1" />
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <location line="+1" />
        <source>UTF-8 and Windows-1252 mixed</source>
        <translation>UTF-8 and Windows-1252 mixed</translation>
    </message>
    <message>
        <location line="+4" />
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <location line="+1" />
        <source>semicolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location line="+1" />
        <source>vertical bar</source>
        <translation>vertical bar</translation>
    </message>
    <message>
        <location filename="../../salescoach/domain/import_conventions.py" line="+22" />
        <source>day first (31/12/2024)</source>
        <translation>day first (31/12/2024)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>month first (12/31/2024)</source>
        <translation>month first (12/31/2024)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ISO (2024-12-31)</source>
        <translation>ISO (2024-12-31)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>decimal comma (12 500,50)</source>
        <translation>decimal comma (12 500,50)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>decimal point (12,500.50)</source>
        <translation>decimal point (12,500.50)</translation>
    </message>
    <message>
        <location filename="../../salescoach/domain/importing.py" line="+111" />
        <source>“{value}” is not a date.</source>
        <translation>“{value}” is not a date.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{value}” could be read day first or month first: say which.</source>
        <translation>“{value}” could be read day first or month first: say which.</translation>
    </message>
    <message>
        <location line="+66" />
        <source>{count} cells, but only {columns} column names.</source>
        <translation>{count} cells, but only {columns} column names.</translation>
    </message>
    <message>
        <location line="+31" />
        <location line="+5" />
        <location filename="../../salescoach/domain/native_format.py" line="+351" />
        <source>“{value}” is not an amount.</source>
        <translation>“{value}” is not an amount.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>“{value}” is not a number of activities (0 to {most}).</source>
        <translation>“{value}” is not a number of activities (0 to {most}).</translation>
    </message>
    <message>
        <location line="+17" />
        <source>“{value}” is not a status (open, won or lost).</source>
        <translation>“{value}” is not a status (open, won or lost).</translation>
    </message>
    <message>
        <location line="+64" />
        <source>Same ID as row {row}.</source>
        <translation>Same ID as row {row}.</translation>
    </message>
    <message>
        <location filename="../../salescoach/domain/import_stages.py" line="+15" />
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+1" />
        <source>won</source>
        <translation>won</translation>
    </message>
    <message>
        <location line="+1" />
        <source>lost</source>
        <translation>lost</translation>
    </message>
    <message>
        <location line="+1" />
        <source>to be chosen</source>
        <translation>to be chosen</translation>
    </message>
    <message>
        <location filename="../../salescoach/domain/import_notes.py" line="+18" />
        <source>Currency: from the currency column; {currency} where it is empty.</source>
        <translation>Currency: from the currency column; {currency} where it is empty.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Currency: {currency}, as the amount column says.</source>
        <translation>Currency: {currency}, as the amount column says.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Currency: the file names none; amounts read in {currency}.</source>
        <translation>Currency: the file names none; amounts read in {currency}.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>No title column: titles made from {columns}.</source>
        <translation>No title column: titles made from {columns}.</translation>
    </message>
    <message>
        <location filename="../../salescoach/services/importing.py" line="+77" />
        <source>{file}: {bad} of {rows} rows cannot be imported; nothing was imported. Correct them, or import only the good rows.</source>
        <translation>{file}: {bad} of {rows} rows cannot be imported; nothing was imported. Correct them, or import only the good rows.</translation>
    </message>
    <message>
        <location filename="../../salescoach/services/native_import.py" line="+126" />
        <source>Cannot read {path}: {reason}</source>
        <translation>Cannot read {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../salescoach/services/import_check.py" line="+65" />
        <source>{file}: the stage(s) {stages} do not say whether a deal is open, won or lost: say which. Nothing was imported.</source>
        <translation>{file}: the stage(s) {stages} do not say whether a deal is open, won or lost: say which. Nothing was imported.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Column “{column}” cannot be both {fields}: choose one column for each.</source>
        <translation>Column “{column}” cannot be both {fields}: choose one column for each.</translation>
    </message>
    <message>
        <location filename="../../salescoach/services/import_sample.py" line="+100" />
        <source>{file} has no column “{column}”; its columns are: {columns}.</source>
        <translation>{file} has no column “{column}”; its columns are: {columns}.</translation>
    </message>
    <message>
        <location line="+49" />
        <location line="+7" />
        <source>{file} is empty.</source>
        <translation>{file} is empty.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>{file} has column names but no rows: nothing to import.</source>
        <translation>{file} has column names but no rows: nothing to import.</translation>
    </message>
    <message>
        <location filename="../../salescoach/services/import_check.py" line="+27" />
        <source>{file}: no column holds the deal titles (such as “Deal - Title”, “Deal Name” or “Opportunity Name”), nor a stage, status, amount or close date beside an account, a product or an ID to title deals by. Its columns are: {columns}.</source>
        <translation>{file}: no column holds the deal titles (such as “Deal - Title”, “Deal Name” or “Opportunity Name”), nor a stage, status, amount or close date beside an account, a product or an ID to title deals by. Its columns are: {columns}.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>“{code}” is not an ISO 4217 currency code (such as EUR, USD, RUB or CLP).</source>
        <translation>“{code}” is not an ISO 4217 currency code (such as EUR, USD, RUB or CLP).</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Dates such as {example} can be read day first or month first, and nothing in {file} tells which: say which.</source>
        <translation>Dates such as {example} can be read day first or month first, and nothing in {file} tells which: say which.</translation>
    </message>
    <message>
        <location filename="../../salescoach/services/native_import.py" line="-20" />
        <source>{path} is not a file (a folder, a device, a pipe or a socket): only files can be imported. Nothing was imported.</source>
        <translation>{path} is not a file (a folder, a device, a pipe or a socket): only files can be imported. Nothing was imported.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>{file} is larger than {limit} MiB, more than any CRM export holds: it is not read. Nothing was imported.</source>
        <translation>{file} is larger than {limit} MiB, more than any CRM export holds: it is not read. Nothing was imported.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>{path} holds no salescoach export (no deals.csv in it).</source>
        <translation>{path} holds no salescoach export (no deals.csv in it).</translation>
    </message>
    <message>
        <location line="+17" />
        <source>{file} is not a salescoach JSON export: it is not valid JSON (line {line}, column {column}: {reason}). Nothing was imported.</source>
        <translation>{file} is not a salescoach JSON export: it is not valid JSON (line {line}, column {column}: {reason}). Nothing was imported.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{file} is not a salescoach JSON export.</source>
        <translation>{file} is not a salescoach JSON export.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{file} was written by a newer salescoach (export format {version}); update salescoach to import it. Nothing was imported.</source>
        <translation>{file} was written by a newer salescoach (export format {version}); update salescoach to import it. Nothing was imported.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>{file} is not a salescoach JSON export as salescoach writes it ({what}). Nothing was imported.</source>
        <translation>{file} is not a salescoach JSON export as salescoach writes it ({what}). Nothing was imported.</translation>
    </message>
    <message>
        <location line="+48" />
        <source>{file} has no column {column}.</source>
        <translation>{file} has no column {column}.</translation>
    </message>
    <message>
        <location filename="../../salescoach/domain/native_format.py" line="-80" />
        <source>A NUL character (byte 0) at character {position}: text never holds one; the file is damaged or not text.</source>
        <translation>A NUL character (byte 0) at character {position}: text never holds one; the file is damaged or not text.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Character {position} is not a valid Unicode character.</source>
        <translation>Character {position} is not a valid Unicode character.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{length} characters, more than the {size} this holds.</source>
        <translation>{length} characters, more than the {size} this holds.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>“{value}” cannot be read here.</source>
        <translation>“{value}” cannot be read here.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>“{value}” is too large a number.</source>
        <translation>“{value}” is too large a number.</translation>
    </message>
    <message>
        <location filename="../../salescoach/services/native_import.py" line="+66" />
        <source>Your data already has another record with this {column}.</source>
        <translation>Your data already has another record with this {column}.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Same {column} as row {row}.</source>
        <translation>Same {column} as row {row}.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Points to a row of {table} that is neither in this export nor in your data.</source>
        <translation>Points to a row of {table} that is neither in this export nor in your data.</translation>
    </message>
    <message>
        <location filename="../../salescoach/domain/date_bounds.py" line="+67" />
        <source>“{value}” is not a date between {first} and {last}.</source>
        <translation>“{value}” is not a date between {first} and {last}.</translation>
    </message>
    <message>
        <location filename="../../salescoach/services/spreadsheets.py" line="+26" />
        <source>{file} is a PDF document: salescoach imports CSV files, spreadsheets (.xlsx, .xlsm, .xls, .ods) and its own exports.</source>
        <translation>{file} is a PDF document: salescoach imports CSV files, spreadsheets (.xlsx, .xlsm, .xls, .ods) and its own exports.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{file} is a Word document: salescoach imports CSV files, spreadsheets (.xlsx, .xlsm, .xls, .ods) and its own exports.</source>
        <translation>{file} is a Word document: salescoach imports CSV files, spreadsheets (.xlsx, .xlsm, .xls, .ods) and its own exports.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{file} is a presentation: salescoach imports CSV files, spreadsheets (.xlsx, .xlsm, .xls, .ods) and its own exports.</source>
        <translation>{file} is a presentation: salescoach imports CSV files, spreadsheets (.xlsx, .xlsm, .xls, .ods) and its own exports.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{file} is a ZIP archive (unpack it and import the file inside): salescoach imports CSV files, spreadsheets (.xlsx, .xlsm, .xls, .ods) and its own exports.</source>
        <translation>{file} is a ZIP archive (unpack it and import the file inside): salescoach imports CSV files, spreadsheets (.xlsx, .xlsm, .xls, .ods) and its own exports.</translation>
    </message>
    <message>
        <location line="+76" />
        <source>{file} has no sheet “{sheet}”; its sheets are: {sheets}.</source>
        <translation>{file} has no sheet “{sheet}”; its sheets are: {sheets}.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>{file} cannot be read as a spreadsheet ({reason}). Nothing was imported.</source>
        <translation>{file} cannot be read as a spreadsheet ({reason}). Nothing was imported.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{file} holds no data: every sheet is empty.</source>
        <translation>{file} holds no data: every sheet is empty.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{file} is protected by a password: save a copy without the password (or as CSV) and import that. Nothing was imported.</source>
        <translation>{file} is protected by a password: save a copy without the password (or as CSV) and import that. Nothing was imported.</translation>
    </message>
</context>
<context>
    <name>InsightsExplained</name>
    <message>
        <location filename="../../salescoach/ui/debriefs/explain.py" line="+26" />
        <source>In the {total} finished debriefs, the answers “no” and “partly” to each question, added up:</source>
        <translation>In the {total} finished debriefs, the answers “no” and “partly” to each question, added up:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Question {number}: {no} no + {partly} partly = {weak}</source>
        <translation>Question {number}: {no} no + {partly} partly = {weak}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The highest total is your weak spot; a tie goes to more “no”, then to the earlier question.</source>
        <translation>The highest total is your weak spot; a tie goes to more “no”, then to the earlier question.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Finished debriefs whose loss was within your control ÷ those that say either way = {within} ÷ ({within} + {outside}) = {share}. Left out: {unknown} where you did not say. Within or not comes from the loss reason, unless you changed it in the debrief.</source>
        <translation>Finished debriefs whose loss was within your control ÷ those that say either way = {within} ÷ ({within} + {outside}) = {share}. Left out: {unknown} where you did not say. Within or not comes from the loss reason, unless you changed it in the debrief.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{quarter}: {within} within ÷ ({within} + {outside}) = {share}; {unknown} not said, left out.</source>
        <translation>{quarter}: {within} within ÷ ({within} + {outside}) = {share}; {unknown} not said, left out.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Finished debriefs per loss reason, in the quarter the deal was lost (the last four quarters with a debrief); All counts every quarter.</source>
        <translation>Finished debriefs per loss reason, in the quarter the deal was lost (the last four quarters with a debrief); All counts every quarter.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Out of {total} finished debriefs: a referral asked in {asked} ({asked_share}), someone referred in {obtained} ({obtained_share}).</source>
        <translation>Out of {total} finished debriefs: a referral asked in {asked} ({asked_share}), someone referred in {obtained} ({obtained_share}).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The competitor named at question 4 of each finished debrief, counted per name (capitals and spaces ignored).</source>
        <translation>The competitor named at question 4 of each finished debrief, counted per name (capitals and spaces ignored).</translation>
    </message>
</context>
<context>
    <name>InsightsPanel</name>
    <message>
        <location filename="../../salescoach/ui/debriefs/insights.py" line="+65" />
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Within my control</source>
        <translation>Within my control</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Outside my control</source>
        <translation>Outside my control</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Share within my control</source>
        <translation>Share within my control</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Within ÷ (within + outside); losses where you did not say are left out.</source>
        <translation>Within ÷ (within + outside); losses where you did not say are left out.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Your recurring weak spot</source>
        <translation>Your recurring weak spot</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Competitors you meet most</source>
        <translation>Competitors you meet most</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Within your control or not, per quarter</source>
        <translation>Within your control or not, per quarter</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Loss reasons per quarter</source>
        <translation>Loss reasons per quarter</translation>
    </message>
    <message>
        <location line="+16" />
        <source>{within} of {known} losses were within your control ({share}).</source>
        <translation>{within} of {known} losses were within your control ({share}).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No finished debrief in this period yet.</source>
        <translation>No finished debrief in this period yet.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n of them imported with the CRM's reason, not debriefed yet.</source>
        <translation><numerusform>%n of them imported with the CRM's reason, not debriefed yet.</numerusform><numerusform>%n of them imported with the CRM's reason, not debriefed yet.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>{name} — %n time(s)</source>
        <translation><numerusform>{name} — %n time</numerusform><numerusform>{name} — %n times</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>No competitor named yet (question 4 of the debrief).</source>
        <translation>No competitor named yet (question 4 of the debrief).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>You asked for a referral after {asked} of {total} losses, and obtained {obtained}. Every no can lead to someone who is a better fit.</source>
        <translation>You asked for a referral after {asked} of {total} losses, and obtained {obtained}. Every no can lead to someone who is a better fit.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Finish a few debriefs: the question you most often answer “no” or “partly” will show here.</source>
        <translation>Finish a few debriefs: the question you most often answer “no” or “partly” will show here.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&lt;b&gt;Question {number}: {text}&lt;/b&gt;&lt;br&gt;Answered “no” or “partly” in {n} of {total} debriefs. Next time: {reminder}</source>
        <translation>&lt;b&gt;Question {number}: {text}&lt;/b&gt;&lt;br&gt;Answered “no” or “partly” in {n} of {total} debriefs. Next time: {reminder}</translation>
    </message>
    <message>
        <location line="+17" />
        <source>(no reason)</source>
        <translation>(no reason)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+9" />
        <source>All</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../salescoach/ui/common/labels.py" line="+39" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Qualified</source>
        <translation>Qualified</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Negotiation</source>
        <translation>Negotiation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Video call</source>
        <translation>Video call</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Decision maker</source>
        <translation>Decision maker</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evaluator</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Influencer</source>
        <translation>Influencer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+9" />
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last quarter</source>
        <translation>Last quarter</translation>
    </message>
</context>
<context>
    <name>LessonsPage</name>
    <message>
        <location filename="../../salescoach/ui/debriefs/pages.py" line="+128" />
        <source>What did you learn?</source>
        <translation>What did you learn?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What you would do differently, what worked anyway.</source>
        <translation>What you would do differently, what worked anyway.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>One concrete action for next time</source>
        <translation>One concrete action for next time</translation>
    </message>
    <message>
        <location line="+3" />
        <source>e.g. Ask who signs before the first demo</source>
        <translation>e.g. Ask who signs before the first demo</translation>
    </message>
</context>
<context>
    <name>LossActions</name>
    <message>
        <location filename="../../salescoach/ui/pipeline/loss_actions.py" line="+36" />
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Mark lost…</source>
        <translation>&amp;Mark lost…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>De&amp;brief</source>
        <translation>De&amp;brief</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Resume de&amp;brief…</source>
        <translation>Resume de&amp;brief…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>De&amp;brief this loss…</source>
        <translation>De&amp;brief this loss…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Stay in touch…</source>
        <translation>Stay in touch…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write…</source>
        <translation>Write…</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Cannot mark the deal lost</source>
        <translation>Cannot mark the deal lost</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Deal “{title}” marked lost.</source>
        <translation>Deal “{title}” marked lost.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Mark “{title}” lost</source>
        <translation>Mark “{title}” lost</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Debrief of “{title}” saved. Every no brings you closer to a yes.</source>
        <translation>Debrief of “{title}” saved. Every no brings you closer to a yes.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Follow-up with {who} scheduled.</source>
        <translation>Follow-up with {who} scheduled.</translation>
    </message>
</context>
<context>
    <name>LossReasonsDialog</name>
    <message>
        <location filename="../../salescoach/ui/debriefs/loss_reasons_dialog.py" line="+43" />
        <source>Loss reasons</source>
        <translation>Loss reasons</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Within my control, by default</source>
        <translation>Within my control, by default</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hide from the list (past debriefs keep it)</source>
        <translation>Hide from the list (past debriefs keep it)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;New reason</source>
        <translation>&amp;New reason</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Whether a reason is within your control is only a default: each debrief can say otherwise.</source>
        <translation>Whether a reason is within your control is only a default: each debrief can say otherwise.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>{name} (hidden)</source>
        <translation>{name} (hidden)</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Cannot save the reason</source>
        <translation>Cannot save the reason</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../salescoach/ui/shell/areas.py" line="+80" />
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Debriefs</source>
        <translation>Debriefs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weekly review</source>
        <translation>Weekly review</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/shell/main_window.py" line="+104" />
        <source>Opening {path}…</source>
        <translation>Opening {path}…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/shell/menus.py" line="+44" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;New deal…</source>
        <translation>&amp;New deal…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Log a touch…</source>
        <translation>&amp;Log a touch…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mark lost and &amp;debrief…</source>
        <translation>Mark lost and &amp;debrief…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mark &amp;won</source>
        <translation>Mark &amp;won</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Weekly &amp;review…</source>
        <translation>Weekly &amp;review…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Accounts and contacts…</source>
        <translation>&amp;Accounts and contacts…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Find anything…</source>
        <translation>&amp;Find anything…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Backups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="-30" />
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Open &amp;team view</source>
        <translation>Open &amp;team view</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Filter the deals</source>
        <translation>&amp;Filter the deals</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Commission plan…</source>
        <translation>&amp;Commission plan…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Main c&amp;urrency…</source>
        <translation>Main c&amp;urrency…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Chances of &amp;winning by stage…</source>
        <translation>Chances of &amp;winning by stage…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Team…</source>
        <translation>&amp;Team…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Team c&amp;onflicts…</source>
        <translation>Team c&amp;onflicts…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+48" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Ring a &amp;bell when a deal is won</source>
        <translation>Ring a &amp;bell when a deal is won</translation>
    </message>
    <message>
        <location line="-118" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+55" />
        <source>&amp;About salescoach</source>
        <translation>&amp;About salescoach</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/shell/main_window.py" line="+86" />
        <source>Data folder: {path}</source>
        <translation>Data folder: {path}</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Cannot open your data</source>
        <translation>Cannot open your data</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/data/transfer.py" line="+57" />
        <source>Import a file</source>
        <translation>Import a file</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CRM exports and spreadsheets (*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.ods);;salescoach JSON export (*.json);;All files (*)</source>
        <translation>CRM exports and spreadsheets (*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.ods);;salescoach JSON export (*.json);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
        <source>%n deal(s) imported from {file}.</source>
        <translation><numerusform>%n deal imported from {file}.</numerusform><numerusform>%n deals imported from {file}.</numerusform></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/shell/help.py" line="+33" />
        <source>About salescoach</source>
        <translation>About salescoach</translation>
    </message>
    <message>
        <location line="+1" />
        <source>salescoach {version}

Turn every no into learning, referrals and follow-ups.

Data folder: {path}</source>
        <translation>salescoach {version}

Turn every no into learning, referrals and follow-ups.

Data folder: {path}</translation>
    </message>
</context>
<context>
    <name>ManagerView</name>
    <message>
        <location filename="../../salescoach/ui/team/manager_columns.py" line="+26" />
        <location line="+116" />
        <location filename="../../salescoach/ui/team/manager_view.py" line="+298" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="-109" />
        <source>{share} of {goal}</source>
        <translation>{share} of {goal}</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Q{number} ({count} × no or partly)</source>
        <translation>Q{number} ({count} × no or partly)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+93" />
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <location line="-92" />
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Win rate</source>
        <translation>Win rate</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This year's goal</source>
        <translation>This year's goal</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This year so far, against the year's goal.</source>
        <translation>This year so far, against the year's goal.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Controllable losses</source>
        <translation>Controllable losses</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Weakest question</source>
        <translation>Weakest question</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Touches</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Value of a touch</source>
        <translation>Value of a touch</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Commission earned in the period divided by the touches logged.</source>
        <translation>Commission earned in the period divided by the touches logged.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Within control</source>
        <translation>Within control</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outside</source>
        <translation>Outside</translation>
    </message>
    <message>
        <location line="+6" />
        <source>(no reason)</source>
        <translation>(no reason)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Loss reason</source>
        <translation>Loss reason</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Losses</source>
        <translation>Losses</translation>
    </message>
    <message>
        <location line="+16" />
        <source>{done} of {goal}: {reached}</source>
        <translation>{done} of {goal}: {reached}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{who}, {year}</source>
        <translation>{who}, {year}</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Team goal</source>
        <translation>Team goal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wins</source>
        <translation>Wins</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/team/manager_view.py" line="-211" />
        <source>Read a&amp;gain</source>
        <translation>Read a&amp;gain</translation>
    </message>
    <message>
        <location line="+5" />
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The view as a &amp;picture (PNG)…</source>
        <translation>The view as a &amp;picture (PNG)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The figures as a &amp;table (CSV)…</source>
        <translation>The figures as a &amp;table (CSV)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Reps</source>
        <translation>&amp;Reps</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Shared lists…</source>
        <translation>&amp;Shared lists…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The team's loss reasons, chances of winning and goals, published to the reps</source>
        <translation>The team's loss reasons, chances of winning and goals, published to the reps</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+52" />
        <source>Reading the team's figures on the server…</source>
        <translation>Reading the team's figures on the server…</translation>
    </message>
    <message>
        <location line="+34" />
        <source>As {role}, you see your own figures only.</source>
        <translation>As {role}, you see your own figures only.</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Weakest debrief question: {question}</source>
        <translation>Weakest debrief question: {question}</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Save the view</source>
        <translation>Save the view</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Export the figures</source>
        <translation>Export the figures</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
</context>
<context>
    <name>ManagerWindow</name>
    <message>
        <location filename="../../salescoach/ui/team/manager_window.py" line="+22" />
        <source>Team — salescoach</source>
        <translation>Team — salescoach</translation>
    </message>
</context>
<context>
    <name>MappingGrid</name>
    <message>
        <location filename="../../salescoach/ui/data/import_widgets.py" line="-72" />
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location line="+22" />
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>column {n}</source>
        <translation>column {n}</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <location filename="../../salescoach/ui/common/contact_dialog.py" line="+36" />
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;First name</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Last name</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Company (new names are added)</source>
        <translation>Company (new names are added)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Company</source>
        <translation>&amp;Company</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Job title</source>
        <translation>&amp;Job title</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Cannot save the contact</source>
        <translation>Cannot save the contact</translation>
    </message>
</context>
<context>
    <name>NominationDialog</name>
    <message>
        <location filename="../../salescoach/ui/progress/nomination_dialog.py" line="+52" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Deal status</source>
        <translation>Deal status</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Sales call of the month</source>
        <translation>Sales call of the month</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Which call, email or meeting this month would you want to repeat? Say what made it work: that is what you will learn from.</source>
        <translation>Which call, email or meeting this month would you want to repeat? Say what made it work: that is what you will learn from.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Filter by deal, contact or outcome</source>
        <translation>Filter by deal, contact or outcome</translation>
    </message>
    <message>
        <location line="+28" />
        <source>e.g. I had them restate their problem before I proposed anything.</source>
        <translation>e.g. I had them restate their problem before I proposed anything.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Month</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Why it was good</source>
        <translation>&amp;Why it was good</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Reading the month's touches…</source>
        <translation>Reading the month's touches…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cannot read the month's touches</source>
        <translation>Cannot read the month's touches</translation>
    </message>
    <message numerus="yes">
        <location line="+22" />
        <source>%n touch(es) this month</source>
        <translation><numerusform>%n touch this month</numerusform><numerusform>%n touches this month</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n of {total} touches</source>
        <translation><numerusform>%n of {total} touches</numerusform><numerusform>%n of {total} touches</numerusform></translation>
    </message>
    <message>
        <location line="+32" />
        <source>Cannot save the nomination</source>
        <translation>Cannot save the nomination</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../../salescoach/domain/numbers.py" line="+131" />
        <source>Counts must be whole numbers from 0.</source>
        <translation>Counts must be whole numbers from 0.</translation>
    </message>
    <message>
        <location line="+105" />
        <source>Type an amount, such as 2,300.</source>
        <translation>Type an amount, such as 2,300.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>An amount cannot be negative.</source>
        <translation>An amount cannot be negative.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Type a number of touches, or a ratio such as 50:1.</source>
        <translation>Type a number of touches, or a ratio such as 50:1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A sale takes at least one touch.</source>
        <translation>A sale takes at least one touch.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>That number is too large.</source>
        <translation>That number is too large.</translation>
    </message>
</context>
<context>
    <name>NumbersExplained</name>
    <message>
        <location filename="../../salescoach/ui/numbers/explain.py" line="+25" />
        <source>Counted over the period chosen above: deals closed in it, touches logged in it (on won, lost and open deals, and on no deal).</source>
        <translation>Counted over the period chosen above: deals closed in it, touches logged in it (on won, lost and open deals, and on no deal).</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The commission recorded on the deals won in the period ({won}), added up: {amount}.</source>
        <translation>The commission recorded on the deals won in the period ({won}), added up: {amount}.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Deals marked won with a close date in the period: {won}.</source>
        <translation>Deals marked won with a close date in the period: {won}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Deals marked lost with a close date in the period: {lost}.</source>
        <translation>Deals marked lost with a close date in the period: {lost}.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Wins ÷ deals closed = {won} ÷ ({won} + {lost}) = {rate}. Open deals do not count yet.</source>
        <translation>Wins ÷ deals closed = {won} ÷ ({won} + {lost}) = {rate}. Open deals do not count yet.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No deal won or lost in the period: no rate.</source>
        <translation>No deal won or lost in the period: no rate.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Every call, email, meeting and other touch logged in the period: {touches} ({kinds}).</source>
        <translation>Every call, email, meeting and other touch logged in the period: {touches} ({kinds}).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Touches logged ÷ wins = {touches} ÷ {won} = {ratio}: what it takes, on average, to win one deal, the touches on deals lost on the way included.</source>
        <translation>Touches logged ÷ wins = {touches} ÷ {won} = {ratio}: what it takes, on average, to win one deal, the touches on deals lost on the way included.</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+31" />
        <source>Needs at least one win and one touch in the period.</source>
        <translation>Needs at least one win and one touch in the period.</translation>
    </message>
    <message>
        <location line="-26" />
        <source>Commission earned ÷ wins = {commission} ÷ {won} = {average}.</source>
        <translation>Commission earned ÷ wins = {commission} ÷ {won} = {average}.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Needs at least one win in the period.</source>
        <translation>Needs at least one win in the period.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Commission earned ÷ touches logged = {commission} ÷ {touches} = {value}. The same as the average commission per win ({average}) ÷ touches per win ({ratio}): every touch earns its share, the ones that ended in a no included.</source>
        <translation>Commission earned ÷ touches logged = {commission} ÷ {touches} = {value}. The same as the average commission per win ({average}) ÷ touches per win ({ratio}): every touch earns its share, the ones that ended in a no included.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Deals in other currencies, and their touches, are left out (see the note below).</source>
        <translation>Deals in other currencies, and their touches, are left out (see the note below).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{kind}: {touches} of the {total} touches logged ({share}).</source>
        <translation>{kind}: {touches} of the {total} touches logged ({share}).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Touches per win: {touches} ÷ {won} wins = {per_win}.</source>
        <translation>Touches per win: {touches} ÷ {won} wins = {per_win}.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Share of commission: {touches} × {value} a touch = {worth}, this kind's part of the {commission} earned.</source>
        <translation>Share of commission: {touches} × {value} a touch = {worth}, this kind's part of the {commission} earned.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Commission earned ({commission}, on {won} wins) ÷ touches logged ({touches}) = {value} a touch, rounded in the sentence. A call is one touch: each is worth the same.</source>
        <translation>Commission earned ({commission}, on {won} wins) ÷ touches logged ({touches}) = {value} a touch, rounded in the sentence. A call is one touch: each is worth the same.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Sales to close ÷ conversion now = {target} ÷ {rate} = {leads}, rounded up to {whole}: a lead is found whole.</source>
        <translation>Sales to close ÷ conversion now = {target} ÷ {rate} = {leads}, rounded up to {whole}: a lead is found whole.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Leads a month ÷ {weeks} weeks in a month = {leads} ÷ {weeks} = {value}, rounded up.</source>
        <translation>Leads a month ÷ {weeks} weeks in a month = {leads} ÷ {weeks} = {value}, rounded up.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Leads a month × touches per lead = {leads} × {per_lead} = {value}, rounded up.</source>
        <translation>Leads a month × touches per lead = {leads} × {per_lead} = {value}, rounded up.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Touches a month ÷ {weeks} weeks in a month = {touches} ÷ {weeks} = {value}, rounded up.</source>
        <translation>Touches a month ÷ {weeks} weeks in a month = {touches} ÷ {weeks} = {value}, rounded up.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Sales per month: the deals won over the last 12 full months ÷ 12 = {value}.</source>
        <translation>Sales per month: the deals won over the last 12 full months ÷ 12 = {value}.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Conversion in a quarter: won ÷ (won + lost) of the deals closed in it; now: {quarter}, {won} ÷ ({won} + {lost}).</source>
        <translation>Conversion in a quarter: won ÷ (won + lost) of the deals closed in it; now: {quarter}, {won} ÷ ({won} + {lost}).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Touches per lead: the touches logged over the last 12 full months ÷ the deals created in them = {value}.</source>
        <translation>Touches per lead: the touches logged over the last 12 full months ÷ the deals created in them = {value}.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Average commission per sale ÷ touches per sale = {commission} ÷ {touches} = {value}.</source>
        <translation>Average commission per sale ÷ touches per sale = {commission} ÷ {touches} = {value}.</translation>
    </message>
</context>
<context>
    <name>NumbersView</name>
    <message>
        <location filename="../../salescoach/ui/numbers/view.py" line="+177" />
        <source>From &amp;my history</source>
        <translation>From &amp;my history</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;What if…</source>
        <translation>&amp;What if…</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Your numbers appear once you log deals and touches. In the Pipeline, add each deal (Ctrl+N), log every call, email or meeting with Ctrl+T, and mark deals won or lost when they close, with their commission. To look around first, load the demo history from the Pipeline of an empty data folder. Meanwhile, the what-if mode and the planner work with numbers you type.</source>
        <translation>Your numbers appear once you log deals and touches. In the Pipeline, add each deal (Ctrl+N), log every call, email or meeting with Ctrl+T, and mark deals won or lost when they close, with their commission. To look around first, load the demo history from the Pipeline of an empty data folder. Meanwhile, the what-if mode and the planner work with numbers you type.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Reading your numbers…</source>
        <translation>Reading your numbers…</translation>
    </message>
    <message>
        <location line="+63" />
        <source>Figures in {currency}.</source>
        <translation>Figures in {currency}.</translation>
    </message>
    <message>
        <location line="-15" />
        <source>Cannot read your numbers</source>
        <translation>Cannot read your numbers</translation>
    </message>
</context>
<context>
    <name>Pipeline</name>
    <message>
        <location filename="../../salescoach/services/pipeline.py" line="+31" />
        <source>This record no longer exists; it may have been deleted.</source>
        <translation>This record no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <location line="+124" />
        <source>{name} still has {count} deal(s); delete or move them first.</source>
        <translation>{name} still has {count} deal(s); delete or move them first.</translation>
    </message>
</context>
<context>
    <name>PipelineValueLabel</name>
    <message>
        <location filename="../../salescoach/ui/pipeline/value.py" line="+47" />
        <source>Cannot read the pipeline's value</source>
        <translation>Cannot read the pipeline's value</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Open: {total} · forecast {weighted}</source>
        <translation>Open: {total} · forecast {weighted}</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>%n open deal(s) in {currency}, whatever their creation date. The forecast counts each at its stage's chance of being won ({stages}; change them in Settings). Deals in other currencies are left out.</source>
        <translation><numerusform>%n open deal in {currency}, whatever their creation date. The forecast counts each at its stage's chance of being won ({stages}; change them in Settings). Deals in other currencies are left out.</numerusform><numerusform>%n open deals in {currency}, whatever their creation date. The forecast counts each at its stage's chance of being won ({stages}; change them in Settings). Deals in other currencies are left out.</numerusform></translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <location filename="../../salescoach/ui/pipeline/panels.py" line="+74" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+3" />
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/shell/main_window.py" line="-147" />
        <source>Opening your pipeline…</source>
        <translation>Opening your pipeline…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/pipeline/view.py" line="+112" />
        <source>Filter by deal, account or contact (Ctrl+F)</source>
        <translation>Filter by deal, account or contact (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+2" />
        <source>All stages</source>
        <translation>All stages</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;New deal</source>
        <translation>&amp;New deal</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accounts and &amp;contacts…</source>
        <translation>Accounts and &amp;contacts…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/pipeline/detail.py" line="+29" />
        <source>&amp;Log a touch</source>
        <comment>button</comment>
        <translation>&amp;Log a touch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ed&amp;it deal</source>
        <translation>Ed&amp;it deal</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/pipeline/header.py" line="+97" />
        <source>{total} deals, reading them…</source>
        <translation>{total} deals, reading them…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/pipeline/view.py" line="+202" />
        <source>Delete the deal “{title}” and its %n touch(es)? Edit › Undo brings them back.</source>
        <translation><numerusform>Delete the deal “{title}” and its %n touch? Edit › Undo brings them back.</numerusform><numerusform>Delete the deal “{title}” and its %n touches? Edit › Undo brings them back.</numerusform></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/pipeline/detail.py" line="+1" />
        <source>&amp;Delete deal</source>
        <translation>&amp;Delete deal</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/pipeline/view.py" line="-175" />
        <location line="+177" />
        <source>Delete deal</source>
        <translation>Delete deal</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/pipeline/touch_actions.py" line="+72" />
        <location filename="../../salescoach/ui/pipeline/view.py" line="-176" />
        <source>Delete touch</source>
        <translation>Delete touch</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/pipeline/header.py" line="+3" />
        <source>%n deal(s)</source>
        <translation><numerusform>%n deal</numerusform><numerusform>%n deals</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <location line="+2" />
        <source>%n of {total} deals</source>
        <translation><numerusform>%n of {total} deals</numerusform><numerusform>%n of {total} deals</numerusform></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/pipeline/view.py" line="+112" />
        <source>Select a deal to see its touches.</source>
        <translation>Select a deal to see its touches.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/pipeline/touch_actions.py" line="-31" />
        <source>{deal}: %n touch(es)</source>
        <translation><numerusform>{deal}: %n touch</numerusform><numerusform>{deal}: %n touches</numerusform></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/pipeline/view.py" line="+24" />
        <source>Deal “{title}” created.</source>
        <translation>Deal “{title}” created.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Cannot open the deal</source>
        <translation>Cannot open the deal</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Deal “{title}” saved.</source>
        <translation>Deal “{title}” saved.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/pipeline/touch_actions.py" line="+33" />
        <location filename="../../salescoach/ui/pipeline/view.py" line="+26" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/pipeline/view.py" line="+6" />
        <source>Cannot delete the deal</source>
        <translation>Cannot delete the deal</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Delete “{title}”</source>
        <translation>Delete “{title}”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Deal “{title}” deleted.</source>
        <translation>Deal “{title}” deleted.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/pipeline/touch_actions.py" line="-18" />
        <source>Log a touch on “{title}”</source>
        <translation>Log a touch on “{title}”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Touch logged on “{title}”.</source>
        <translation>Touch logged on “{title}”.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Delete this touch ({kind}, {when})?</source>
        <translation>Delete this touch ({kind}, {when})?</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Delete a touch on “{title}”</source>
        <translation>Delete a touch on “{title}”</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/pipeline/demo.py" line="+46" />
        <location filename="../../salescoach/ui/pipeline/view.py" line="-150" />
        <location line="+11" />
        <location line="+181" />
        <source>salescoach</source>
        <translation>salescoach</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Creating the demo history…</source>
        <translation>Creating the demo history…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/pipeline/view.py" line="+10" />
        <source>Demo history loaded.</source>
        <translation>Demo history loaded.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/pipeline/deal_menu.py" line="+58" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Log a touch…</source>
        <translation>Log a touch…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <location filename="../../salescoach/domain/planner.py" line="+73" />
        <source>Type a number, such as 4.</source>
        <translation>Type a number, such as 4.</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+124" />
        <location line="+7" />
        <source>This cannot be negative.</source>
        <translation>This cannot be negative.</translation>
    </message>
    <message>
        <location line="-129" />
        <source>That number is too large.</source>
        <translation>That number is too large.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Type a percentage, such as 20.</source>
        <translation>Type a percentage, such as 20.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A conversion rate must be at least 0.01%.</source>
        <translation>A conversion rate must be at least 0.01%.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A conversion rate cannot be above 100%.</source>
        <translation>A conversion rate cannot be above 100%.</translation>
    </message>
    <message>
        <location line="+89" />
        <source>Not a month: {month}.</source>
        <translation>Not a month: {month}.</translation>
    </message>
</context>
<context>
    <name>PlannerPanel</name>
    <message>
        <location filename="../../salescoach/ui/numbers/planner.py" line="+50" />
        <source>When conversion falls, the way to keep the same sales is to raise the number of leads and the outreach, rather than hope to convince more of them.</source>
        <translation>When conversion falls, the way to keep the same sales is to raise the number of leads and the outreach, rather than hope to convince more of them.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>e.g. 4</source>
        <translation>e.g. 4</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. 25</source>
        <translation>e.g. 25</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. 18</source>
        <translation>e.g. 18</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. 9</source>
        <translation>e.g. 9</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Sa&amp;les to close per month</source>
        <translation>Sa&amp;les to close per month</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Conversion &amp;before (%)</source>
        <translation>Conversion &amp;before (%)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Conversion &amp;now (%)</source>
        <translation>Conversion &amp;now (%)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Touches per le&amp;ad</source>
        <translation>Touches per le&amp;ad</translation>
    </message>
    <message>
        <location line="+5" />
        <source>per month</source>
        <translation>per month</translation>
    </message>
    <message>
        <location line="+0" />
        <source>per week</source>
        <translation>per week</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Leads needed</source>
        <translation>Leads needed</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Touches needed</source>
        <translation>Touches needed</translation>
    </message>
    <message>
        <location line="+16" />
        <source>How many leads do you need?</source>
        <translation>How many leads do you need?</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+21" />
        <source>from a quarter…</source>
        <translation>from a quarter…</translation>
    </message>
    <message>
        <location line="+25" />
        <source>{quarter}: {rate} of {closed}</source>
        <translation>{quarter}: {rate} of {closed}</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Fill in the four fields to see the leads and touches you need.</source>
        <translation>Fill in the four fields to see the leads and touches you need.</translation>
    </message>
    <message numerus="yes">
        <location line="+20" />
        <source>%n more lead(s) a month than before (+{share}).</source>
        <translation><numerusform>%n more lead a month than before (+{share}).</numerusform><numerusform>%n more leads a month than before (+{share}).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n fewer lead(s) a month than before (−{share}).</source>
        <translation><numerusform>%n fewer lead a month than before (−{share}).</numerusform><numerusform>%n fewer leads a month than before (−{share}).</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>as many leads as before.</source>
        <translation>as many leads as before.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>At {before} you needed {leads} leads and {touches} touches a month for the same sales. At {now}, that is {change}</source>
        <translation>At {before} you needed {leads} leads and {touches} touches a month for the same sales. At {now}, that is {change}</translation>
    </message>
</context>
<context>
    <name>PngSizeDialog</name>
    <message>
        <location filename="../../salescoach/ui/common/png_export.py" line="+55" />
        <source>Save the chart as a picture</source>
        <translation>Save the chart as a picture</translation>
    </message>
    <message>
        <location line="+8" />
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Width</source>
        <translation>&amp;Width</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Height</source>
        <translation>&amp;Height</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../salescoach/services/progress.py" line="+59" />
        <source>This record no longer exists; it may have been deleted.</source>
        <translation>This record no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/common/charts.py" line="+207" />
        <source>{metric} {per} ({symbol})</source>
        <translation>{metric} {per} ({symbol})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Deals won {won} and lost {lost} {per}</source>
        <translation>Deals won {won} and lost {lost} {per}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/progress/year_chart.py" line="+93" />
        <source>Solid line: {year} so far</source>
        <translation>Solid line: {year} so far</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dashed line: {year}</source>
        <translation>Dashed line: {year}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Goal: {amount}</source>
        <translation>Goal: {amount}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Even pace to the goal</source>
        <translation>Even pace to the goal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dotted line: the even pace to the goal</source>
        <translation>Dotted line: the even pace to the goal</translation>
    </message>
    <message>
        <location line="+23" />
        <source>{year} so far ({symbol})</source>
        <translation>{year} so far ({symbol})</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/progress/side.py" line="+46" />
        <source>“{reason}”</source>
        <translation>“{reason}”</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/common/progress_words.py" line="+40" />
        <source>{value}M</source>
        <translation>{value}M</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{value}k</source>
        <translation>{value}k</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+6" />
        <source>per month</source>
        <translation>per month</translation>
    </message>
    <message>
        <location line="+1" />
        <source>per quarter</source>
        <translation>per quarter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>per year</source>
        <translation>per year</translation>
    </message>
    <message>
        <location line="+6" />
        <source>3-month average</source>
        <translation>3-month average</translation>
    </message>
    <message>
        <location line="+1" />
        <source>3-quarter average</source>
        <translation>3-quarter average</translation>
    </message>
    <message>
        <location line="+1" />
        <source>3-year average</source>
        <translation>3-year average</translation>
    </message>
    <message>
        <location line="+37" />
        <source>{period}: {won} won, {lost} lost ({rate} won)</source>
        <translation>{period}: {won} won, {lost} lost ({rate} won)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{period}: no deal closed</source>
        <translation>{period}: no deal closed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{metric} {amount}</source>
        <translation>{metric} {amount}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{label} {amount}</source>
        <translation>{label} {amount}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>goal {amount}</source>
        <translation>goal {amount}</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/progress/text.py" line="+38" />
        <source>{quarter} is {pct} above {last}.</source>
        <translation>{quarter} is {pct} above {last}.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{quarter} is {pct} below {last}.</source>
        <translation>{quarter} is {pct} below {last}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{quarter} is level with {last}.</source>
        <translation>{quarter} is level with {last}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{quarter} so far is {pct} above the same months last year.</source>
        <translation>{quarter} so far is {pct} above the same months last year.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{quarter} so far is {pct} below the same months last year.</source>
        <translation>{quarter} so far is {pct} below the same months last year.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{month} was your weakest month this year, but {quarter} is {pct} above {last}.</source>
        <translation>{month} was your weakest month this year, but {quarter} is {pct} above {last}.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{month} was your weakest month this year, but {quarter} so far is {pct} above the same months last year.</source>
        <translation>{month} was your weakest month this year, but {quarter} so far is {pct} above the same months last year.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>{month} was your weakest month this year.</source>
        <translation>{month} was your weakest month this year.</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>Over its first %n month(s), {year} is {pct} above last year.</source>
        <translation><numerusform>Over its first %n month, {year} is {pct} above last year.</numerusform><numerusform>Over its first %n months, {year} is {pct} above last year.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>Over its first %n month(s), {year} is {pct} below last year.</source>
        <translation><numerusform>Over its first %n month, {year} is {pct} below last year.</numerusform><numerusform>Over its first %n months, {year} is {pct} below last year.</numerusform></translation>
    </message>
    <message>
        <location line="+10" />
        <source>You have reached {share} of your {year} goal, {gap} ahead of pace.</source>
        <translation>You have reached {share} of your {year} goal, {gap} ahead of pace.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>You have reached {share} of your {year} goal, {gap} behind pace.</source>
        <translation>You have reached {share} of your {year} goal, {gap} behind pace.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Each deal you close adds to this chart: the long run counts more than one month.</source>
        <translation>Each deal you close adds to this chart: the long run counts more than one month.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No goal for {year} yet. Set one to see where you should stand today.</source>
        <translation>No goal for {year} yet. Set one to see where you should stand today.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{year} goal: {amount} ({metric})</source>
        <translation>{year} goal: {amount} ({metric})</translation>
    </message>
    <message>
        <location line="+6" />
        <location filename="../../salescoach/ui/team/manager_columns.py" line="-25" />
        <source>{share} reached, {gap} ahead of pace</source>
        <translation>{share} reached, {gap} ahead of pace</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../salescoach/ui/team/manager_columns.py" line="+2" />
        <source>{share} reached, {gap} behind pace</source>
        <translation>{share} reached, {gap} behind pace</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Target {per}: {amount}</source>
        <translation>Target {per}: {amount}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No win last month or this month yet: your next win starts a streak.</source>
        <translation>No win last month or this month yet: your next win starts a streak.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n month(s) in a row with at least one win.</source>
        <translation><numerusform>%n month in a row with at least one win.</numerusform><numerusform>%n months in a row with at least one win.</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>Win a deal this month to keep it going.</source>
        <translation>Win a deal this month to keep it going.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/progress/energy.py" line="+47" />
        <source>Energy (weekly review)</source>
        <translation>Energy (weekly review)</translation>
    </message>
</context>
<context>
    <name>ProgressExplained</name>
    <message>
        <location filename="../../salescoach/ui/progress/explain.py" line="+34" />
        <source>the amounts of the deals won</source>
        <translation>the amounts of the deals won</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the commission on the deals won</source>
        <translation>the commission on the deals won</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Won ÷ closed = {won} ÷ ({won} + {lost}) = {rate}, deals closed in {period}.</source>
        <translation>Won ÷ closed = {won} ÷ ({won} + {lost}) = {rate}, deals closed in {period}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{metric}: {source} closed in {period}, added up: {amount}.</source>
        <translation>{metric}: {source} closed in {period}, added up: {amount}.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{label} = ({values}) ÷ 3 = {average}.</source>
        <translation>{label} = ({values}) ÷ 3 = {average}.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Goal: the target you set, {amount}.</source>
        <translation>Goal: the target you set, {amount}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Goal: the {year} goal spread evenly, {goal} ÷ {parts} = {amount}.</source>
        <translation>Goal: the {year} goal spread evenly, {goal} ÷ {parts} = {amount}.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Weakest month: the finished month of {year} with the least {metric}, {month} ({amount}).</source>
        <translation>Weakest month: the finished month of {year} with the least {metric}, {month} ({amount}).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>{quarter} against the same months a year before: {now} against {before}, ({now} − {before}) ÷ {before} = {change}.</source>
        <translation>{quarter} against the same months a year before: {now} against {before}, ({now} − {before}) ÷ {before} = {change}.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>{year} so far ({months}) against the same months of {last}: {now} against {before}, ({now} − {before}) ÷ {before} = {change}.</source>
        <translation>{year} so far ({months}) against the same months of {last}: {now} against {before}, ({now} − {before}) ÷ {before} = {change}.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The comparisons appear once this year has a finished month and last year has figures to compare with.</source>
        <translation>The comparisons appear once this year has a finished month and last year has figures to compare with.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Reached: {reached} of {goal} = {share}. Pace today: {goal} × {day} ÷ {days} days = {pace}; {reached} − {pace} = {gap}.</source>
        <translation>Reached: {reached} of {goal} = {share}. Pace today: {goal} × {day} ÷ {days} days = {pace}; {reached} − {pace} = {gap}.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>{month}: {won} won</source>
        <translation>{month}: {won} won</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Months in a row with at least one deal won, counted back from this month (from last month while this one has no win yet: it does not break the streak before it ends).</source>
        <translation>Months in a row with at least one deal won, counted back from this month (from last month while this one has no win yet: it does not break the streak before it ends).</translation>
    </message>
</context>
<context>
    <name>ProgressSide</name>
    <message>
        <location filename="../../salescoach/ui/progress/side.py" line="+17" />
        <location line="+70" />
        <source>Set the &amp;goal…</source>
        <translation>Set the &amp;goal…</translation>
    </message>
    <message>
        <location line="-59" />
        <source>&amp;Nominate a call…</source>
        <translation>&amp;Nominate a call…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Pick this month's best call, email or meeting and say why it worked.</source>
        <translation>Pick this month's best call, email or meeting and say why it worked.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Streak</source>
        <translation>Streak</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sales call of the month</source>
        <translation>Sales call of the month</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Change the &amp;goal…</source>
        <translation>Change the &amp;goal…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>No nomination yet. Each month, pick your best call and say why it worked: it is the one to repeat.</source>
        <translation>No nomination yet. Each month, pick your best call and say why it worked: it is the one to repeat.</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../salescoach/ui/progress/view.py" line="+101" />
        <source>Show &amp;all years</source>
        <translation>Show &amp;all years</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scroll over the chart to zoom, drag it to move in time.</source>
        <translation>Scroll over the chart to zoom, drag it to move in time.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The chart as a &amp;picture (PNG)…</source>
        <translation>The chart as a &amp;picture (PNG)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The series as a &amp;table (CSV)…</source>
        <translation>The series as a &amp;table (CSV)…</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Adding up your history…</source>
        <translation>Adding up your history…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/progress/empty.py" line="+16" />
        <source>&lt;p style='font-size: 14pt; font-weight: 600'&gt;Your progress starts with your first won or lost deal.&lt;/p&gt;&lt;p&gt;Log your deals in the Pipeline and mark them won or lost as they close, or import them from a file (CSV, or an export of your CRM). To see what this view shows over several years, explore the demo history in an empty data folder.&lt;/p&gt;</source>
        <translation>&lt;p style='font-size: 14pt; font-weight: 600'&gt;Your progress starts with your first won or lost deal.&lt;/p&gt;&lt;p&gt;Log your deals in the Pipeline and mark them won or lost as they close, or import them from a file (CSV, or an export of your CRM). To see what this view shows over several years, explore the demo history in an empty data folder.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Add a deal</source>
        <translation>&amp;Add a deal</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Explore with &amp;demo data</source>
        <translation>Explore with &amp;demo data</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/progress/view.py" line="+50" />
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cannot read your progress</source>
        <translation>Cannot read your progress</translation>
    </message>
    <message>
        <location line="+140" />
        <source>Goal for {year} saved.</source>
        <translation>Goal for {year} saved.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Sales call of the month saved.</source>
        <translation>Sales call of the month saved.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Chart saved in {path}.</source>
        <translation>Chart saved in {path}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Series saved in {path}.</source>
        <translation>Series saved in {path}.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Save the chart</source>
        <translation>Save the chart</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Export the series</source>
        <translation>Export the series</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cannot save the file</source>
        <translation>Cannot save the file</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../salescoach/ui/common/qt_strings.py" line="+11" />
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>ReadingBar</name>
    <message>
        <location filename="../../salescoach/ui/data/import_choices.py" line="-163" />
        <source>How to read it</source>
        <translation>How to read it</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The first row is already a deal</source>
        <translation>The first row is already a deal</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Currency:</source>
        <translation>Currency:</translation>
    </message>
    <message>
        <location line="+27" />
        <source>{encoding} (detected)</source>
        <translation>{encoding} (detected)</translation>
    </message>
</context>
<context>
    <name>ReasonPage</name>
    <message>
        <location filename="../../salescoach/ui/debriefs/pages.py" line="-100" />
        <source>What was the main reason you lost this deal?</source>
        <translation>What was the main reason you lost this deal?</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Edit the list…</source>
        <translation>Edit the list…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Within my control</source>
        <translation>Within my control</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Outside my control</source>
        <translation>Outside my control</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Don't take it personally: focus on the parts of the process you can control, and watch for patterns in the rest.</source>
        <translation>Don't take it personally: focus on the parts of the process you can control, and watch for patterns in the rest.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>What did the prospect say when you asked why?</source>
        <translation>What did the prospect say when you asked why?</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Their words, as close as you remember them. Always ask why.</source>
        <translation>Their words, as close as you remember them. Always ask why.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Choose a reason…</source>
        <translation>Choose a reason…</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../salescoach/ui/followups/dialogs.py" line="-14" />
        <source>Add a referral</source>
        <translation>Add a referral</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Type a name or a company…</source>
        <translation>Type a name or a company…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Who referred</source>
        <translation>&amp;Who referred</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Referred person</source>
        <translation>&amp;Referred person</translation>
    </message>
</context>
<context>
    <name>ReferralPage</name>
    <message>
        <location filename="../../salescoach/ui/debriefs/referral_page.py" line="+49" />
        <source>Ask for a referral</source>
        <translation>Ask for a referral</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Even a prospect who said no can point you to someone who is a better fit.</source>
        <translation>Even a prospect who said no can point you to someone who is a better fit.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>I asked them for a referral</source>
        <translation>I asked them for a referral</translation>
    </message>
    <message>
        <location line="+2" />
        <source>They referred me to someone</source>
        <translation>They referred me to someone</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Write the referral ask…</source>
        <translation>&amp;Write the referral ask…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>New contact…</source>
        <translation>New contact…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Referred person</source>
        <translation>Referred person</translation>
    </message>
    <message>
        <location line="+34" />
        <source>(the company)</source>
        <translation>(the company)</translation>
    </message>
    <message>
        <location line="-32" />
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <location line="-15" />
        <source>Type a name or a company…</source>
        <translation>Type a name or a company…</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Stay top of mind</source>
        <translation>Stay top of mind</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stay in touch every</source>
        <translation>Stay in touch every</translation>
    </message>
    <message>
        <location line="+5" />
        <source> month(s)</source>
        <translation> month(s)</translation>
    </message>
    <message>
        <location line="+40" />
        <source>next: {date}</source>
        <translation>next: {date}</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../salescoach/domain/review.py" line="+116" />
        <source>Raise your outreach: {count} touches next week (usually {usual}).</source>
        <translation>Raise your outreach: {count} touches next week (usually {usual}).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Add {count} new leads: the planner needs {needed} this month, you have {added}.</source>
        <translation>Add {count} new leads: the planner needs {needed} this month, you have {added}.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Stay top of mind: get back to the {count} prospects due.</source>
        <translation>Stay top of mind: get back to the {count} prospects due.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Learn from your losses: finish the {count} debriefs left.</source>
        <translation>Learn from your losses: finish the {count} debriefs left.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Your weak spot, question {number}: check it on every open deal.</source>
        <translation>Your weak spot, question {number}: check it on every open deal.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Don't be afraid to ask: ask every no for a referral.</source>
        <translation>Don't be afraid to ask: ask every no for a referral.</translation>
    </message>
    <message>
        <location line="+64" />
        <source>Energy is a level from {low} to {high}.</source>
        <translation>Energy is a level from {low} to {high}.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A word or two about your energy: {limit} characters at most.</source>
        <translation>A word or two about your energy: {limit} characters at most.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Choose one focus for next week, or write your own.</source>
        <translation>Choose one focus for next week, or write your own.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The focus is one line: {limit} characters at most.</source>
        <translation>The focus is one line: {limit} characters at most.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The text holds a NUL character.</source>
        <translation>The text holds a NUL character.</translation>
    </message>
</context>
<context>
    <name>ReviewReminder</name>
    <message>
        <location filename="../../salescoach/ui/review/reminder.py" line="+99" />
        <source>Focus: {focus}</source>
        <translation>Focus: {focus}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Your weekly review is due: a few minutes (Ctrl+R).</source>
        <translation>Your weekly review is due: a few minutes (Ctrl+R).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Weekly review</source>
        <translation>Weekly review</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../salescoach/ui/review/view.py" line="+39" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Review day:</source>
        <translation>Review day:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Week of</source>
        <translation>Week of</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In a word</source>
        <translation>In a word</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&lt;b&gt;Past reviews&lt;/b&gt;</source>
        <translation>&lt;b&gt;Past reviews&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No review yet. Fill in the focus and your energy above, then save: each week's review is listed here, and your energy is drawn under the Progress chart.</source>
        <translation>No review yet. Fill in the focus and your energy above, then save: each week's review is listed here, and your energy is drawn under the Progress chart.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Cannot read the review</source>
        <translation>Cannot read the review</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Weekly review: the week of {day}</source>
        <translation>Weekly review: the week of {day}</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Review saved. Next week's focus: {focus}</source>
        <translation>Review saved. Next week's focus: {focus}</translation>
    </message>
</context>
<context>
    <name>SecondQuestionsPage</name>
    <message>
        <location filename="../../salescoach/ui/debriefs/pages.py" line="-72" />
        <source>The competitor, if you know who it was</source>
        <translation>The competitor, if you know who it was</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../salescoach/services/currency.py" line="+36" />
        <source>“{code}” is not a currency code.</source>
        <translation>“{code}” is not a currency code.</translation>
    </message>
</context>
<context>
    <name>SharedListsDialog</name>
    <message>
        <location filename="../../salescoach/ui/team/shared_lists.py" line="+76" />
        <location line="+89" />
        <source>Shared lists</source>
        <translation>Shared lists</translation>
    </message>
    <message>
        <location line="-85" />
        <source>What you publish here replaces the team's list on the server; each rep gets it at their next sync. A loss reason you remove is hidden on the reps' laptops (their past debriefs keep it).</source>
        <translation>What you publish here replaces the team's list on the server; each rep gets it at their next sync. A loss reason you remove is hidden on the reps' laptops (their past debriefs keep it).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Loss reason</source>
        <translation>Loss reason</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Controllable</source>
        <translation>Controllable</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Chance of winning (%)</source>
        <translation>Chance of winning (%)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Rep (empty: the team)</source>
        <translation>Rep (empty: the team)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Wins</source>
        <translation>Wins</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Won amount</source>
        <translation>Won amount</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Loss reasons</source>
        <translation>&amp;Loss reasons</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Chances of winning</source>
        <translation>&amp;Chances of winning</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Team &amp;goals</source>
        <translation>Team &amp;goals</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reading the team's lists on the server…</source>
        <translation>Reading the team's lists on the server…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Publish</source>
        <translation>&amp;Publish</translation>
    </message>
    <message>
        <location line="+19" />
        <source>&amp;Add a line</source>
        <translation>&amp;Add a line</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Remove the line</source>
        <translation>&amp;Remove the line</translation>
    </message>
    <message>
        <location line="+127" />
        <source>Publishing…</source>
        <translation>Publishing…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Published: each rep gets these lists at their next sync.</source>
        <translation>Published: each rep gets these lists at their next sync.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../salescoach/ui/shell/shortcuts_dialog.py" line="+27" />
        <location line="+2" />
        <source>Deals table</source>
        <translation>Deals table</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Open the deal</source>
        <translation>Open the deal</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Delete the deal</source>
        <translation>Delete the deal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Touches of a deal</source>
        <translation>Touches of a deal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the touch</source>
        <translation>Delete the touch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Any table</source>
        <translation>Any table</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go to the next field</source>
        <translation>Go to the next field</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <source>Accounts and contacts</source>
        <translation>Accounts and contacts</translation>
    </message>
    <message>
        <location line="-1" />
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save the form being typed in</source>
        <translation>Save the form being typed in</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Finish the debrief</source>
        <translation>Finish the debrief</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location line="+30" />
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../salescoach/ui/followups/dialogs.py" line="-64" />
        <source>Snooze: {who}</source>
        <translation>Snooze: {who}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>+1 week</source>
        <translation>+1 week</translation>
    </message>
    <message>
        <location line="+0" />
        <source>+1 month</source>
        <translation>+1 month</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Until</source>
        <translation>&amp;Until</translation>
    </message>
</context>
<context>
    <name>StageTable</name>
    <message>
        <location filename="../../salescoach/ui/data/import_choices.py" line="+41" />
        <source>Stages: won, lost or still open?</source>
        <translation>Stages: won, lost or still open?</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../salescoach/services/team.py" line="+72" />
        <source>{path} is not connected to a team: run `salescoach team join URL` first.</source>
        <translation>{path} is not connected to a team: run `salescoach team join URL` first.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{path} is damaged: run `salescoach team join URL` again.</source>
        <translation>{path} is damaged: run `salescoach team join URL` again.</translation>
    </message>
    <message>
        <location line="+86" />
        <source>{role} is not a rep of this team: ask the admin to run `salescoach team add-rep {role}`. Nothing was changed.</source>
        <translation>{role} is not a rep of this team: ask the admin to run `salescoach team add-rep {role}`. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+90" />
        <source>{role} has no rows of their own to sync: `salescoach team stats` shows the team. Nothing was changed.</source>
        <translation>{role} has no rows of their own to sync: `salescoach team stats` shows the team. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../salescoach/store/team/connection.py" line="+85" />
        <source>This is not a PostgreSQL connection (postgresql://user@host/database, or service=NAME). Nothing was changed.</source>
        <translation>This is not a PostgreSQL connection (postgresql://user@host/database, or service=NAME). Nothing was changed.</translation>
    </message>
    <message>
        <location line="+65" />
        <source>The team server {where} does not encrypt the connection (TLS): salescoach will not send your data in clear. Nothing was changed.</source>
        <translation>The team server {where} does not encrypt the connection (TLS): salescoach will not send your data in clear. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The team server refused the password for {user} ({where}). Nothing was changed.</source>
        <translation>The team server refused the password for {user} ({where}). Nothing was changed.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The connection to the team server {where} was cut; nothing was lost, sync again.</source>
        <translation>The connection to the team server {where} was cut; nothing was lost, sync again.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Cannot reach the team server {where} ({reason}). You can keep working; nothing was changed.</source>
        <translation>Cannot reach the team server {where} ({reason}). You can keep working; nothing was changed.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The team server does not allow {user} to do this ({reason}). Nothing was changed.</source>
        <translation>The team server does not allow {user} to do this ({reason}). Nothing was changed.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The team server {where} refused: {reason}. Nothing was changed.</source>
        <translation>The team server {where} refused: {reason}. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../salescoach/store/team/schema.py" line="+63" />
        <source>This database has no salescoach team yet: run `salescoach team init` on it first. Nothing was changed.</source>
        <translation>This database has no salescoach team yet: run `salescoach team init` on it first. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The team database was set up by a newer salescoach (team schema {revision}): update salescoach on this computer. Nothing was changed.</source>
        <translation>The team database was set up by a newer salescoach (team schema {revision}): update salescoach on this computer. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+111" />
        <source>{name} cannot be a rep's name: use lower-case letters, digits and _, starting with a letter. Nothing was changed.</source>
        <translation>{name} cannot be a rep's name: use lower-case letters, digits and _, starting with a letter. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The server already has a role named {name}. Nothing was changed.</source>
        <translation>The server already has a role named {name}. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>TeamLists</name>
    <message>
        <location filename="../../salescoach/domain/team_lists.py" line="+131" />
        <source>{where}: {stage} is not a stage (lead, qualified, proposal, negotiation, closing). Nothing was published.</source>
        <translation>{where}: {stage} is not a stage (lead, qualified, proposal, negotiation, closing). Nothing was published.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{where}: a stage's chance is a percentage from 0 to 100, not {value}. Nothing was published.</source>
        <translation>{where}: a stage's chance is a percentage from 0 to 100, not {value}. Nothing was published.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{where}: {year} is not a year. Nothing was published.</source>
        <translation>{where}: {year} is not a year. Nothing was published.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{where}: a goal cannot be negative. Nothing was published.</source>
        <translation>{where}: a goal cannot be negative. Nothing was published.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{where}: give wins, a won amount or both. Nothing was published.</source>
        <translation>{where}: give wins, a won amount or both. Nothing was published.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{where}: {currency} is not a currency code (EUR, USD…). Nothing was published.</source>
        <translation>{where}: {currency} is not a currency code (EUR, USD…). Nothing was published.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>{where}: {value} is not a whole number. Nothing was published.</source>
        <translation>{where}: {value} is not a whole number. Nothing was published.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>{where}: the first line must name the columns {columns}. Nothing was published.</source>
        <translation>{where}: the first line must name the columns {columns}. Nothing was published.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>{where}: a loss reason needs a label. Nothing was published.</source>
        <translation>{where}: a loss reason needs a label. Nothing was published.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{where}: controllable is yes or no, not {value}. Nothing was published.</source>
        <translation>{where}: controllable is yes or no, not {value}. Nothing was published.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>{where}: {value} is not an amount. Nothing was published.</source>
        <translation>{where}: {value} is not an amount. Nothing was published.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>{where}: this entry is already above. Nothing was published.</source>
        <translation>{where}: this entry is already above. Nothing was published.</translation>
    </message>
    <message>
        <location filename="../../salescoach/services/team_lists.py" line="+106" />
        <source>{rep} is not a rep of this team (a goal for a manager or a name never added). Nothing was published.</source>
        <translation>{rep} is not a rep of this team (a goal for a manager or a name never added). Nothing was published.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Cannot read {path} ({reason}). Nothing was published.</source>
        <translation>Cannot read {path} ({reason}). Nothing was published.</translation>
    </message>
</context>
<context>
    <name>TeamSettingsDialog</name>
    <message>
        <location filename="../../salescoach/ui/team/settings_page.py" line="+52" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Join your team's PostgreSQL: this computer stays the source of truth and works offline; your deals and debriefs go up, the team's lists come down.</source>
        <translation>Join your team's PostgreSQL: this computer stays the source of truth and works offline; your deals and debriefs go up, the team's lists come down.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>postgresql://db.example.com/sales, or a service name</source>
        <translation>postgresql://db.example.com/sales, or a service name</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Your name on it:</source>
        <translation>&amp;Your name on it:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Typed once, then kept in the system keyring.</source>
        <translation>Typed once, then kept in the system keyring.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No system keyring on this computer: the password will be kept in ~/.pgpass, readable by you only.</source>
        <translation>No system keyring on this computer: the password will be kept in ~/.pgpass, readable by you only.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A password in ~/.pgpass or a service file is used first.</source>
        <translation>A password in ~/.pgpass or a service file is used first.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Join the team</source>
        <translation>&amp;Join the team</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Share my debrief notes, lessons and what the prospect said</source>
        <translation>Share my debrief notes, lessons and what the prospect said</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Type the team's server (ask your admin).</source>
        <translation>Type the team's server (ask your admin).</translation>
    </message>
    <message>
        <location line="+22" />
        <source>No usable system keyring: the password is kept in ~/.pgpass.</source>
        <translation>No usable system keyring: the password is kept in ~/.pgpass.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cannot join the team</source>
        <translation>Cannot join the team</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Off: the coded answers and the reason go up, your words stay on this computer. Text already sent stays on the server until that debrief changes.</source>
        <translation>Off: the coded answers and the reason go up, your words stay on this computer. Text already sent stays on the server until that debrief changes.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>S&amp;ync now</source>
        <translation>S&amp;ync now</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Leave the team</source>
        <translation>&amp;Leave the team</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Connected to {where} as {role}.</source>
        <translation>Connected to {where} as {role}.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{status}; last sync {when}</source>
        <translation>{status}; last sync {when}</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Team goal for {year}: {what}.</source>
        <translation>Team goal for {year}: {what}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your goal from the team for {year}: {what}.</source>
        <translation>Your goal from the team for {year}: {what}.</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n win(s)</source>
        <translation><numerusform>%n win</numerusform><numerusform>%n wins</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>{amount} won</source>
        <translation>{amount} won</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Leave the team</source>
        <translation>Leave the team</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stop syncing this computer with the team? Your data stays here and on the server; the kept password is forgotten.</source>
        <translation>Stop syncing this computer with the team? Your data stays here and on the server; the kept password is forgotten.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Leave</source>
        <translation>Leave</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <location filename="../../salescoach/ui/team/status.py" line="+149" />
        <source>syncing… (synced {ago})</source>
        <translation>syncing… (synced {ago})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>syncing…</source>
        <translation>syncing…</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>offline, %n change(s) waiting</source>
        <translation><numerusform>offline, %n change waiting</numerusform><numerusform>offline, %n changes waiting</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location line="+2" />
        <source>team sync failed</source>
        <translation>team sync failed</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n change(s) waiting</source>
        <translation><numerusform>%n change waiting</numerusform><numerusform>%n changes waiting</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>synced {ago}</source>
        <translation>synced {ago}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n min ago</source>
        <translation><numerusform>%n min ago</numerusform><numerusform>%n min ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n h ago</source>
        <translation><numerusform>%n h ago</numerusform><numerusform>%n h ago</numerusform></translation>
    </message>
</context>
<context>
    <name>ThanksDialog</name>
    <message>
        <location filename="../../salescoach/ui/followups/dialogs.py" line="+21" />
        <source>Thank {name}</source>
        <translation>Thank {name}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>e.g. Lunch, a bottle of wine, a referral in return</source>
        <translation>e.g. Lunch, a bottle of wine, a referral in return</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;What</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;On</source>
        <translation>&amp;On</translation>
    </message>
</context>
<context>
    <name>TouchDialog</name>
    <message>
        <location filename="../../salescoach/ui/common/touch_dialog.py" line="+50" />
        <source>Log a touch: {deal}</source>
        <translation>Log a touch: {deal}</translation>
    </message>
    <message>
        <location line="+13" />
        <source>(nobody in particular)</source>
        <translation>(nobody in particular)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>e.g. Call back Thursday, quote sent</source>
        <translation>e.g. Call back Thursday, quote sent</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;When</source>
        <translation>&amp;When</translation>
    </message>
    <message>
        <location line="+1" />
        <source>W&amp;ith</source>
        <translation>W&amp;ith</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Outcome</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Cannot log the touch</source>
        <translation>Cannot log the touch</translation>
    </message>
</context>
<context>
    <name>TouchNote</name>
    <message>
        <location filename="../../salescoach/ui/common/touch_note.py" line="+35" />
        <source>Each touch it took was still worth about {amount}: every no brings you closer to a yes.</source>
        <translation>Each touch it took was still worth about {amount}: every no brings you closer to a yes.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>At your current numbers, that touch was worth about {amount}.</source>
        <translation>At your current numbers, that touch was worth about {amount}.</translation>
    </message>
</context>
<context>
    <name>UndoOffer</name>
    <message>
        <location filename="../../salescoach/ui/shell/undo_offer.py" line="+28" />
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Undo “{what}” (Ctrl+Z)</source>
        <translation>Undo “{what}” (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../salescoach/ui/common/unsaved.py" line="+122" />
        <source>Discard your changes?</source>
        <translation>Discard your changes?</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../salescoach/domain/deals.py" line="+43" />
        <source>A deal needs a title.</source>
        <translation>A deal needs a title.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Type a number, such as 12,500.50.</source>
        <translation>Type a number, such as 12,500.50.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>An amount cannot be negative.</source>
        <translation>An amount cannot be negative.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The commission cannot be larger than the amount.</source>
        <translation>The commission cannot be larger than the amount.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Unknown currency {code}.</source>
        <translation>Unknown currency {code}.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A won or lost deal needs a close date.</source>
        <translation>A won or lost deal needs a close date.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The close date cannot be before the creation date.</source>
        <translation>The close date cannot be before the creation date.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>A touch cannot be in the future.</source>
        <translation>A touch cannot be in the future.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>An account needs a name.</source>
        <translation>An account needs a name.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>A contact needs a name.</source>
        <translation>A contact needs a name.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This does not look like an email address.</source>
        <translation>This does not look like an email address.</translation>
    </message>
    <message>
        <location filename="../../salescoach/domain/date_bounds.py" line="+16" />
        <source>Choose a date between {first} and {last}.</source>
        <translation>Choose a date between {first} and {last}.</translation>
    </message>
</context>
<context>
    <name>WeakSpotChecklist</name>
    <message>
        <location filename="../../salescoach/ui/pipeline/panels.py" line="+51" />
        <source>Before this deal closes (from your own debriefs):</source>
        <translation>Before this deal closes (from your own debriefs):</translation>
    </message>
</context>
<context>
    <name>WeekPanel</name>
    <message>
        <location filename="../../salescoach/ui/review/week.py" line="+32" />
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Usually</source>
        <translation>Usually</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Touches</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New deals</source>
        <translation>New deals</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What a touch was worth</source>
        <translation>What a touch was worth</translation>
    </message>
    <message numerus="yes">
        <location line="+57" />
        <source>%n debrief(s) to do</source>
        <translation><numerusform>%n debrief to do</numerusform><numerusform>%n debriefs to do</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n follow-up(s) due</source>
        <translation><numerusform>%n follow-up due</numerusform><numerusform>%n follow-ups due</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>No goal set for this year (Progress › Goal…).</source>
        <translation>No goal set for this year (Progress › Goal…).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This year: {done} of your goal of {goal}; an even pace is {pace} today.</source>
        <translation>This year: {done} of your goal of {goal}; an even pace is {pace} today.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Leads added this month: {added}.</source>
        <translation>Leads added this month: {added}.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Leads added this month: {added}; the lead planner says {needed} are needed.</source>
        <translation>Leads added this month: {added}; the lead planner says {needed} are needed.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../salescoach/ui/pipeline/welcome.py" line="+19" />
        <source>Welcome to salescoach</source>
        <translation>Welcome to salescoach</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Your pipeline is empty. Every deal you log, won or lost, becomes something to learn from: debriefs after a no, your long-term progress, and what each call and email is worth. How would you like to start?</source>
        <translation>Your pipeline is empty. Every deal you log, won or lost, becomes something to learn from: debriefs after a no, your long-term progress, and what each call and email is worth. How would you like to start?</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Explore with &amp;demo data</source>
        <translation>Explore with &amp;demo data</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fill this data folder with a realistic history of several years.</source>
        <translation>Fill this data folder with a realistic history of several years.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Import a file…</source>
        <translation>&amp;Import a file…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Deals exported from Pipedrive, HubSpot or Salesforce, a spreadsheet saved as CSV, or a salescoach export.</source>
        <translation>Deals exported from Pipedrive, HubSpot or Salesforce, a spreadsheet saved as CSV, or a salescoach export.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Add your first deal</source>
        <translation>&amp;Add your first deal</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <location filename="../../salescoach/ui/numbers/view.py" line="-225" />
        <source>Divide your average commission by the number of calls and emails it takes to make a sale: that is what each of them is worth, the ones that end in a no included.</source>
        <translation>Divide your average commission by the number of calls and emails it takes to make a sale: that is what each of them is worth, the ones that end in a no included.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>such as {amount}</source>
        <translation>such as {amount}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>such as 50, or 50:1</source>
        <translation>such as 50, or 50:1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Average &amp;commission per sale</source>
        <translation>Average &amp;commission per sale</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Touches &amp;per sale</source>
        <translation>Touches &amp;per sale</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Start from m&amp;y numbers</source>
        <translation>Start from m&amp;y numbers</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Value of one touch</source>
        <translation>Value of one touch</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Type an average commission and the touches a sale takes.</source>
        <translation>Type an average commission and the touches a sale takes.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>With {touches} touches per sale, each call or email is worth about {amount}, even the ones that end in a no.</source>
        <translation>With {touches} touches per sale, each call or email is worth about {amount}, even the ones that end in a no.</translation>
    </message>
</context>
<context>
    <name>WinActions</name>
    <message>
        <location filename="../../salescoach/ui/pipeline/win_actions.py" line="+31" />
        <source>Mark &amp;won</source>
        <translation>Mark &amp;won</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The deal is signed: ring the bell.</source>
        <translation>The deal is signed: ring the bell.</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+17" />
        <location line="+2" />
        <source>Mark won</source>
        <translation>Mark won</translation>
    </message>
    <message>
        <location line="-1" />
        <source>“{title}” is marked lost. Mark it won instead?</source>
        <translation>“{title}” is marked lost. Mark it won instead?</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cannot mark the deal won</source>
        <translation>Cannot mark the deal won</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Deal “{title}” marked won.</source>
        <translation>Deal “{title}” marked won.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mark “{title}” won</source>
        <translation>Mark “{title}” won</translation>
    </message>
</context>
<context>
    <name>Writing</name>
    <message>
        <location filename="../../salescoach/domain/templates.py" line="+33" />
        <source>Ask why they said no</source>
        <translation>Ask why they said no</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ask for a referral after a no</source>
        <translation>Ask for a referral after a no</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stay in touch</source>
        <translation>Stay in touch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Thank an advocate</source>
        <translation>Thank an advocate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Follow up after a webinar</source>
        <translation>Follow up after a webinar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Follow up after a call</source>
        <translation>Follow up after a call</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Blank email</source>
        <translation>Blank email</translation>
    </message>
    <message>
        <location line="+20" />
        <source>the contact's first name</source>
        <translation>the contact's first name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the company</source>
        <translation>the company</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the deal</source>
        <translation>the deal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>who they referred</source>
        <translation>who they referred</translation>
    </message>
    <message>
        <location filename="../../salescoach/domain/writing.py" line="+95" />
        <source>Short, precise emails that are not too long (selling at a distance): at most {limit} words.</source>
        <translation>Short, precise emails that are not too long (selling at a distance): at most {limit} words.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Read in {limit} seconds at most, at {speed} words a minute read silently.</source>
        <translation>Read in {limit} seconds at most, at {speed} words a minute read silently.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Precise and concise: no sentence over {limit} words.</source>
        <translation>Precise and concise: no sentence over {limit} words.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Don't be afraid to ask, but ask one thing: one question or request is best.</source>
        <translation>Don't be afraid to ask, but ask one thing: one question or request is best.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Easy to read: {formula} of {limit} or more.</source>
        <translation>Easy to read: {formula} of {limit} or more.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every word earns its place: no filler phrases.</source>
        <translation>Every word earns its place: no filler phrases.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A subject a phone shows whole: {limit} characters at most.</source>
        <translation>A subject a phone shows whole: {limit} characters at most.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Flesch reading ease</source>
        <translation>Flesch reading ease</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Flesch reading ease (Kandel and Moles, French)</source>
        <translation>Flesch reading ease (Kandel and Moles, French)</translation>
    </message>
    <message>
        <location filename="../../salescoach/services/writing.py" line="+77" />
        <source>This email is too long to keep as a draft ({limit} characters at most); your text stays in the window.</source>
        <translation>This email is too long to keep as a draft ({limit} characters at most); your text stays in the window.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/writing/checks.py" line="+47" />
        <source>%n word(s)</source>
        <translation><numerusform>%n word</numerusform><numerusform>%n words</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>read in {seconds} s</source>
        <translation>read in {seconds} s</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>longest sentence: %n word(s)</source>
        <translation><numerusform>longest sentence: %n word</numerusform><numerusform>longest sentence: %n words</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n ask(s)</source>
        <translation><numerusform>%n ask</numerusform><numerusform>%n asks</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>readability: {score}</source>
        <translation>readability: {score}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>filler phrases: {phrases}</source>
        <translation>filler phrases: {phrases}</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>subject: %n character(s)</source>
        <translation><numerusform>subject: %n character</numerusform><numerusform>subject: %n characters</numerusform></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/writing/composer.py" line="+14" />
        <source>Cannot write</source>
        <translation>Cannot write</translation>
    </message>
</context>
</TS>