<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en_US">
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../salescoach/ui/accounts/dialog.py" line="+56"/>
        <location line="+177"/>
        <location line="+87"/>
        <location line="+33"/>
        <source>Accounts and contacts</source>
        <translation>Comptes et contacts</translation>
    </message>
    <message>
        <location line="-284"/>
        <source>Filter accounts</source>
        <translation>Filtrer les comptes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>No accounts yet. Type a company name on the right and save.</source>
        <translation>Aucun compte pour l’instant. Saisissez le nom d’une entreprise à droite, puis enregistrez.</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sec&amp;tor</source>
        <translation>Secte&amp;ur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cit&amp;y</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+115"/>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Delete account…</source>
        <translation>Supprimer le compte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save account</source>
        <translation>Enregistrer le compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stay in touch…</source>
        <translation>Rester en contact…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>No&amp;m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Job title</source>
        <translation>&amp;Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete contact…</source>
        <translation>Supprimer le contact…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save contact</source>
        <translation>Enregistrer le contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write…</source>
        <translation>Écrire…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contacts of this account</source>
        <translation>Contacts de ce compte</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No account matches this filter.</source>
        <translation>Aucun compte ne correspond à ce filtre.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Account: {name}</source>
        <translation>Compte : {name}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Delete the account {name}? Its contacts are kept.</source>
        <translation>Supprimer le compte {name} ? Ses contacts sont conservés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Delete account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+80"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Delete the contact {name}?</source>
        <translation>Supprimer le contact {name} ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Delete contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Some changes are not saved. Save them before closing?</source>
        <translation>Des modifications ne sont pas enregistrées. Les enregistrer avant de fermer ?</translation>
    </message>
</context>
<context>
    <name>AdvocatesPanel</name>
    <message>
        <location filename="../../salescoach/ui/followups/advocates.py" line="+34"/>
        <source>no deal yet</source>
        <translation>pas encore d&apos;affaire</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deal(s), {won} won</source>
        <translation>
            <numerusform>%n affaire, {won} gagnée(s)</numerusform>
            <numerusform>%n affaires, {won} gagnée(s)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Advocate</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Referred</source>
        <translation>Recommandé(s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What came of it</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last thank-you</source>
        <translation>Dernier remerciement</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Prospects who said no can still refer you to someone who is a better fit. Thank them: a referral programme turns a loss into an advocate.</source>
        <translation>Un prospect qui a dit non peut encore vous recommander quelqu&apos;un à qui vous conviendrez mieux. Remerciez-le&#xa0;: un programme de parrainage transforme une perte en ambassadeur.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record a &amp;thank-you…</source>
        <translation>Noter un &amp;remerciement…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add a referral…</source>
        <translation>&amp;Ajouter une recommandation…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write a thank-you &amp;email…</source>
        <translation>Écrire un &amp;mail de remerciement…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Referral advocates</source>
        <translation>Ambassadeurs</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../salescoach/ui/shell/app.py" line="+51"/>
        <source>salescoach is already open on this data folder ({path}). Switch to that window; nothing was changed.</source>
        <translation>salescoach est déjà ouvert sur ce dossier de données ({path}). Passez à cette fenêtre ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/data/upgrade_offer.py" line="+24"/>
        <source>{problem}

The copy {name}, taken on {when} before an earlier upgrade, upgrades correctly. Restore it and open it? The current file is kept in the backups folder.</source>
        <translation>{problem}

La copie {name}, faite le {when} avant une mise à jour précédente, se met à jour correctement. La restaurer et l’ouvrir ? Le fichier actuel est gardé dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot restore the copy</source>
        <translation>Impossible de restaurer la copie</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../salescoach/ui/data/damage.py" line="+44"/>
        <location line="+14"/>
        <source>Your data is damaged</source>
        <translation>Vos données sont endommagées</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>None of the {count} backups is healthy either. Nothing was changed; copy the database somewhere safe before going on.</source>
        <translation>Aucune des {count} sauvegardes n’est intacte non plus. Rien n’a été modifié&#xa0;; copiez la base de données en lieu sûr avant de continuer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no backup to restore. Nothing was changed; copy the database somewhere safe before going on.</source>
        <translation>Il n’y a aucune sauvegarde à restaurer. Rien n’a été modifié&#xa0;; copiez la base de données en lieu sûr avant de continuer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restore the newest healthy backup, of {when}? The damaged file is kept aside, untouched.</source>
        <translation>Restaurer la sauvegarde intacte la plus récente, du {when}&#xa0;? Le fichier endommagé est mis de côté, intact.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n newer backup(s) failed the integrity check.</source>
        <translation>
            <numerusform>%n sauvegarde plus récente a échoué au contrôle d’intégrité.</numerusform>
            <numerusform>%n sauvegardes plus récentes ont échoué au contrôle d’intégrité.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Choose another…</source>
        <translation>&amp;Choisir une autre…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/data/backup_actions.py" line="+82"/>
        <location line="+30"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The database {path} is damaged.</source>
        <translation>La base de données {path} est endommagée.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Backup restored; your previous data is in {path}.</source>
        <translation>Sauvegarde restaurée&#xa0;; vos données précédentes sont dans {path}.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../salescoach/store/backups.py" line="+112"/>
        <source>There is no database to back up in {folder} yet.</source>
        <translation>Il n&apos;y a pas encore de base de données à sauvegarder dans {folder}.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>{path} already exists; choose another name.</source>
        <translation>{path} existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The disk is full: cannot write the backup to {path}; nothing was changed.</source>
        <translation>Le disque est plein&#xa0;: impossible d’écrire la sauvegarde dans {path}&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write the backup to {path}; nothing was changed.</source>
        <translation>Impossible d&apos;écrire la sauvegarde dans {path}&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>The backup {path} is damaged too; choose another one.</source>
        <translation>La sauvegarde {path} est endommagée elle aussi&#xa0;; choisissez-en une autre.</translation>
    </message>
    <message>
        <location filename="../../salescoach/store/sqlite_copy.py" line="+34"/>
        <source>The database {path} is damaged; a copy of it would be damaged too, so none was made. Restore a healthy backup (File › Backups…).</source>
        <translation>La base de données {path} est endommagée&#xa0;; une copie le serait aussi, aucune n’a donc été faite. Restaurez une sauvegarde intacte (Fichier › Sauvegardes…).</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../salescoach/ui/data/backups_dialog.py" line="+29"/>
        <source>{name} (damaged)</source>
        <translation>{name} (endommagée)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Taken</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+45"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>salescoach backs your data up once a day when it starts and keeps the last ten copies, in {folder}.</source>
        <translation>salescoach sauvegarde vos données une fois par jour au démarrage et garde les dix dernières copies, dans {folder}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Replace your data by the backup of {when}? Your data as it is now is backed up first, so this can be undone.</source>
        <translation>Remplacer vos données par la sauvegarde du {when}&#xa0;? Vos données actuelles sont d&apos;abord sauvegardées&#xa0;: vous pourrez revenir en arrière.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>CadenceDialog</name>
    <message>
        <location filename="../../salescoach/ui/followups/dialogs.py" line="+131"/>
        <source>Stay in touch</source>
        <translation>Rester en contact</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A company</source>
        <translation>Une entreprise</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>or a person without a company</source>
        <translation>ou une personne sans entreprise</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Company</source>
        <translation>&amp;Entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or &amp;person</source>
        <translation>ou &amp;personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Every</source>
        <translation>&amp;Tous les</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First follow-up</source>
        <translation>P&amp;remière relance</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../salescoach/services/calendar.py" line="+40"/>
        <source>Ask for {name}.</source>
        <translation>Demander {name}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lost deal: {title}.</source>
        <translation>Affaire perdue&#xa0;: {title}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>They said: “{said}”</source>
        <translation>Ils ont dit&#xa0;: «&#xa0;{said}&#xa0;»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last touch on {day}: {outcome}</source>
        <translation>Dernier échange le {day}&#xa0;: {outcome}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>salescoach follow-ups</source>
        <translation>Relances salescoach</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>Stay in touch: {who}</source>
        <translation>Reprendre contact&#xa0;: {who}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stay in touch (stopped)</source>
        <translation>Reprendre contact (arrêté)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot write {path}: the folder is missing or read-only. Nothing was written.</source>
        <translation>Impossible d&apos;écrire {path}&#xa0;: le dossier n&apos;existe pas ou est en lecture seule. Rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>Celebration</name>
    <message>
        <location filename="../../salescoach/ui/progress/celebration.py" line="+51"/>
        <source>It is in another currency than your {year} figures ({currency}): not added to them.</source>
        <translation>Elle est dans une autre devise que vos chiffres de {year} ({currency})&#xa0;: elle n’y est pas ajoutée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>+{added} towards your {year} goal: {share} reached.</source>
        <translation>+{added} vers votre objectif {year}&#xa0;: {share} atteint.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+{added} towards your {year} goal: {share} reached (+{gain}).</source>
        <translation>+{added} vers votre objectif {year}&#xa0;: {share} atteint (+{gain}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>+{added} in {year}: {total} so far.</source>
        <translation>+{added} en {year}&#xa0;: {total} à ce jour.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n month(s) in a row with at least one win.</source>
        <translation>
            <numerusform>%n mois de suite avec au moins une affaire gagnée.</numerusform>
            <numerusform>%n mois de suite avec au moins une affaire gagnée.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Deal won: {title}</source>
        <translation>Affaire gagnée&#xa0;: {title}</translation>
    </message>
</context>
<context>
    <name>ChancesDialog</name>
    <message>
        <location filename="../../salescoach/ui/pipeline/chances_dialog.py" line="+37"/>
        <source>Chances of winning by stage</source>
        <translation>Probabilités de gain par étape</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The forecast in the Pipeline&apos;s header counts each open deal at its stage&apos;s chance of being won.</source>
        <translation>La prévision en tête du Pipeline compte chaque affaire en cours selon la probabilité de gain de son étape.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your team&apos;s manager sets the chances shown greyed, so that every rep&apos;s forecast counts a stage alike; they come with each team sync.</source>
        <translation>Les chances grisées sont fixées par le responsable de votre équipe, pour que les prévisions de chaque commercial comptent une étape de la même façon ; elles arrivent à chaque synchronisation de l&apos;équipe.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot save the chances</source>
        <translation>Impossible d’enregistrer les probabilités</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chances of winning saved: the forecast is updated.</source>
        <translation>Probabilités de gain enregistrées : la prévision est mise à jour.</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <location filename="../../salescoach/ui/review/checkin.py" line="+54"/>
        <source>Pick one, or write your own</source>
        <translation>Choisissez-en un, ou écrivez le vôtre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(1: drained, 5: full of energy)</source>
        <translation>(1 : à plat, 5 : plein d’énergie)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a word or two: tired, on a roll…</source>
        <translation>un mot ou deux : fatigué, sur une lancée…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Focus for &amp;next week</source>
        <translation>Objectif de la semaine &amp;prochaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your ene&amp;rgy this week</source>
        <translation>Votre é&amp;nergie cette semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a &amp;word</source>
        <translation>En un &amp;mot</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+26"/>
        <source>Sa&amp;ve the review</source>
        <translation>&amp;Enregistrer le bilan</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Last focus kept: “{focus}”</source>
        <translation>Objectif précédent tenu : « {focus} »</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Update the review</source>
        <translation>Mettre à &amp;jour le bilan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your energy and your results have been falling together for three weeks: a long effort, plan a break. Selling at a distance is a marathon.</source>
        <translation>Votre énergie et vos résultats baissent ensemble depuis trois semaines : c’est un effort long, prévoyez une pause. Vendre à distance, c’est un marathon.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../salescoach/cli/main.py" line="+94"/>
        <source>Interrupted; nothing was written.</source>
        <translation>Interrompu ; rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unexpected error; nothing was written.</source>
        <translation>Erreur inattendue&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unexpected error; nothing was written. Details are in {path}.</source>
        <translation>Erreur inattendue ; rien n’a été écrit. Les détails sont dans {path}.</translation>
    </message>
    <message>
        <location filename="../../salescoach/cli/run.py" line="+44"/>
        <source>There is no salescoach database in {path}; nothing to do.</source>
        <translation>Il n’y a pas de base salescoach dans {path} ; rien à faire.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>salescoach is open on {path}; close it first (or use its File menu). Nothing was written.</source>
        <translation>salescoach est ouvert sur {path}&#xa0;; fermez-le d’abord (ou passez par son menu Fichier). Rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../salescoach/cli/data_folder.py" line="+27"/>
        <source>Demo history created in {path}: {deals} deals, {touches} touches ({seconds} s).</source>
        <translation>Historique de démonstration créé dans {path} : {deals} affaires, {touches} échanges ({seconds} s).</translation>
    </message>
    <message>
        <location filename="../../salescoach/cli/followups.py" line="+30"/>
        <source>{count} follow-up(s) written to {path}.</source>
        <translation>{count} relance(s) écrite(s) dans {path}.</translation>
    </message>
    <message>
        <location filename="../../salescoach/cli/data_folder.py" line="+22"/>
        <source>{path} is up to date; nothing to do.</source>
        <translation>{path} est à jour ; rien à faire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} upgraded from schema {old}; a copy was kept first.</source>
        <translation>{path} mis à jour depuis le schéma {old} ; une copie a été gardée avant.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Backup written to {path}.</source>
        <translation>Sauvegarde écrite dans {path}.</translation>
    </message>
    <message>
        <location filename="../../salescoach/cli/stats.py" line="+56"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deals</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>won</source>
        <translation>gagnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost</source>
        <translation>perdues</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Win rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Touches</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>commission earned</source>
        <translation>commission gagnée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>average commission per win</source>
        <translation>commission moyenne par vente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>touches per win</source>
        <translation>échanges par vente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>value of one touch</source>
        <translation>valeur d’un échange</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>other currencies, left out</source>
        <translation>autres devises, non comptées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Debriefs done</source>
        <translation>Débriefs terminés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>weakest question</source>
        <translation>question la plus faible</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>losses within your control</source>
        <translation>pertes qui dépendaient de vous</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>referrals asked / obtained</source>
        <translation>recommandations demandées / obtenues</translation>
    </message>
    <message>
        <location filename="../../salescoach/cli/importing.py" line="+63"/>
        <source>Dates such as {example} can be read day first or month first, and nothing in the file tells: say which with --dates dmy (31/12/2024) or --dates mdy (12/31/2024). Nothing was imported.</source>
        <translation>Des dates comme {example} se lisent jour d’abord ou mois d’abord, et rien dans le fichier ne le dit&#xa0;: précisez-le avec --dates dmy (31/12/2024) ou --dates mdy (12/31/2024). Rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No status for the stage(s) {stages}: say which with --status-map, such as --status-map &quot;{example}=open&quot; (open, won or lost). Nothing was imported.</source>
        <translation>Aucun statut pour l’étape ou les étapes {stages} : indiquez-le avec --status-map, par exemple --status-map &quot;{example}=open&quot; (open, won ou lost). Rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{bad} of {rows} rows of {file} cannot be imported (listed above); nothing was imported. Correct them, or import the other rows with --skip-bad-rows.</source>
        <translation>{bad} ligne(s) sur {rows} de {file} ne peuvent pas être importées (voir ci-dessus)&#xa0;; rien n’a été importé. Corrigez-les, ou importez les autres lignes avec --skip-bad-rows.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{count} deal(s) you deleted in salescoach left deleted.</source>
        <translation>{count} affaire(s) que vous avez supprimée(s) dans salescoach, laissée(s) supprimée(s).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--map {pair}: write FIELD=COLUMN, FIELD being one of {fields}.</source>
        <translation>--map {pair} : écrivez CHAMP=COLONNE, CHAMP étant l’un de {fields}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--status-map {pair}: write VALUE=open, VALUE=won or VALUE=lost.</source>
        <translation>--status-map {pair} : écrivez VALEUR=open, VALEUR=won ou VALEUR=lost.</translation>
    </message>
    <message>
        <location filename="../../salescoach/cli/import_report.py" line="+35"/>
        <source>Sheet: {sheet} (of {sheets}).</source>
        <translation>Feuille : {sheet} (parmi {sheets}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No header row: the first row is a deal; its {count} columns are #1 to #{count} (name them with --map).</source>
        <translation>Pas de ligne d’en-tête : la première ligne est une affaire ; ses {count} colonnes sont #1 à #{count} (nommez-les avec --map).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stage “{stage}” ({count}): {status}.</source>
        <translation>Étape « {stage} » ({count}) : {status}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{count} placeholder date(s) (such as 31.12.3999) read as no date.</source>
        <translation>{count} date(s) de substitution (comme 31.12.3999) lue(s) comme «&#xa0;pas de date&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} won or lost deal(s) without a close date were dated by their last change in the CRM.</source>
        <translation>{count} affaire(s) gagnée(s) ou perdue(s) sans date de clôture datée(s) de leur dernière modification dans le CRM.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} deal(s) created after their close date in the file were given the close date as creation date.</source>
        <translation>{count} affaire(s) créée(s) après leur date de clôture dans le fichier : la date de clôture sert de date de création.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} deal(s) without a title were titled from their account, product or ID.</source>
        <translation>{count} affaire(s) sans titre titrée(s) d’après leur compte, leur produit ou leur identifiant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} total or footer row(s) left out.</source>
        <translation>{count} ligne(s) de total ou de pied de page laissée(s) de côté.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file}: {format}; workbook, dates and numbers read as the cells hold them.</source>
        <translation>{file} : {format} ; classeur, dates et nombres lus tels que les cellules les contiennent.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>to be chosen</source>
        <translation>à préciser</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file}: {format}; {encoding}; separator: {separator}; {decimal}; dates: {dates}.</source>
        <translation>{file}&#xa0;: {format}&#xa0;; {encoding}&#xa0;; séparateur&#xa0;: {separator}&#xa0;; {decimal}&#xa0;; dates&#xa0;: {dates}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage</source>
        <translation>étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>close date</source>
        <translation>date de clôture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost reason</source>
        <translation>raison de la perte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activities</source>
        <translation>activités</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{new} new, {changed} changed, {unchanged} unchanged.</source>
        <translation>{new} nouvelle(s), {changed} modifiée(s), {unchanged} inchangée(s).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Row {row}, column “{column}”: {problem}</source>
        <translation>Ligne {row}, colonne «&#xa0;{column}&#xa0;»&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row {row}: {problem}</source>
        <translation>Ligne {row}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{file} checked, nothing written (--dry-run): {deals} deal(s) to import, {updated} to update, {already} already there, {skipped} bad row(s) left out; {accounts} new account(s), {contacts} new contact(s), {touches} touch(es), {debriefs} debrief(s) to finish.</source>
        <translation>{file} vérifié, rien n’a été écrit (--dry-run)&#xa0;: {deals} affaire(s) à importer, {updated} à mettre à jour, {already} déjà présente(s), {skipped} ligne(s) en erreur écartée(s)&#xa0;; {accounts} nouveau(x) compte(s), {contacts} nouveau(x) contact(s), {touches} échange(s), {debriefs} débrief(s) à terminer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file}: {deals} deal(s) imported, {updated} updated, {already} already there, {skipped} bad row(s) left out; {accounts} new account(s), {contacts} new contact(s), {touches} touch(es), {debriefs} debrief(s) to finish.</source>
        <translation>{file}&#xa0;: {deals} affaire(s) importée(s), {updated} mise(s) à jour, {already} déjà présente(s), {skipped} ligne(s) en erreur écartée(s)&#xa0;; {accounts} nouveau(x) compte(s), {contacts} nouveau(x) contact(s), {touches} échange(s), {debriefs} débrief(s) à terminer.</translation>
    </message>
    <message>
        <location filename="../../salescoach/cli/exporting.py" line="+30"/>
        <source>Exported to {path}: {deals} deal(s), {touches} touch(es), {accounts} account(s), {contacts} contact(s), {debriefs} debrief(s).</source>
        <translation>Exporté dans {path}&#xa0;: {deals} affaire(s), {touches} échange(s), {accounts} compte(s), {contacts} contact(s), {debriefs} débrief(s).</translation>
    </message>
    <message>
        <location filename="../../salescoach/cli/team.py" line="+107"/>
        <source>Team schema {revision} ready.</source>
        <translation>Schéma d&apos;équipe {revision} prêt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} can now join the team.</source>
        <translation>{name} peut maintenant rejoindre l&apos;équipe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Joined the team as {role}.</source>
        <translation>Équipe rejointe en tant que {role}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No usable system keyring here: the password is kept in ~/.pgpass (readable by you only).</source>
        <translation>Pas de trousseau système utilisable ici : le mot de passe est gardé dans ~/.pgpass (lisible par vous seul).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Synced: {pushed} change(s) sent, {pulled} received, {conflicts} conflict(s) kept, {waiting} waiting.</source>
        <translation>Synchronisé : {pushed} modification(s) envoyée(s), {pulled} reçue(s), {conflicts} conflit(s) conservé(s), {waiting} en attente.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Team goals are only set on the team: publish them from a CSV file. Nothing was published.</source>
        <translation>Les objectifs d&apos;équipe ne se fixent que dans l&apos;équipe : publiez-les depuis un fichier CSV. Rien n&apos;a été publié.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Published {list}, {count} on the server: the reps get it at their next sync.</source>
        <translation>{list} publié, {count} sur le serveur : les commerciaux le recevront à leur prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--since {since} is after --until {until}.</source>
        <translation>--since {since} est après --until {until}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+23"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>controllable</source>
        <translation>maîtrisable</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No certificate file at {path}.</source>
        <translation>Aucun fichier de certificat à {path}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The password must have at least 8 characters (and be typed the same twice). Nothing was changed.</source>
        <translation>Le mot de passe doit compter au moins 8 caractères (et être saisi deux fois à l&apos;identique). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../salescoach/cli/review.py" line="+48"/>
        <source>Week of {week}</source>
        <translation>Semaine du {week}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  touches: {n} (usually {usual})</source>
        <translation>  échanges : {n} (d’habitude {usual})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  new deals: {n} (usually {usual})</source>
        <translation>  nouvelles affaires : {n} (d’habitude {usual})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  won: {won}, lost: {lost}</source>
        <translation>  gagnées : {won}, perdues : {lost}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Debriefs to do: {n}; follow-ups due: {due}</source>
        <translation>Débriefs à faire : {n} ; relances dues : {due}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leads this month: {added} of {needed} needed</source>
        <translation>Leads ce mois-ci : {added} sur les {needed} nécessaires</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Focus ideas for next week:</source>
        <translation>Idées d’objectif pour la semaine prochaine :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your energy and your results are falling together: a long effort, plan a break.</source>
        <translation>Votre énergie et vos résultats baissent ensemble : c’est un effort long, prévoyez une pause.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not reviewed yet: open the app (Ctrl+R).</source>
        <translation>Bilan pas encore fait : ouvrez l’application (Ctrl+R).</translation>
    </message>
    <message>
        <location filename="../../salescoach/cli/settings.py" line="+29"/>
        <source>No commission plan: wins without a commission recorded earn nothing. Set a rate with `salescoach commission --rate 8` (8 % of each won amount), from a date with --from YYYY-MM-DD.</source>
        <translation>Pas de plan de commission&#xa0;: les affaires gagnées sans commission enregistrée ne rapportent rien. Fixez un taux avec `salescoach commission --rate 8` (8&#xa0;% de chaque montant gagné), à partir d’une date avec --from AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{rate} % of each won amount.</source>
        <translation>{rate}&#xa0;% de chaque montant gagné.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From {day}: {rate} % of each won amount.</source>
        <translation>À partir du {day}&#xa0;: {rate}&#xa0;% de chaque montant gagné.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{rate} % of what you win beyond the year&apos;s revenue goal.</source>
        <translation>{rate}&#xa0;% de ce que vous gagnez au-delà de l’objectif de chiffre d’affaires de l’année.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--above-goal needs --rate: the rate up to the goal.</source>
        <translation>--above-goal demande --rate&#xa0;: le taux jusqu’à l’objectif.</translation>
    </message>
</context>
<context>
    <name>Commission</name>
    <message>
        <location filename="../../salescoach/domain/commission.py" line="+51"/>
        <source>“{value}” is not a rate: give a percentage from 0 to 100.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un taux&#xa0;: donnez un pourcentage de 0 à 100.</translation>
    </message>
</context>
<context>
    <name>CommissionDialog</name>
    <message>
        <location filename="../../salescoach/ui/numbers/commission_dialog.py" line="+39"/>
        <source>Commission plan</source>
        <translation>Plan de commission</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No CRM export carries your commission. A won deal with no commission recorded earns this rate on its amount; a recorded commission is kept.</source>
        <translation>Aucun export de CRM ne contient votre commission. Une affaire gagnée sans commission enregistrée rapporte ce taux sur son montant&#xa0;; une commission enregistrée est gardée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>such as 8</source>
        <translation>par exemple 8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rate on won amounts (%)</source>
        <translation>&amp;Taux sur les montants gagnés (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Only for deals won from</source>
        <translation>&amp;Seulement pour les affaires gagnées à partir du</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>optional, such as 12</source>
        <translation>facultatif, par exemple 12</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate &amp;beyond the yearly revenue goal (%)</source>
        <translation>Taux au-&amp;delà de l’objectif annuel de chiffre d’affaires (%)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No plan yet: wins without a commission earn nothing.</source>
        <translation>Pas encore de plan&#xa0;: les affaires gagnées sans commission ne rapportent rien.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 % of each won amount</source>
        <translation>%1&#xa0;% de chaque montant gagné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1: %2 % of each won amount</source>
        <translation>À partir du %1&#xa0;: %2&#xa0;% de chaque montant gagné</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, %1 % beyond the goal</source>
        <translation>, %1&#xa0;% au-delà de l’objectif</translation>
    </message>
</context>
<context>
    <name>ComposerDialog</name>
    <message>
        <location filename="../../salescoach/ui/writing/composer.py" line="+70"/>
        <source>Write an email</source>
        <translation>Écrire un e-mail</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No email address known: add it in your mail program.</source>
        <translation>Aucune adresse e-mail connue : ajoutez-la dans votre messagerie.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Moment</source>
        <translation>&amp;Moment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ubject</source>
        <translation>Ob&amp;jet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open in my mail program</source>
        <translation>&amp;Ouvrir dans ma messagerie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Log as a touch</source>
        <translation>Noter comme é&amp;change</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;The coach&lt;/b&gt;</source>
        <translation>&lt;b&gt;Le coach&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Your draft is back, as you left it.</source>
        <translation>Votre brouillon est revenu, tel que vous l’aviez laissé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not known: {fields}. Replace the placeholders in brackets before sending.</source>
        <translation>Inconnu : {fields}. Remplacez les champs entre crochets avant d’envoyer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Replace your text?</source>
        <translation>Remplacer votre texte ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template replaces what you wrote (your draft stays saved).</source>
        <translation>Le modèle remplace ce que vous avez écrit (votre brouillon reste enregistré).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Placeholders left</source>
        <translation>Champs à remplacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{placeholders} still in the text. Go on anyway?</source>
        <translation>{placeholders} encore dans le texte. Continuer quand même ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go on</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Email copied: paste it into your mail program.</source>
        <translation>E-mail copié : collez-le dans votre messagerie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No mail program answered: copy the email instead.</source>
        <translation>Aucune messagerie n’a répondu : copiez plutôt l’e-mail.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot log the email</source>
        <translation>Impossible de noter l’e-mail</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Email logged as a touch.</source>
        <translation>E-mail noté comme échange.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../salescoach/ui/team/conflicts.py" line="+32"/>
        <source>Loss reason</source>
        <translation>Raison de la perte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal&apos;s contact</source>
        <translation>Contact d&apos;une affaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch</source>
        <translation>Contact pris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debrief</source>
        <translation>Débrief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thanks for a referral</source>
        <translation>Remerciement pour une recommandation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomination</source>
        <translation>Nomination</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Team conflicts</source>
        <translation>Conflits d&apos;équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the conflicts list…</source>
        <translation>Lecture de la liste des conflits…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Made on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overwritten values</source>
        <translation>Valeurs écrasées</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No conflicts: no change made on another computer overwrote one.</source>
        <translation>Aucun conflit : aucune modification faite sur un autre ordinateur n&apos;en a écrasé une autre.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n version(s) overwritten by a later change (the same row edited on two computers while offline); the later one is kept everywhere.</source>
        <translation>
            <numerusform>%n version écrasée par une modification plus récente (la même ligne modifiée sur deux ordinateurs hors ligne) ; la plus récente est gardée partout.</numerusform>
            <numerusform>%n versions écrasées par une modification plus récente (la même ligne modifiée sur deux ordinateurs hors ligne) ; la plus récente est gardée partout.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(deleted)</source>
        <translation>(supprimée)</translation>
    </message>
</context>
<context>
    <name>ConventionsBar</name>
    <message>
        <location filename="../../salescoach/ui/data/import_widgets.py" line="+49"/>
        <source>What the file is</source>
        <translation>Ce qu’est le fichier</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Encoding:</source>
        <translation>Encodage&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Separator:</source>
        <translation>Séparateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amounts:</source>
        <translation>Montants&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates:</source>
        <translation>Dates&#xa0;:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose…</source>
        <translation>Choisissez…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dates such as {example} can be read day first or month first, and nothing in the file tells which: choose how to read them.</source>
        <translation>Des dates comme {example} se lisent jour d’abord ou mois d’abord, et rien dans le fichier ne le dit&#xa0;: choisissez comment les lire.</translation>
    </message>
</context>
<context>
    <name>CurrencyDialog</name>
    <message>
        <location filename="../../salescoach/ui/numbers/currency_dialog.py" line="+29"/>
        <source>Main currency</source>
        <translation>Devise principale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every figure is in this currency. Deals in other currencies are counted apart, never converted.</source>
        <translation>Tous les chiffres sont dans cette devise. Les affaires dans d’autres devises sont comptées à part, jamais converties.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The currency of most of my deals (%1)</source>
        <translation>La devise de la plupart de mes affaires (%1)</translation>
    </message>
</context>
<context>
    <name>DataDir</name>
    <message>
        <location filename="../../salescoach/services/datadir.py" line="+40"/>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot use the data folder {path}: {reason}</source>
        <translation>Impossible d’utiliser le dossier de données {path} : {reason}</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../salescoach/store/database.py" line="+237"/>
        <source>The database is busy in another program. Nothing was changed.</source>
        <translation>La base de données est occupée par un autre programme. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database {path} is read-only.</source>
        <translation>La base de données {path} est en lecture seule.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>There is no salescoach database in {folder} yet: open the app on it, or import a file, first.</source>
        <translation>Il n’y a pas encore de base salescoach dans {folder} : ouvrez d’abord l’application sur ce dossier, ou importez un fichier.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database in {folder} was written by an older version of salescoach (schema {revision}). Open the app once, or run `salescoach upgrade`, to upgrade it; nothing was changed.</source>
        <translation>La base de {folder} a été écrite par une version plus ancienne de salescoach (schéma {revision}). Ouvrez l’application une fois, ou lancez `salescoach upgrade`, pour la mettre à jour ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>salescoach could not upgrade {path} from schema {revision} ({reason}). The upgrade was undone: your data is as it was. A copy taken before the upgrade is at {copy}.</source>
        <translation>salescoach n’a pas pu mettre à jour {path} depuis le schéma {revision} ({reason}). La mise à jour a été annulée : vos données sont telles qu’elles étaient. Une copie faite avant la mise à jour se trouve dans {copy}.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot copy {path} before upgrading it ({reason}); nothing was changed.</source>
        <translation>Impossible de copier {path} avant sa mise à jour ({reason}) ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../salescoach/store/probe.py" line="+33"/>
        <source>{path} is not a salescoach database, or it is damaged. It was left untouched; restore a backup or choose another data folder.</source>
        <translation>{path} n’est pas une base salescoach, ou elle est endommagée. Le fichier n’a pas été modifié ; restaurez une sauvegarde ou choisissez un autre dossier de données.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>Impossible de lire {path} : {reason}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{path} was written by a newer version of salescoach (schema {revision}). Install the newer version to open it; the file was left untouched.</source>
        <translation>{path} a été écrit par une version plus récente de salescoach (schéma {revision}). Installez cette version pour l’ouvrir ; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../salescoach/domain/disk_full.py" line="+46"/>
        <source>The disk is full: there is no room left to write {path}. Nothing was written. Free some space and try again.</source>
        <translation>Le disque est plein&#xa0;: il n’y a plus de place pour écrire {path}. Rien n’a été écrit. Libérez de la place et réessayez.</translation>
    </message>
</context>
<context>
    <name>DealEditor</name>
    <message>
        <location filename="../../salescoach/ui/pipeline/deal_editor.py" line="+63"/>
        <source>New deal</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit deal</source>
        <translation>Modifier l’affaire</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>e.g. CRM roll-out, 40 seats</source>
        <translation>ex. : déploiement CRM, 40 postes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Company (new names are added)</source>
        <translation>Entreprise (les nouveaux noms sont ajoutés)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A&amp;mount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Commission</source>
        <translation>C&amp;ommission</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Stage</source>
        <translation>Ét&amp;ape</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created &amp;on</source>
        <translation>Créée l&amp;e</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;losed on</source>
        <translation>C&amp;lose le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who else they were looking at, if known</source>
        <translation>Qui d’autre était en lice, si vous le savez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Com&amp;petitor</source>
        <translation>Concu&amp;rrent</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>recorded</source>
        <translation>enregistrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from your plan: {amount}</source>
        <translation>selon votre plan&#xa0;: {amount}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot save the deal</source>
        <translation>Impossible d’enregistrer l’affaire</translation>
    </message>
</context>
<context>
    <name>DealsModel</name>
    <message>
        <location filename="../../salescoach/ui/pipeline/model.py" line="+79"/>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+267"/>
        <source>Lost · debrief pending</source>
        <translation>Perdue · débrief à faire</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No debrief yet: press Ctrl+L to learn from this loss.</source>
        <translation>Pas encore de débrief&#xa0;: appuyez sur Ctrl+L pour tirer les leçons de cette perte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debrief started: press Ctrl+L to finish it.</source>
        <translation>Débrief commencé&#xa0;: appuyez sur Ctrl+L pour le terminer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Competitor: {name}</source>
        <translation>Concurrent : {name}</translation>
    </message>
</context>
<context>
    <name>Debrief</name>
    <message>
        <location filename="../../salescoach/domain/debrief.py" line="+43"/>
        <source>Did you talk to the right decision makers?</source>
        <translation>Avez-vous parlé aux bons décideurs&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm you are talking to the decision makers: who signs, who weighs in?</source>
        <translation>Vérifiez que vous parlez aux décideurs&#xa0;: qui signe, qui pèse dans la décision&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Did you truly and fully understand their problems?</source>
        <translation>Avez-vous vraiment et pleinement compris leurs problèmes&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restate their problem in their own words and get a yes before proposing.</source>
        <translation>Reformulez leur problème avec leurs mots et obtenez un «&#xa0;oui&#xa0;» avant de proposer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Did you build a proposal that met their needs and removed any surprises?</source>
        <translation>Avez-vous élaboré une proposition qui répondait à leurs besoins et éliminait les surprises&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Walk them through the proposal before sending it: no surprise on price, scope or timing.</source>
        <translation>Présentez la proposition avant de l&apos;envoyer&#xa0;: aucune surprise sur le prix, le périmètre ou les délais.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Did you know whether they were evaluating a competitor?</source>
        <translation>Saviez-vous s&apos;ils évaluaient l&apos;un de vos concurrents&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask who else they are talking to, and what they like there.</source>
        <translation>Demandez qui d&apos;autre ils consultent, et ce qui leur plaît chez eux.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Did you bring them value and offer educational resources to help them make the best decision?</source>
        <translation>Leur avez-vous apporté de la valeur et offert des ressources pédagogiques pour les aider à prendre la meilleure décision&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send something that helps them decide: a case study, a guide, a figure.</source>
        <translation>Envoyez de quoi les aider à décider&#xa0;: une étude de cas, un guide, un chiffre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do you understand why they turned your proposal down?</source>
        <translation>Comprenez-vous pourquoi ils ont refusé votre proposition&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask what could make them say no, before they do.</source>
        <translation>Demandez ce qui pourrait les faire dire non, avant qu&apos;ils ne le disent.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Don&apos;t take it personally. Hold yourself accountable by focusing on the parts of the process you can control.</source>
        <translation>Ne le prenez pas personnellement. Tenez-vous responsable en vous concentrant sur les parties du processus que vous pouvez contrôler.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Learn from your mistakes.</source>
        <translation>Apprenez de vos erreurs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find out the reasons for each rejection; you may find valuable insights to help your team and the whole company improve.</source>
        <translation>Découvrez les raisons de chaque refus&#xa0;; vous trouverez peut-être des informations précieuses pour aider votre équipe et l&apos;entreprise dans son ensemble à s&apos;améliorer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Don&apos;t be afraid to ask a lead who said “no” to point you to someone else who might be a better fit.</source>
        <translation>N&apos;ayez pas peur de demander à un responsable qui a dit «&#xa0;non&#xa0;» de vous aiguiller vers quelqu&apos;un d&apos;autre à qui vous pourriez mieux convenir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Always stay top of mind; you might not be a good fit now, but you could be down the road.</source>
        <translation>Restez toujours en tête&#xa0;; vous n&apos;êtes peut-être pas le bon choix aujourd&apos;hui, mais vous pourriez l&apos;être demain.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Know your numbers and the value of each call, email and touchpoint.</source>
        <translation>Connaissez vos chiffres et la valeur de chaque appel, e-mail et point de contact.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Timing</source>
        <translation>Mauvais moment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competitor&apos;s better offer</source>
        <translation>Meilleure offre d&apos;un concurrent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled in-house</source>
        <translation>Fait en interne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No decision / status quo</source>
        <translation>Pas de décision / statu quo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No decision maker reached</source>
        <translation>Décideur non atteint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs misunderstood</source>
        <translation>Besoins mal compris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing capability</source>
        <translation>Fonctionnalité manquante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unresponsive</source>
        <translation>Plus de réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor fit</source>
        <translation>Pas adapté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Choose the main reason the deal was lost.</source>
        <translation>Choisissez la raison principale de la perte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose or create the person they referred you to, or untick it.</source>
        <translation>Choisissez ou créez la personne recommandée, ou décochez la case.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stay in touch at least every month, or untick “stay in touch”.</source>
        <translation>Restez en contact au moins tous les mois, ou décochez «&#xa0;rester en contact&#xa0;».</translation>
    </message>
</context>
<context>
    <name>DebriefDialog</name>
    <message>
        <location filename="../../salescoach/ui/debriefs/dialog.py" line="+63"/>
        <source>Decision makers and needs</source>
        <translation>Décideurs et besoins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competition and value</source>
        <translation>Concurrence et valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why they said no</source>
        <translation>Pourquoi ils ont dit non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral and follow-up</source>
        <translation>Recommandation et suivi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cheat sheet</source>
        <translation>Aide-mémoire</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Debrief: {deal}</source>
        <translation>Débrief&#xa0;: {deal}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&lt;b&gt;{deal}&lt;/b&gt; · {account} · lost on {date} · {amount}</source>
        <translation>&lt;b&gt;{deal}&lt;/b&gt; · {account} · perdue le {date} · {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no account</source>
        <translation>sans compte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A “no” is something to learn from. Answer honestly; you can close this window at any time and come back: everything you type is kept.</source>
        <translation>Chaque «&#xa0;non&#xa0;» est une leçon. Répondez franchement&#xa0;; vous pouvez fermer cette fenêtre à tout moment et y revenir&#xa0;: tout ce que vous tapez est conservé.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Close (kept as a draft)</source>
        <translation>&amp;Fermer (brouillon conservé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Editing…</source>
        <translation>Modification…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not saved.</source>
        <translation>Non enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Cannot save the debrief</source>
        <translation>Impossible d&apos;enregistrer le débrief</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Draft saved at {time}.</source>
        <translation>Brouillon enregistré à {time}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Press Save changes to keep your edits.</source>
        <translation>Cliquez sur Enregistrer pour garder vos modifications.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Something is missing: see the message in red.</source>
        <translation>Il manque quelque chose&#xa0;: voyez le message en rouge.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cannot open the debrief</source>
        <translation>Impossible d&apos;ouvrir le débrief</translation>
    </message>
</context>
<context>
    <name>DebriefPages</name>
    <message>
        <location filename="../../salescoach/ui/common/debrief_words.py" line="+13"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly</source>
        <translation>En partie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/debriefs/pages.py" line="+106"/>
        <source>A note (optional): what happened?</source>
        <translation>Une note (facultatif)&#xa0;: que s&apos;est-il passé&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Debriefs</name>
    <message>
        <location filename="../../salescoach/services/debriefs.py" line="+49"/>
        <source>This deal no longer exists (it may have been deleted); the debrief was not saved.</source>
        <translation>Cette affaire n&apos;existe plus (elle a peut-être été supprimée)&#xa0;; le débrief n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This loss reason no longer exists (it may have been deleted).</source>
        <translation>Ce motif de perte n’existe plus (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A reason needs a name.</source>
        <translation>Une raison doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>DebriefsView</name>
    <message>
        <location filename="../../salescoach/ui/debriefs/view.py" line="+72"/>
        <source>Debrief the latest loss…</source>
        <translation>Débriefer la dernière perte…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All debriefs</source>
        <translation>Tous les débriefs</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/debriefs/rows.py" line="+24"/>
        <location filename="../../salescoach/ui/debriefs/view.py" line="+1"/>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../salescoach/ui/debriefs/view.py" line="+1"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/debriefs/view.py" line="+3"/>
        <location line="+165"/>
        <source>All reasons</source>
        <translation>Toutes les raisons</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Within my control or not</source>
        <translation>Maîtrisable ou non</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/debriefs/rows.py" line="+9"/>
        <location filename="../../salescoach/ui/debriefs/view.py" line="+1"/>
        <source>Within my control</source>
        <translation>Dépendait de moi</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../salescoach/ui/debriefs/view.py" line="+1"/>
        <source>Outside my control</source>
        <translation>Ne dépendait pas de moi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Obtained</source>
        <translation>Obtenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lost on</source>
        <translation>Perdue le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debrief</source>
        <translation>Débrief</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Control</source>
        <translation>Maîtrise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No / partly</source>
        <translation>Non / en partie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Referral</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Competitor</source>
        <translation>Concurrent</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/debriefs/view.py" line="+23"/>
        <source>&amp;Open the debrief</source>
        <translation>&amp;Ouvrir le débrief</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Debriefs</source>
        <translation>Débriefs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insights</source>
        <translation>Enseignements</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No lost deal yet. When a deal is lost, press Ctrl+L in the Pipeline: a short debrief turns the “no” into lessons, a referral and a follow-up.</source>
        <translation>Aucune affaire perdue pour l&apos;instant. Quand une affaire est perdue, appuyez sur Ctrl+L dans le Pipeline&#xa0;: un court débrief transforme le «&#xa0;non&#xa0;» en leçons, en recommandation et en suivi.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading your debriefs…</source>
        <translation>Lecture de vos débriefs…</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Cannot read the debriefs</source>
        <translation>Impossible de lire les débriefs</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n lost deal(s) still to debrief. A few minutes each, while it is fresh.</source>
        <translation>
            <numerusform>%n affaire perdue reste à débriefer. Quelques minutes, tant que c&apos;est frais.</numerusform>
            <numerusform>%n affaires perdues restent à débriefer. Quelques minutes chacune, tant que c&apos;est frais.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n of them arrived with the import of {file} ({day}).</source>
        <translation>
            <numerusform>%n d’entre elles est arrivée avec l’import de {file} ({day}).</numerusform>
            <numerusform>%n d’entre elles sont arrivées avec l’import de {file} ({day}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n lost deal(s)</source>
        <translation>
            <numerusform>%n affaire perdue</numerusform>
            <numerusform>%n affaires perdues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of {total} lost deals</source>
        <translation>
            <numerusform>%n sur {total} affaires perdues</numerusform>
            <numerusform>%n sur {total} affaires perdues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../salescoach/services/demo.py" line="+346"/>
        <source>The demo history goes into an empty data folder only; this one already has deals. Choose another folder with --data-dir.</source>
        <translation>L’historique de démonstration ne va que dans un dossier de données vide ; celui-ci contient déjà des affaires. Choisissez un autre dossier avec --data-dir.</translation>
    </message>
</context>
<context>
    <name>DueAlerts</name>
    <message numerus="yes">
        <location filename="../../salescoach/ui/followups/alerts.py" line="+27"/>
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n relance en retard</numerusform>
            <numerusform>%n relances en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n due today</source>
        <translation>
            <numerusform>%n pour aujourd&apos;hui</numerusform>
            <numerusform>%n pour aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Follow-ups due</source>
        <translation>Relances à faire</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <location filename="../../salescoach/ui/shell/error_report.py" line="+38"/>
        <source>Unexpected error.</source>
        <translation>Erreur inattendue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected error. Details are in {path}.</source>
        <translation>Erreur inattendue. Les détails sont dans {path}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../salescoach/ui/data/export_dialog.py" line="+40"/>
        <source>Export your data</source>
        <translation>Exporter vos données</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every account, contact, deal, touch, debrief, loss reason and follow-up, readable by a spreadsheet or another program, and by salescoach&apos;s own import. The files are readable by you only.</source>
        <translation>Tous les comptes, contacts, affaires, échanges, débriefs, raisons de perte et relances, lisibles par un tableur ou un autre programme, et par l’import de salescoach. Les fichiers ne sont lisibles que par vous.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;CSV: a new folder with one file per table</source>
        <translation>&amp;CSV&#xa0;: un nouveau dossier, un fichier par table</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;JSON: one file</source>
        <translation>&amp;JSON&#xa0;: un seul fichier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as:</source>
        <translation>Enregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder to create the export in</source>
        <translation>Dossier où créer l’export</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Exported to {path}: %n deal(s).</source>
        <translation>
            <numerusform>Exporté dans {path}&#xa0;: %n affaire.</numerusform>
            <numerusform>Exporté dans {path}&#xa0;: %n affaires.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <location filename="../../salescoach/services/exporting.py" line="+71"/>
        <source>{path} already exists; choose another name.</source>
        <translation>{path} existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder {path} does not exist.</source>
        <translation>Le dossier {path} n’existe pas.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot write {path}: {reason}; nothing was written.</source>
        <translation>Impossible d’écrire {path}&#xa0;: {reason}&#xa0;; rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <location filename="../../salescoach/ui/numbers/figures.py" line="+124"/>
        <source>Commission earned</source>
        <translation>Commission gagnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wins</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Losses</source>
        <translation>Pertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touches logged</source>
        <translation>Échanges notés</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+42"/>
        <source>Touches per win</source>
        <translation>Échanges par vente</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Touches</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many of this kind were logged in the period.</source>
        <translation>Combien d’échanges de ce type ont été notés dans la période.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share of touches</source>
        <translation>Part des échanges</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This kind&apos;s touches ÷ all the touches logged.</source>
        <translation>Les échanges de ce type ÷ tous les échanges notés.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This kind&apos;s touches ÷ the deals won in the period.</source>
        <translation>Les échanges de ce type ÷ les affaires gagnées dans la période.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Share of commission</source>
        <translation>Part de la commission</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This kind&apos;s touches × the value of one touch: its part of the commission earned (the rows add up to it).</source>
        <translation>Les échanges de ce type × la valeur d’un échange&#xa0;: leur part de la commission gagnée (les lignes s’additionnent pour la donner).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Average commission per win</source>
        <translation>Commission moyenne par vente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value of one touch</source>
        <translation>Valeur d’un échange</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+1"/>
        <location line="+92"/>
        <source>How these figures are computed</source>
        <translation>Comment ces chiffres sont calculés</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>By kind of touch</source>
        <translation>Par type d’échange</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Nothing was logged or closed in this period. Choose a longer one.</source>
        <translation>Rien n’a été noté ni conclu sur cette période. Choisissez-en une plus longue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No touch logged in this period. Log each call and email (Ctrl+T in the Pipeline) to see what each one is worth.</source>
        <translation>Aucun échange noté sur cette période. Notez chaque appel et chaque e-mail (Ctrl+T dans les Affaires) pour voir ce que chacun vaut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No win in this period yet, so there is no value per touch to show. Every no brings you closer to a yes: choose a longer period to see yours.</source>
        <translation>Pas encore de vente sur cette période, donc pas de valeur par échange à montrer. Chaque «&#xa0;non&#xa0;» vous rapproche d’un «&#xa0;oui&#xa0;»&#xa0;: choisissez une période plus longue pour voir la vôtre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your wins in this period earn no commission yet: no CRM export carries it. Set your rate in Settings › Commission plan… (or record the commission on each won deal) to see what a touch is worth to you.</source>
        <translation>Vos affaires gagnées sur cette période ne rapportent pas encore de commission&#xa0;: aucun export de CRM ne la contient. Fixez votre taux dans Réglages › Plan de commission… (ou enregistrez la commission de chaque affaire gagnée) pour voir ce que vaut un échange pour vous.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Each call you make is worth about {amount}, even the ones that end in a no.</source>
        <translation>Chaque appel que vous passez vaut environ {amount}, même ceux qui se terminent par un «&#xa0;non&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each touch is worth about {amount}, even the ones that end in a no.</source>
        <translation>Chaque échange vaut environ {amount}, même ceux qui se terminent par un «&#xa0;non&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>It takes about %n touch(es) to win a deal ({ratio}): the ones before the yes are not wasted, they are how you get there.</source>
        <translation>
            <numerusform>Il vous faut environ %n échange pour conclure une vente ({ratio})&#xa0;: ceux qui précèdent le «&#xa0;oui&#xa0;» ne sont pas perdus, c’est le chemin pour y arriver.</numerusform>
            <numerusform>Il vous faut environ %n échanges pour conclure une vente ({ratio})&#xa0;: ceux qui précèdent le «&#xa0;oui&#xa0;» ne sont pas perdus, c’est le chemin pour y arriver.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Commission is missing on %n win(s): the value of a touch is higher than shown.</source>
        <translation>
            <numerusform>La commission manque sur %n vente&#xa0;: un échange vaut plus que ce qui est affiché.</numerusform>
            <numerusform>La commission manque sur %n ventes&#xa0;: un échange vaut plus que ce qui est affiché.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Left out, in {currency} (not converted): {won} won, {lost} lost, {touches} touches, {commission} of commission.</source>
        <translation>Non compté, en {currency} (pas de conversion)&#xa0;: {won} gagnées, {lost} perdues, {touches} échanges, {commission} de commission.</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <location filename="../../salescoach/ui/shell/find_dialog.py" line="+36"/>
        <source>Deals</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch notes</source>
        <translation>Notes d’échanges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debriefs</source>
        <translation>Débriefs</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Find anything</source>
        <translation>Rechercher partout</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deals, accounts, people, notes, debriefs…</source>
        <translation>Affaires, comptes, personnes, notes, débriefs…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+43"/>
        <source>Type a few letters of any word: accents and case ignored.</source>
        <translation>Tapez les premières lettres d’un mot : accents et majuscules sont ignorés.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Cannot search</source>
        <translation>Impossible de rechercher</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Type at least two letters.</source>
        <translation>Tapez au moins deux lettres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing matches “{text}”.</source>
        <translation>Rien ne correspond à « {text} ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter shows the selected record; ↑ and ↓ move.</source>
        <translation>Entrée affiche l’élément choisi ; ↑ et ↓ pour se déplacer.</translation>
    </message>
</context>
<context>
    <name>FirstQuestionsPage</name>
    <message>
        <location filename="../../salescoach/ui/debriefs/pages.py" line="+56"/>
        <source>On this deal: {people}.</source>
        <translation>Sur cette affaire&#xa0;: {people}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody is marked as the decision maker.</source>
        <translation>Personne n&apos;est indiqué comme décideur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No contact is recorded on this deal.</source>
        <translation>Aucun contact n&apos;est enregistré sur cette affaire.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialogs</name>
    <message>
        <location filename="../../salescoach/ui/followups/dialogs.py" line="-110"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>tous les jours</numerusform>
            <numerusform>tous les %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>every %n week(s)</source>
        <translation>
            <numerusform>toutes les semaines</numerusform>
            <numerusform>toutes les %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>every %n month(s)</source>
        <translation>
            <numerusform>tous les mois</numerusform>
            <numerusform>tous les %n mois</numerusform>
        </translation>
    </message>
    <message>
        <location line="+133"/>
        <source>No company has this name; pick one from the list.</source>
        <translation>Aucune entreprise ne porte ce nom&#xa0;; choisissez-en une dans la liste.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Pick someone from the suggestions.</source>
        <translation>Choisissez une personne parmi les suggestions.</translation>
    </message>
</context>
<context>
    <name>FollowUpService</name>
    <message>
        <location filename="../../salescoach/services/followups.py" line="+33"/>
        <source>This follow-up no longer exists; nothing was changed.</source>
        <translation>Cette relance n&apos;existe plus&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Choose who to stay in touch with.</source>
        <translation>Choisissez avec qui rester en contact.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Someone cannot refer themselves.</source>
        <translation>Une personne ne peut pas se recommander elle-même.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Say what you gave, e.g. a thank-you lunch.</source>
        <translation>Dites ce que vous avez offert, p. ex. un déjeuner de remerciement.</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <location filename="../../salescoach/domain/followups.py" line="+68"/>
        <source>Choose how often: at least every 1 day, week or month.</source>
        <translation>Choisissez la fréquence&#xa0;: au moins tous les 1 jour, semaine ou mois.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Snooze to a day after today.</source>
        <translation>Reportez à un jour après aujourd&apos;hui.</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <location filename="../../salescoach/ui/followups/view.py" line="+50"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lost {date}: {deal}</source>
        <translation>Perdue le {date}&#xa0;: {deal}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last touch</source>
        <translation>Dernier échange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They said</source>
        <translation>Ce qu&apos;ils ont dit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>All follow-ups</source>
        <translation>Toutes les relances</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New follow-up…</source>
        <translation>&amp;Nouvelle relance…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport to calendar…</source>
        <translation>E&amp;xporter vers l&apos;agenda…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Log the touch now…</source>
        <translation>Noter l&apos;é&amp;change maintenant…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sn&amp;ooze…</source>
        <translation>Re&amp;porter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top following</source>
        <translation>Arrê&amp;ter le suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write…</source>
        <translation>Écr&amp;ire…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral advocates</source>
        <translation>Ambassadeurs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody to follow up yet. A debrief sets a stay-in-touch cadence with the prospect who said no; you can also add one here with “New follow-up…”.</source>
        <translation>Personne à relancer pour l&apos;instant. Un débrief fixe un rythme de contact avec le prospect qui a dit non&#xa0;; vous pouvez aussi en ajouter un ici avec «&#xa0;Nouvelle relance…&#xa0;».</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot read the follow-ups</source>
        <translation>Impossible de lire les relances</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{overdue} overdue · {today} today · {week} this week · {later} later</source>
        <translation>{overdue} en retard · {today} aujourd&apos;hui · {week} cette semaine · {later} plus tard</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>ask for {name}</source>
        <translation>demander {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>They said: “{said}”</source>
        <translation>Ils ont dit&#xa0;: «&#xa0;{said}&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last touch: {touch}</source>
        <translation>Dernier échange&#xa0;: {touch}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Log a touch with {who}</source>
        <translation>Noter un échange avec {who}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Touch with {who} logged; next follow-up scheduled.</source>
        <translation>Échange avec {who} noté&#xa0;; prochaine relance planifiée.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Snooze {who}</source>
        <translation>Reporter {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who}: snoozed.</source>
        <translation>{who}&#xa0;: reporté.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop following up with {who}? You can add a follow-up again later.</source>
        <translation>Arrêter les relances avec {who}&#xa0;? Vous pourrez en ajouter une plus tard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Stop following</source>
        <translation>Arrêter le suivi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop following {who}</source>
        <translation>Arrêter le suivi de {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No more follow-ups with {who}.</source>
        <translation>Plus de relances avec {who}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-up scheduled.</source>
        <translation>Relance planifiée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the follow-ups to a calendar</source>
        <translation>Exporter les relances vers un agenda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export to calendar</source>
        <translation>Exporter vers l&apos;agenda</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n follow-up(s) exported to {path}.</source>
        <translation>
            <numerusform>%n relance exportée dans {path}.</numerusform>
            <numerusform>%n relances exportées dans {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <location filename="../../salescoach/domain/forecast.py" line="+55"/>
        <source>A stage&apos;s chance is a percentage from 0 to 100, not {value}.</source>
        <translation>La probabilité d’une étape est un pourcentage de 0 à 100, pas {value}.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../salescoach/ui/common/formatting.py" line="+63"/>
        <source>Q{quarter} {year}</source>
        <translation>T{quarter} {year}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{number}%</source>
        <translation>{number}&#x202f;%</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../salescoach/ui/progress/goal_dialog.py" line="+44"/>
        <source>Yearly goal</source>
        <translation>Objectif annuel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A goal for the whole year keeps one bad month in perspective. Each year keeps its own goal.</source>
        <translation>Un objectif pour toute l’année remet un mauvais mois en perspective. Chaque année garde son propre objectif.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Year</source>
        <translation>&amp;Année</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Counted in</source>
        <translation>&amp;Compté en</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Goal for the year</source>
        <translation>&amp;Objectif de l’année</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No monthly or quarterly target</source>
        <translation>Pas d’objectif mensuel ni trimestriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A target per month</source>
        <translation>Un objectif par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A target per quarter</source>
        <translation>Un objectif par trimestre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Also</source>
        <translation>&amp;En plus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Target</source>
        <translation>Mon&amp;tant visé</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Cannot save the goal</source>
        <translation>Impossible d’enregistrer l’objectif</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <location filename="../../salescoach/domain/goals.py" line="+35"/>
        <source>Type a number, such as 120 000.</source>
        <translation>Saisissez un nombre, par exemple 120&#x202f;000.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A goal cannot be negative.</source>
        <translation>Un objectif ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A goal must be more than zero.</source>
        <translation>Un objectif doit être supérieur à zéro.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a year between {first} and {last}.</source>
        <translation>Choisissez une année entre {first} et {last}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown currency {code}.</source>
        <translation>Devise inconnue&#xa0;: {code}.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>That month has not started yet.</source>
        <translation>Ce mois n’a pas encore commencé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the call, email or meeting you nominate.</source>
        <translation>Choisissez l’appel, l’e-mail ou le rendez-vous que vous désignez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say in a few words why it was good: that is what you learn from.</source>
        <translation>Dites en quelques mots pourquoi il était réussi&#xa0;: c’est de cela que vous apprenez.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../salescoach/ui/shell/guide.py" line="+91"/>
        <source>salescoach guide</source>
        <translation>Guide de salescoach</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../salescoach/ui/data/import_dialog.py" line="+61"/>
        <source>Import {file}</source>
        <translation>Importer {file}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+126"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>{file}: %n row(s).</source>
        <translation>
            <numerusform>{file}&#xa0;: %n ligne.</numerusform>
            <numerusform>{file}&#xa0;: %n lignes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder}: a salescoach export. Every record is read back as it was written; those already in your data are left as they are.</source>
        <translation>{folder}&#xa0;: un export salescoach. Chaque enregistrement est relu tel qu’il a été écrit&#xa0;; ceux déjà présents dans vos données restent tels quels.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Choose how to read the dates before importing.</source>
        <translation>Choisissez comment lire les dates avant d’importer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose whether the deals of each stage are open, won or lost.</source>
        <translation>Indiquez si les affaires de chaque étape sont ouvertes, gagnées ou perdues.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n row(s) cannot be imported (listed below); nothing was imported. Correct the file or the columns above, or import only the good rows.</source>
        <translation>
            <numerusform>%n ligne ne peut pas être importée (voir ci-dessous)&#xa0;; rien n’a été importé. Corrigez le fichier ou les colonnes ci-dessus, ou importez seulement les lignes correctes.</numerusform>
            <numerusform>%n lignes ne peuvent pas être importées (voir ci-dessous)&#xa0;; rien n’a été importé. Corrigez le fichier ou les colonnes ci-dessus, ou importez seulement les lignes correctes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Import only the %n good row(s)</source>
        <translation>
            <numerusform>Importer seulement la ligne correcte</numerusform>
            <numerusform>Importer seulement les %n lignes correctes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Update</source>
        <translation>&amp;Mettre à jour</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importing the good rows…</source>
        <translation>Import des lignes correctes…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/data/import_changes.py" line="+21"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage</source>
        <translation>étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>close date</source>
        <translation>date de clôture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost reason</source>
        <translation>raison de la perte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activities</source>
        <translation>activités</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{field}: {old} → {new}</source>
        <translation>{field}&#xa0;: {old} → {new}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the CRM changed</source>
        <translation>Ce que le CRM a changé</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n nouvelle</numerusform>
            <numerusform>%n nouvelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n modifiée</numerusform>
            <numerusform>%n modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangée</numerusform>
            <numerusform>%n inchangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n you deleted (left deleted)</source>
        <translation>
            <numerusform>%n que vous avez supprimée (laissée supprimée)</numerusform>
            <numerusform>%n que vous avez supprimées (laissées supprimées)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing is written until you click Update.</source>
        <translation>Rien n’est écrit tant que vous ne cliquez pas sur Mettre à jour.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n deal(s) imported</source>
        <translation>
            <numerusform>%n affaire importée</numerusform>
            <numerusform>%n affaires importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n already there</source>
        <translation>
            <numerusform>%n déjà présente</numerusform>
            <numerusform>%n déjà présentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new account(s)</source>
        <translation>
            <numerusform>%n nouveau compte</numerusform>
            <numerusform>%n nouveaux comptes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new contact(s)</source>
        <translation>
            <numerusform>%n nouveau contact</numerusform>
            <numerusform>%n nouveaux contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n touch(es)</source>
        <translation>
            <numerusform>%n échange</numerusform>
            <numerusform>%n échanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n debrief(s) to finish</source>
        <translation>
            <numerusform>%n débrief à terminer</numerusform>
            <numerusform>%n débriefs à terminer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n bad row(s) left out</source>
        <translation>
            <numerusform>%n ligne en erreur écartée</numerusform>
            <numerusform>%n lignes en erreur écartées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/data/import_choices.py" line="+187"/>
        <source>%n placeholder date(s) read as no date</source>
        <translation>
            <numerusform>%n date de substitution lue comme «&#xa0;pas de date&#xa0;»</numerusform>
            <numerusform>%n dates de substitution lues comme «&#xa0;pas de date&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n won or lost deal(s) dated by their last change</source>
        <translation>
            <numerusform>%n affaire gagnée ou perdue datée de sa dernière modification</numerusform>
            <numerusform>%n affaires gagnées ou perdues datées de leur dernière modification</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n deal(s) created after their close date: created on it</source>
        <translation>
            <numerusform>%n affaire créée après sa date de clôture&#xa0;: créée ce jour-là</numerusform>
            <numerusform>%n affaires créées après leur date de clôture&#xa0;: créées ce jour-là</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n title(s) made from account, product or ID</source>
        <translation>
            <numerusform>%n titre fait du compte, du produit ou de l’identifiant</numerusform>
            <numerusform>%n titres faits du compte, du produit ou de l’identifiant</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/data/import_dialog.py" line="+9"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Importing… {done} of {total} rows written.</source>
        <translation>Import en cours… {done} lignes écrites sur {total}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing to import.</source>
        <translation>Rien à importer.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/data/import_widgets.py" line="+103"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <location filename="../../salescoach/domain/crm_vocabulary.py" line="+49"/>
        <source>Deal title</source>
        <translation>Titre de l’affaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact&apos;s email</source>
        <translation>E-mail du contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact&apos;s phone</source>
        <translation>Téléphone du contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created on</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won on</source>
        <translation>Gagnée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost on</source>
        <translation>Perdue le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on</source>
        <translation>Clôturée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss reason</source>
        <translation>Raison de la perte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities done</source>
        <translation>Activités réalisées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competitor</source>
        <translation>Concurrent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID in the CRM</source>
        <translation>Identifiant CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last modified on</source>
        <translation>Modifiée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../salescoach/domain/csv_formats.py" line="+71"/>
        <source>“{encoding}” is not an encoding (such as UTF-8, Windows-1252, Windows-1251, ISO-8859-15 or UTF-16).</source>
        <translation>« {encoding} » n’est pas un encodage (comme UTF-8, Windows-1252, Windows-1251, ISO-8859-15 ou UTF-16).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This file is not written in {encoding} (byte {byte} at position {position} is not one): choose another encoding.</source>
        <translation>Ce fichier n’est pas écrit en {encoding} (l’octet {byte} à la position {position} n’en est pas) : choisissez un autre encodage.</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>This is not a text file a spreadsheet could open ({reason}).</source>
        <translation>Ce n’est pas un fichier texte qu’un tableur pourrait ouvrir ({reason}).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file}, row {row} (lines {first} to {last} of the file): a quotation mark opens a cell that is not closed where it should be, so that several rows would be read as one. Correct the quotation marks; nothing was imported.</source>
        <translation>{file}, ligne {row} (lignes {first} à {last} du fichier)&#xa0;: un guillemet ouvre une cellule qui n’est pas refermée où elle devrait l’être, si bien que plusieurs lignes seraient lues comme une seule. Corrigez les guillemets&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>salescoach export</source>
        <translation>Export salescoach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipedrive deals</source>
        <translation>Affaires Pipedrive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HubSpot deals</source>
        <translation>Transactions HubSpot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salesforce opportunities</source>
        <translation>Opportunités Salesforce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheet</source>
        <translation>Tableur</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 avec BOM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-8 and Windows-1252 mixed</source>
        <translation>UTF-8 et Windows-1252 mélangés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vertical bar</source>
        <translation>barre verticale</translation>
    </message>
    <message>
        <location filename="../../salescoach/domain/import_conventions.py" line="+22"/>
        <source>day first (31/12/2024)</source>
        <translation>jour d’abord (31/12/2024)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month first (12/31/2024)</source>
        <translation>mois d’abord (12/31/2024)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO (2024-12-31)</source>
        <translation>ISO (2024-12-31)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>decimal comma (12 500,50)</source>
        <translation>virgule décimale (12&#xa0;500,50)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decimal point (12,500.50)</source>
        <translation>point décimal (12,500.50)</translation>
    </message>
    <message>
        <location filename="../../salescoach/domain/importing.py" line="+111"/>
        <source>“{value}” is not a date.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” could be read day first or month first: say which.</source>
        <translation>«&#xa0;{value}&#xa0;» se lit jour d’abord ou mois d’abord&#xa0;: précisez lequel.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>{count} cells, but only {columns} column names.</source>
        <translation>{count} cellules, mais seulement {columns} noms de colonnes.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+5"/>
        <location filename="../../salescoach/domain/native_format.py" line="+351"/>
        <source>“{value}” is not an amount.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un montant.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“{value}” is not a number of activities (0 to {most}).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un nombre d’activités (de 0 à {most}).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{value}” is not a status (open, won or lost).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un statut (en cours, gagnée ou perdue).</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Same ID as row {row}.</source>
        <translation>Même identifiant qu’à la ligne {row}.</translation>
    </message>
    <message>
        <location filename="../../salescoach/domain/import_stages.py" line="+15"/>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>won</source>
        <translation>gagnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost</source>
        <translation>perdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to be chosen</source>
        <translation>à choisir</translation>
    </message>
    <message>
        <location filename="../../salescoach/domain/import_notes.py" line="+18"/>
        <source>Currency: from the currency column; {currency} where it is empty.</source>
        <translation>Devise : celle de la colonne des devises ; {currency} là où elle est vide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Currency: {currency}, as the amount column says.</source>
        <translation>Devise : {currency}, comme l’indique la colonne du montant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency: the file names none; amounts read in {currency}.</source>
        <translation>Devise : le fichier n’en indique aucune ; montants lus en {currency}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No title column: titles made from {columns}.</source>
        <translation>Pas de colonne de titre : titres faits de {columns}.</translation>
    </message>
    <message>
        <location filename="../../salescoach/services/importing.py" line="+77"/>
        <source>{file}: {bad} of {rows} rows cannot be imported; nothing was imported. Correct them, or import only the good rows.</source>
        <translation>{file}&#xa0;: {bad} ligne(s) sur {rows} ne peuvent pas être importées&#xa0;; rien n’a été importé. Corrigez-les, ou importez seulement les lignes correctes.</translation>
    </message>
    <message>
        <location filename="../../salescoach/services/native_import.py" line="+126"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>Impossible de lire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../salescoach/services/import_check.py" line="+65"/>
        <source>{file}: the stage(s) {stages} do not say whether a deal is open, won or lost: say which. Nothing was imported.</source>
        <translation>{file} : l’étape ou les étapes {stages} ne disent pas si une affaire est ouverte, gagnée ou perdue : indiquez-le. Rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Column “{column}” cannot be both {fields}: choose one column for each.</source>
        <translation>La colonne « {column} » ne peut pas être à la fois {fields} : choisissez une colonne pour chacun.</translation>
    </message>
    <message>
        <location filename="../../salescoach/services/import_sample.py" line="+100"/>
        <source>{file} has no column “{column}”; its columns are: {columns}.</source>
        <translation>{file} n’a pas de colonne « {column} » ; ses colonnes sont : {columns}.</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+7"/>
        <source>{file} is empty.</source>
        <translation>{file} est vide.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{file} has column names but no rows: nothing to import.</source>
        <translation>{file} a des noms de colonnes mais aucune ligne&#xa0;: rien à importer.</translation>
    </message>
    <message>
        <location filename="../../salescoach/services/import_check.py" line="+27"/>
        <source>{file}: no column holds the deal titles (such as “Deal - Title”, “Deal Name” or “Opportunity Name”), nor a stage, status, amount or close date beside an account, a product or an ID to title deals by. Its columns are: {columns}.</source>
        <translation>{file} : aucune colonne ne contient les titres des affaires (comme « Deal - Title », « Deal Name » ou « Opportunity Name »), ni une étape, un statut, un montant ou une date de clôture à côté d’un compte, d’un produit ou d’un identifiant pour titrer les affaires. Ses colonnes sont : {columns}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{code}” is not an ISO 4217 currency code (such as EUR, USD, RUB or CLP).</source>
        <translation>« {code} » n’est pas un code de devise ISO 4217 (comme EUR, USD, RUB ou CLP).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Dates such as {example} can be read day first or month first, and nothing in {file} tells which: say which.</source>
        <translation>Des dates comme {example} se lisent jour d’abord ou mois d’abord, et rien dans {file} ne le dit&#xa0;: précisez lequel.</translation>
    </message>
    <message>
        <location filename="../../salescoach/services/native_import.py" line="-20"/>
        <source>{path} is not a file (a folder, a device, a pipe or a socket): only files can be imported. Nothing was imported.</source>
        <translation>{path} n’est pas un fichier (c’est un dossier, un périphérique, un tube ou une socket)&#xa0;: seuls les fichiers peuvent être importés. Rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file} is larger than {limit} MiB, more than any CRM export holds: it is not read. Nothing was imported.</source>
        <translation>{file} dépasse {limit} Mio, plus que n’en contient aucun export de CRM&#xa0;: il n’est pas lu. Rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{path} holds no salescoach export (no deals.csv in it).</source>
        <translation>{path} ne contient pas d’export salescoach (pas de deals.csv).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{file} is not a salescoach JSON export: it is not valid JSON (line {line}, column {column}: {reason}). Nothing was imported.</source>
        <translation>{file} n’est pas un export JSON de salescoach&#xa0;: ce n’est pas du JSON valide (ligne {line}, colonne {column}&#xa0;: {reason}). Rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{file} is not a salescoach JSON export.</source>
        <translation>{file} n’est pas un export JSON de salescoach.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} was written by a newer salescoach (export format {version}); update salescoach to import it. Nothing was imported.</source>
        <translation>{file} a été écrit par une version plus récente de salescoach (format d’export {version})&#xa0;; mettez salescoach à jour pour l’importer. Rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{file} is not a salescoach JSON export as salescoach writes it ({what}). Nothing was imported.</source>
        <translation>{file} n’est pas un export JSON tel que salescoach l’écrit ({what}). Rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{file} has no column {column}.</source>
        <translation>{file} n’a pas de colonne {column}.</translation>
    </message>
    <message>
        <location filename="../../salescoach/domain/native_format.py" line="-80"/>
        <source>A NUL character (byte 0) at character {position}: text never holds one; the file is damaged or not text.</source>
        <translation>Un caractère NUL (octet 0) au caractère {position}&#xa0;: un texte n’en contient jamais&#xa0;; le fichier est endommagé ou n’est pas du texte.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Character {position} is not a valid Unicode character.</source>
        <translation>Le caractère {position} n’est pas un caractère Unicode valide.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{length} characters, more than the {size} this holds.</source>
        <translation>{length} caractères, plus que les {size} que ce champ peut contenir.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>“{value}” cannot be read here.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas lisible ici.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{value}” is too large a number.</source>
        <translation>«&#xa0;{value}&#xa0;» est un nombre trop grand.</translation>
    </message>
    <message>
        <location filename="../../salescoach/services/native_import.py" line="+66"/>
        <source>Your data already has another record with this {column}.</source>
        <translation>Vos données ont déjà un autre enregistrement avec ce {column}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Same {column} as row {row}.</source>
        <translation>Même {column} qu’à la ligne {row}.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Points to a row of {table} that is neither in this export nor in your data.</source>
        <translation>Renvoie à une ligne de {table} qui n’est ni dans cet export ni dans vos données.</translation>
    </message>
    <message>
        <location filename="../../salescoach/domain/date_bounds.py" line="+67"/>
        <source>“{value}” is not a date between {first} and {last}.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une date entre {first} et {last}.</translation>
    </message>
    <message>
        <location filename="../../salescoach/services/spreadsheets.py" line="+26"/>
        <source>{file} is a PDF document: salescoach imports CSV files, spreadsheets (.xlsx, .xlsm, .xls, .ods) and its own exports.</source>
        <translation>{file} est un document PDF : salescoach importe des fichiers CSV, des classeurs (.xlsx, .xlsm, .xls, .ods) et ses propres exports.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is a Word document: salescoach imports CSV files, spreadsheets (.xlsx, .xlsm, .xls, .ods) and its own exports.</source>
        <translation>{file} est un document Word : salescoach importe des fichiers CSV, des classeurs (.xlsx, .xlsm, .xls, .ods) et ses propres exports.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is a presentation: salescoach imports CSV files, spreadsheets (.xlsx, .xlsm, .xls, .ods) and its own exports.</source>
        <translation>{file} est une présentation : salescoach importe des fichiers CSV, des classeurs (.xlsx, .xlsm, .xls, .ods) et ses propres exports.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is a ZIP archive (unpack it and import the file inside): salescoach imports CSV files, spreadsheets (.xlsx, .xlsm, .xls, .ods) and its own exports.</source>
        <translation>{file} est une archive ZIP (décompressez-la et importez le fichier qu’elle contient) : salescoach importe des fichiers CSV, des classeurs (.xlsx, .xlsm, .xls, .ods) et ses propres exports.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>{file} has no sheet “{sheet}”; its sheets are: {sheets}.</source>
        <translation>{file} n’a pas de feuille « {sheet} » ; ses feuilles sont : {sheets}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{file} cannot be read as a spreadsheet ({reason}). Nothing was imported.</source>
        <translation>{file} ne peut pas être lu comme un classeur ({reason}). Rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} holds no data: every sheet is empty.</source>
        <translation>{file} ne contient aucune donnée : toutes ses feuilles sont vides.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file} is protected by a password: save a copy without the password (or as CSV) and import that. Nothing was imported.</source>
        <translation>{file} est protégé par un mot de passe : enregistrez-en une copie sans mot de passe (ou en CSV) et importez-la. Rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>InsightsExplained</name>
    <message>
        <location filename="../../salescoach/ui/debriefs/explain.py" line="+26"/>
        <source>In the {total} finished debriefs, the answers “no” and “partly” to each question, added up:</source>
        <translation>Dans les {total} débriefs terminés, les réponses «&#xa0;non&#xa0;» et «&#xa0;en partie&#xa0;» à chaque question, additionnées&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Question {number}: {no} no + {partly} partly = {weak}</source>
        <translation>Question {number}&#xa0;: {no} non + {partly} en partie = {weak}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The highest total is your weak spot; a tie goes to more “no”, then to the earlier question.</source>
        <translation>Le total le plus élevé est votre point faible&#xa0;; à égalité, celle qui a le plus de «&#xa0;non&#xa0;», puis la première des deux.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Finished debriefs whose loss was within your control ÷ those that say either way = {within} ÷ ({within} + {outside}) = {share}. Left out: {unknown} where you did not say. Within or not comes from the loss reason, unless you changed it in the debrief.</source>
        <translation>Débriefs terminés dont la perte dépendait de vous ÷ ceux qui disent l’un ou l’autre = {within} ÷ ({within} + {outside}) = {share}. Non comptés&#xa0;: {unknown} où vous ne l’avez pas dit. Cela vient de la raison de la perte, sauf si vous l’avez changé dans le débrief.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{quarter}: {within} within ÷ ({within} + {outside}) = {share}; {unknown} not said, left out.</source>
        <translation>{quarter}&#xa0;: {within} dépendaient de vous ÷ ({within} + {outside}) = {share}&#xa0;; {unknown} sans réponse, non comptés.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Finished debriefs per loss reason, in the quarter the deal was lost (the last four quarters with a debrief); All counts every quarter.</source>
        <translation>Débriefs terminés par raison de perte, dans le trimestre où l’affaire a été perdue (les quatre derniers trimestres avec un débrief)&#xa0;; Tous compte tous les trimestres.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Out of {total} finished debriefs: a referral asked in {asked} ({asked_share}), someone referred in {obtained} ({obtained_share}).</source>
        <translation>Sur {total} débriefs terminés&#xa0;: une recommandation demandée dans {asked} ({asked_share}), quelqu’un recommandé dans {obtained} ({obtained_share}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The competitor named at question 4 of each finished debrief, counted per name (capitals and spaces ignored).</source>
        <translation>Le concurrent nommé à la question 4 de chaque débrief terminé, compté par nom (sans tenir compte des majuscules ni des espaces).</translation>
    </message>
</context>
<context>
    <name>InsightsPanel</name>
    <message>
        <location filename="../../salescoach/ui/debriefs/insights.py" line="+65"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Within my control</source>
        <translation>Dépendait de moi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outside my control</source>
        <translation>Ne dépendait pas de moi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share within my control</source>
        <translation>Part maîtrisable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Within ÷ (within + outside); losses where you did not say are left out.</source>
        <translation>Dépendait de vous ÷ (dépendait de vous + ne dépendait pas de vous)&#xa0;; les pertes sans réponse ne sont pas comptées.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Your recurring weak spot</source>
        <translation>Votre point faible récurrent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Competitors you meet most</source>
        <translation>Les concurrents que vous croisez le plus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referrals</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Within your control or not, per quarter</source>
        <translation>Maîtrisable ou non, par trimestre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loss reasons per quarter</source>
        <translation>Raisons des pertes par trimestre</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{within} of {known} losses were within your control ({share}).</source>
        <translation>{within} pertes sur {known} dépendaient de vous ({share}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No finished debrief in this period yet.</source>
        <translation>Aucun débrief terminé sur cette période.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n of them imported with the CRM&apos;s reason, not debriefed yet.</source>
        <translation>
            <numerusform>%n d’entre elles importée avec la raison du CRM, pas encore débriefée.</numerusform>
            <numerusform>%n d’entre elles importées avec la raison du CRM, pas encore débriefées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>{name} — %n time(s)</source>
        <translation>
            <numerusform>{name} — %n fois</numerusform>
            <numerusform>{name} — %n fois</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No competitor named yet (question 4 of the debrief).</source>
        <translation>Aucun concurrent nommé pour l&apos;instant (question 4 du débrief).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You asked for a referral after {asked} of {total} losses, and obtained {obtained}. Every no can lead to someone who is a better fit.</source>
        <translation>Vous avez demandé une recommandation après {asked} pertes sur {total}, et en avez obtenu {obtained}. Chaque non peut mener à quelqu&apos;un à qui vous conviendrez mieux.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Finish a few debriefs: the question you most often answer “no” or “partly” will show here.</source>
        <translation>Terminez quelques débriefs&#xa0;: la question à laquelle vous répondez le plus souvent «&#xa0;non&#xa0;» ou «&#xa0;en partie&#xa0;» s&apos;affichera ici.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Question {number}: {text}&lt;/b&gt;&lt;br&gt;Answered “no” or “partly” in {n} of {total} debriefs. Next time: {reminder}</source>
        <translation>&lt;b&gt;Question {number}&#xa0;: {text}&lt;/b&gt;&lt;br&gt;Réponse «&#xa0;non&#xa0;» ou «&#xa0;en partie&#xa0;» dans {n} débriefs sur {total}. La prochaine fois&#xa0;: {reminder}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(no reason)</source>
        <translation>(sans raison)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../salescoach/ui/common/labels.py" line="+39"/>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lead</source>
        <translation>Piste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualified</source>
        <translation>Qualifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negotiation</source>
        <translation>Négociation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video call</source>
        <translation>Visio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webinar</source>
        <translation>Webinaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Decision maker</source>
        <translation>Décideur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluator</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Influencer</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>L&apos;an dernier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last quarter</source>
        <translation>Le trimestre dernier</translation>
    </message>
</context>
<context>
    <name>LessonsPage</name>
    <message>
        <location filename="../../salescoach/ui/debriefs/pages.py" line="+128"/>
        <source>What did you learn?</source>
        <translation>Qu&apos;avez-vous appris&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you would do differently, what worked anyway.</source>
        <translation>Ce que vous feriez autrement, ce qui a quand même marché.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One concrete action for next time</source>
        <translation>Une action concrète pour la prochaine fois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Ask who signs before the first demo</source>
        <translation>p. ex. Demander qui signe avant la première démo</translation>
    </message>
</context>
<context>
    <name>LossActions</name>
    <message>
        <location filename="../../salescoach/ui/pipeline/loss_actions.py" line="+36"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Mark lost…</source>
        <translation>Marquer &amp;perdue…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;brief</source>
        <translation>Dé&amp;brief</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume de&amp;brief…</source>
        <translation>Reprendre le dé&amp;brief…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;brief this loss…</source>
        <translation>Dé&amp;briefer cette perte…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stay in touch…</source>
        <translation>Rester en contact…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write…</source>
        <translation>Écrire…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot mark the deal lost</source>
        <translation>Impossible de marquer l&apos;affaire perdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deal “{title}” marked lost.</source>
        <translation>Affaire «&#xa0;{title}&#xa0;» marquée perdue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark “{title}” lost</source>
        <translation>Marquer « {title} » perdue</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Debrief of “{title}” saved. Every no brings you closer to a yes.</source>
        <translation>Débrief de «&#xa0;{title}&#xa0;» enregistré. Chaque non vous rapproche d&apos;un oui.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Follow-up with {who} scheduled.</source>
        <translation>Relance de {who} planifiée.</translation>
    </message>
</context>
<context>
    <name>LossReasonsDialog</name>
    <message>
        <location filename="../../salescoach/ui/debriefs/loss_reasons_dialog.py" line="+43"/>
        <source>Loss reasons</source>
        <translation>Raisons de perte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Within my control, by default</source>
        <translation>Dépend de moi, par défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide from the list (past debriefs keep it)</source>
        <translation>Masquer de la liste (les anciens débriefs la gardent)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New reason</source>
        <translation>&amp;Nouvelle raison</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Whether a reason is within your control is only a default: each debrief can say otherwise.</source>
        <translation>Qu&apos;une raison dépende de vous n&apos;est qu&apos;une valeur par défaut&#xa0;: chaque débrief peut dire le contraire.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{name} (hidden)</source>
        <translation>{name} (masquée)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cannot save the reason</source>
        <translation>Impossible d&apos;enregistrer la raison</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../salescoach/ui/shell/areas.py" line="+80"/>
        <source>Pipeline</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debriefs</source>
        <translation>Débriefs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly review</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/shell/main_window.py" line="+104"/>
        <source>Opening {path}…</source>
        <translation>Ouverture de {path}…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/shell/menus.py" line="+44"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New deal…</source>
        <translation>&amp;Nouvelle affaire…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Log a touch…</source>
        <translation>Noter un &amp;échange…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark lost and &amp;debrief…</source>
        <translation>Marquer perdue et &amp;débriefer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;won</source>
        <translation>Marquer &amp;gagnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly &amp;review…</source>
        <translation>&amp;Bilan de la semaine…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Accounts and contacts…</source>
        <translation>Comptes et c&amp;ontacts…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find anything…</source>
        <translation>&amp;Rechercher partout…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings</source>
        <translation>&amp;Réglages</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open &amp;team view</source>
        <translation>Ouvrir la &amp;vue d’équipe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Filter the deals</source>
        <translation>&amp;Filtrer les affaires</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Commission plan…</source>
        <translation>&amp;Plan de commission…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main c&amp;urrency…</source>
        <translation>&amp;Devise principale…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chances of &amp;winning by stage…</source>
        <translation>Probabilités de &amp;gain par étape…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Team…</source>
        <translation>&amp;Équipe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team c&amp;onflicts…</source>
        <translation>C&amp;onflits d&apos;équipe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ring a &amp;bell when a deal is won</source>
        <translation>Sonner la &amp;cloche quand une affaire est gagnée</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&amp;About salescoach</source>
        <translation>À &amp;propos de salescoach</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/shell/main_window.py" line="+86"/>
        <source>Data folder: {path}</source>
        <translation>Dossier de données : {path}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot open your data</source>
        <translation>Impossible d’ouvrir vos données</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/data/transfer.py" line="+57"/>
        <source>Import a file</source>
        <translation>Importer un fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRM exports and spreadsheets (*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.ods);;salescoach JSON export (*.json);;All files (*)</source>
        <translation>Exports de CRM et tableurs (*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.ods);;Export JSON de salescoach (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n deal(s) imported from {file}.</source>
        <translation>
            <numerusform>%n affaire importée de {file}.</numerusform>
            <numerusform>%n affaires importées de {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/shell/help.py" line="+33"/>
        <source>About salescoach</source>
        <translation>À propos de salescoach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>salescoach {version}

Turn every no into learning, referrals and follow-ups.

Data folder: {path}</source>
        <translation>salescoach {version}

Faites de chaque refus une leçon, une recommandation et une relance.

Dossier de données : {path}</translation>
    </message>
</context>
<context>
    <name>ManagerView</name>
    <message>
        <location filename="../../salescoach/ui/team/manager_columns.py" line="+26"/>
        <location line="+116"/>
        <location filename="../../salescoach/ui/team/manager_view.py" line="+298"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>{share} of {goal}</source>
        <translation>{share} de {goal}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Q{number} ({count} × no or partly)</source>
        <translation>Q{number} ({count} × non ou en partie)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rep</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>Won</source>
        <translation>Gagnées</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Lost</source>
        <translation>Perdues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This year&apos;s goal</source>
        <translation>Objectif de l’année</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This year so far, against the year&apos;s goal.</source>
        <translation>L’année jusqu’ici, face à l’objectif de l’année.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Controllable losses</source>
        <translation>Pertes maîtrisables</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weakest question</source>
        <translation>Question la plus faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touches</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value of a touch</source>
        <translation>Valeur d’un échange</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commission earned in the period divided by the touches logged.</source>
        <translation>La commission gagnée sur la période divisée par les échanges notés.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Within control</source>
        <translation>Maîtrisables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside</source>
        <translation>Hors de contrôle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no reason)</source>
        <translation>(sans raison)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loss reason</source>
        <translation>Raison de la perte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Losses</source>
        <translation>Pertes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{done} of {goal}: {reached}</source>
        <translation>{done} sur {goal} : {reached}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{who}, {year}</source>
        <translation>{who}, {year}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Team goal</source>
        <translation>Objectif d&apos;équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wins</source>
        <translation>Gagnées</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/team/manager_view.py" line="-211"/>
        <source>Read a&amp;gain</source>
        <translation>&amp;Relire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The view as a &amp;picture (PNG)…</source>
        <translation>La vue en &amp;image (PNG)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The figures as a &amp;table (CSV)…</source>
        <translation>Les chiffres en &amp;tableau (CSV)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reps</source>
        <translation>&amp;Commerciaux</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Period</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Shared lists…</source>
        <translation>&amp;Listes partagées…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The team&apos;s loss reasons, chances of winning and goals, published to the reps</source>
        <translation>Les motifs de perte, chances de gain et objectifs de l&apos;équipe, publiés aux commerciaux</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+52"/>
        <source>Reading the team&apos;s figures on the server…</source>
        <translation>Lecture des chiffres de l’équipe sur le serveur…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>As {role}, you see your own figures only.</source>
        <translation>En tant que {role}, vous ne voyez que vos propres chiffres.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Weakest debrief question: {question}</source>
        <translation>Question de débrief la plus faible : {question}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Save the view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the figures</source>
        <translation>Exporter les chiffres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ManagerWindow</name>
    <message>
        <location filename="../../salescoach/ui/team/manager_window.py" line="+22"/>
        <source>Team — salescoach</source>
        <translation>Équipe — salescoach</translation>
    </message>
</context>
<context>
    <name>MappingGrid</name>
    <message>
        <location filename="../../salescoach/ui/data/import_widgets.py" line="-72"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column {n}</source>
        <translation>colonne {n}</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <location filename="../../salescoach/ui/common/contact_dialog.py" line="+36"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>No&amp;m</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Company (new names are added)</source>
        <translation>Entreprise (les nouveaux noms sont ajoutés)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Company</source>
        <translation>&amp;Entreprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Job title</source>
        <translation>&amp;Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot save the contact</source>
        <translation>Impossible d&apos;enregistrer le contact</translation>
    </message>
</context>
<context>
    <name>NominationDialog</name>
    <message>
        <location filename="../../salescoach/ui/progress/nomination_dialog.py" line="+52"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deal status</source>
        <translation>Statut de l’affaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sales call of the month</source>
        <translation>Appel de vente du mois</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which call, email or meeting this month would you want to repeat? Say what made it work: that is what you will learn from.</source>
        <translation>Quel appel, e-mail ou rendez-vous de ce mois voudriez-vous refaire&#xa0;? Dites ce qui a marché&#xa0;: c’est de cela que vous apprendrez.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Filter by deal, contact or outcome</source>
        <translation>Filtrer par affaire, contact ou résultat</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>e.g. I had them restate their problem before I proposed anything.</source>
        <translation>p. ex. Je leur ai fait reformuler leur problème avant de proposer quoi que ce soit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Month</source>
        <translation>&amp;Mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Why it was good</source>
        <translation>&amp;Pourquoi c’était réussi</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading the month&apos;s touches…</source>
        <translation>Lecture des échanges du mois…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read the month&apos;s touches</source>
        <translation>Impossible de lire les échanges du mois</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n touch(es) this month</source>
        <translation>
            <numerusform>%n échange ce mois-ci</numerusform>
            <numerusform>%n échanges ce mois-ci</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of {total} touches</source>
        <translation>
            <numerusform>%n échange sur {total}</numerusform>
            <numerusform>%n échanges sur {total}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot save the nomination</source>
        <translation>Impossible d’enregistrer l’appel du mois</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../../salescoach/domain/numbers.py" line="+131"/>
        <source>Counts must be whole numbers from 0.</source>
        <translation>Les nombres doivent être des entiers positifs ou nuls.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Type an amount, such as 2,300.</source>
        <translation>Tapez un montant, par exemple 2 300.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An amount cannot be negative.</source>
        <translation>Un montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type a number of touches, or a ratio such as 50:1.</source>
        <translation>Tapez un nombre d’échanges, ou un ratio comme 50:1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A sale takes at least one touch.</source>
        <translation>Une vente demande au moins un échange.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That number is too large.</source>
        <translation>Ce nombre est trop grand.</translation>
    </message>
</context>
<context>
    <name>NumbersExplained</name>
    <message>
        <location filename="../../salescoach/ui/numbers/explain.py" line="+25"/>
        <source>Counted over the period chosen above: deals closed in it, touches logged in it (on won, lost and open deals, and on no deal).</source>
        <translation>Compté sur la période choisie en haut&#xa0;: les affaires conclues dans la période, les échanges notés dans la période (sur les affaires gagnées, perdues et en cours, et hors affaire).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The commission recorded on the deals won in the period ({won}), added up: {amount}.</source>
        <translation>La commission notée sur les affaires gagnées dans la période ({won}), additionnée&#xa0;: {amount}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deals marked won with a close date in the period: {won}.</source>
        <translation>Affaires marquées gagnées, conclues dans la période&#xa0;: {won}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deals marked lost with a close date in the period: {lost}.</source>
        <translation>Affaires marquées perdues, conclues dans la période&#xa0;: {lost}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wins ÷ deals closed = {won} ÷ ({won} + {lost}) = {rate}. Open deals do not count yet.</source>
        <translation>Ventes ÷ affaires conclues = {won} ÷ ({won} + {lost}) = {rate}. Les affaires en cours ne comptent pas encore.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No deal won or lost in the period: no rate.</source>
        <translation>Aucune affaire gagnée ou perdue dans la période&#xa0;: pas de taux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every call, email, meeting and other touch logged in the period: {touches} ({kinds}).</source>
        <translation>Tous les appels, e-mails, rendez-vous et autres échanges notés dans la période&#xa0;: {touches} ({kinds}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Touches logged ÷ wins = {touches} ÷ {won} = {ratio}: what it takes, on average, to win one deal, the touches on deals lost on the way included.</source>
        <translation>Échanges notés ÷ ventes = {touches} ÷ {won} = {ratio}&#xa0;: ce qu’il faut en moyenne pour gagner une affaire, y compris les échanges sur les affaires perdues en chemin.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+31"/>
        <source>Needs at least one win and one touch in the period.</source>
        <translation>Il faut au moins une vente et un échange dans la période.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Commission earned ÷ wins = {commission} ÷ {won} = {average}.</source>
        <translation>Commission gagnée ÷ ventes = {commission} ÷ {won} = {average}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Needs at least one win in the period.</source>
        <translation>Il faut au moins une vente dans la période.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commission earned ÷ touches logged = {commission} ÷ {touches} = {value}. The same as the average commission per win ({average}) ÷ touches per win ({ratio}): every touch earns its share, the ones that ended in a no included.</source>
        <translation>Commission gagnée ÷ échanges notés = {commission} ÷ {touches} = {value}. C’est aussi la commission moyenne par vente ({average}) ÷ les échanges par vente ({ratio})&#xa0;: chaque échange rapporte sa part, même ceux qui se sont terminés par un «&#xa0;non&#xa0;».</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Deals in other currencies, and their touches, are left out (see the note below).</source>
        <translation>Les affaires dans d’autres devises, et leurs échanges, ne sont pas comptées (voir la note plus bas).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{kind}: {touches} of the {total} touches logged ({share}).</source>
        <translation>{kind}&#xa0;: {touches} des {total} échanges notés ({share}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Touches per win: {touches} ÷ {won} wins = {per_win}.</source>
        <translation>Échanges par vente&#xa0;: {touches} ÷ {won} ventes = {per_win}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Share of commission: {touches} × {value} a touch = {worth}, this kind&apos;s part of the {commission} earned.</source>
        <translation>Part de la commission&#xa0;: {touches} × {value} par échange = {worth}, la part de ce type dans les {commission} gagnés.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Commission earned ({commission}, on {won} wins) ÷ touches logged ({touches}) = {value} a touch, rounded in the sentence. A call is one touch: each is worth the same.</source>
        <translation>Commission gagnée ({commission}, sur {won} ventes) ÷ échanges notés ({touches}) = {value} par échange, arrondi dans la phrase. Un appel est un échange&#xa0;: chacun vaut autant.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sales to close ÷ conversion now = {target} ÷ {rate} = {leads}, rounded up to {whole}: a lead is found whole.</source>
        <translation>Ventes à conclure ÷ conversion actuelle = {target} ÷ {rate} = {leads}, arrondi à {whole}&#xa0;: un prospect se trouve entier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leads a month ÷ {weeks} weeks in a month = {leads} ÷ {weeks} = {value}, rounded up.</source>
        <translation>Prospects par mois ÷ {weeks} semaines dans un mois = {leads} ÷ {weeks} = {value}, arrondi au-dessus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leads a month × touches per lead = {leads} × {per_lead} = {value}, rounded up.</source>
        <translation>Prospects par mois × échanges par prospect = {leads} × {per_lead} = {value}, arrondi au-dessus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Touches a month ÷ {weeks} weeks in a month = {touches} ÷ {weeks} = {value}, rounded up.</source>
        <translation>Échanges par mois ÷ {weeks} semaines dans un mois = {touches} ÷ {weeks} = {value}, arrondi au-dessus.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sales per month: the deals won over the last 12 full months ÷ 12 = {value}.</source>
        <translation>Ventes par mois&#xa0;: les affaires gagnées sur les 12 derniers mois complets ÷ 12 = {value}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conversion in a quarter: won ÷ (won + lost) of the deals closed in it; now: {quarter}, {won} ÷ ({won} + {lost}).</source>
        <translation>Conversion d’un trimestre&#xa0;: gagnées ÷ (gagnées + perdues) parmi les affaires conclues dans ce trimestre&#xa0;; maintenant&#xa0;: {quarter}, {won} ÷ ({won} + {lost}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Touches per lead: the touches logged over the last 12 full months ÷ the deals created in them = {value}.</source>
        <translation>Échanges par prospect&#xa0;: les échanges notés sur les 12 derniers mois complets ÷ les affaires créées pendant ces mois = {value}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Average commission per sale ÷ touches per sale = {commission} ÷ {touches} = {value}.</source>
        <translation>Commission moyenne par vente ÷ échanges par vente = {commission} ÷ {touches} = {value}.</translation>
    </message>
</context>
<context>
    <name>NumbersView</name>
    <message>
        <location filename="../../salescoach/ui/numbers/view.py" line="+177"/>
        <source>From &amp;my history</source>
        <translation>D’après mon &amp;historique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What if…</source>
        <translation>&amp;Et si…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your numbers appear once you log deals and touches. In the Pipeline, add each deal (Ctrl+N), log every call, email or meeting with Ctrl+T, and mark deals won or lost when they close, with their commission. To look around first, load the demo history from the Pipeline of an empty data folder. Meanwhile, the what-if mode and the planner work with numbers you type.</source>
        <translation>Vos chiffres apparaissent dès que vous notez des affaires et des échanges. Dans les Affaires, ajoutez chaque affaire (Ctrl+N), notez chaque appel, e-mail ou rendez-vous avec Ctrl+T, et marquez les affaires gagnées ou perdues quand elles se concluent, avec leur commission. Pour découvrir d’abord, chargez l’historique de démonstration depuis les Affaires d’un dossier de données vide. En attendant, le mode «&#xa0;Et si…&#xa0;» et le planificateur fonctionnent avec les chiffres que vous tapez.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Reading your numbers…</source>
        <translation>Lecture de vos chiffres…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Figures in {currency}.</source>
        <translation>Chiffres en {currency}.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Cannot read your numbers</source>
        <translation>Impossible de lire vos chiffres</translation>
    </message>
</context>
<context>
    <name>Pipeline</name>
    <message>
        <location filename="../../salescoach/services/pipeline.py" line="+31"/>
        <source>This record no longer exists; it may have been deleted.</source>
        <translation>Cet élément n’existe plus ; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>{name} still has {count} deal(s); delete or move them first.</source>
        <translation>{name} a encore {count} affaire(s) ; supprimez-les ou déplacez-les d’abord.</translation>
    </message>
</context>
<context>
    <name>PipelineValueLabel</name>
    <message>
        <location filename="../../salescoach/ui/pipeline/value.py" line="+47"/>
        <source>Cannot read the pipeline&apos;s value</source>
        <translation>Impossible de lire la valeur du pipeline</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open: {total} · forecast {weighted}</source>
        <translation>En cours : {total} · prévision {weighted}</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n open deal(s) in {currency}, whatever their creation date. The forecast counts each at its stage&apos;s chance of being won ({stages}; change them in Settings). Deals in other currencies are left out.</source>
        <translation>
            <numerusform>%n affaire en cours en {currency}, quelle que soit sa date de création. La prévision la compte selon la probabilité de gain de son étape ({stages} ; modifiables dans Réglages). Les affaires en d’autres devises ne sont pas comptées.</numerusform>
            <numerusform>%n affaires en cours en {currency}, quelle que soit leur date de création. La prévision compte chacune selon la probabilité de gain de son étape ({stages} ; modifiables dans Réglages). Les affaires en d’autres devises ne sont pas comptées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <location filename="../../salescoach/ui/pipeline/panels.py" line="+74"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/shell/main_window.py" line="-147"/>
        <source>Opening your pipeline…</source>
        <translation>Ouverture de vos affaires…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/pipeline/view.py" line="+112"/>
        <source>Filter by deal, account or contact (Ctrl+F)</source>
        <translation>Filtrer par affaire, compte ou contact (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New deal</source>
        <translation>&amp;Nouvelle affaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts and &amp;contacts…</source>
        <translation>Comptes et &amp;contacts…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/pipeline/detail.py" line="+29"/>
        <source>&amp;Log a touch</source>
        <comment>button</comment>
        <translation>N&amp;oter un échange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ed&amp;it deal</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/pipeline/header.py" line="+97"/>
        <source>{total} deals, reading them…</source>
        <translation>{total} affaires, lecture en cours…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/pipeline/view.py" line="+202"/>
        <source>Delete the deal “{title}” and its %n touch(es)? Edit › Undo brings them back.</source>
        <translation>
            <numerusform>Supprimer l’affaire « {title} » et son échange ? Édition › Annuler les rétablit.</numerusform>
            <numerusform>Supprimer l’affaire « {title} » et ses %n échanges ? Édition › Annuler les rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/pipeline/detail.py" line="+1"/>
        <source>&amp;Delete deal</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/pipeline/view.py" line="-175"/>
        <location line="+177"/>
        <source>Delete deal</source>
        <translation>Supprimer l’affaire</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/pipeline/touch_actions.py" line="+72"/>
        <location filename="../../salescoach/ui/pipeline/view.py" line="-176"/>
        <source>Delete touch</source>
        <translation>Supprimer l’échange</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/pipeline/header.py" line="+3"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n affaire</numerusform>
            <numerusform>%n affaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+2"/>
        <source>%n of {total} deals</source>
        <translation>
            <numerusform>%n affaire sur {total}</numerusform>
            <numerusform>%n affaires sur {total}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/pipeline/view.py" line="+112"/>
        <source>Select a deal to see its touches.</source>
        <translation>Sélectionnez une affaire pour voir ses échanges.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/pipeline/touch_actions.py" line="-31"/>
        <source>{deal}: %n touch(es)</source>
        <translation>
            <numerusform>{deal} : %n échange</numerusform>
            <numerusform>{deal} : %n échanges</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/pipeline/view.py" line="+24"/>
        <source>Deal “{title}” created.</source>
        <translation>Affaire « {title} » créée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open the deal</source>
        <translation>Impossible d’ouvrir l’affaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deal “{title}” saved.</source>
        <translation>Affaire « {title} » enregistrée.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/pipeline/touch_actions.py" line="+33"/>
        <location filename="../../salescoach/ui/pipeline/view.py" line="+26"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/pipeline/view.py" line="+6"/>
        <source>Cannot delete the deal</source>
        <translation>Impossible de supprimer l’affaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete “{title}”</source>
        <translation>Supprimer « {title} »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deal “{title}” deleted.</source>
        <translation>Affaire « {title} » supprimée.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/pipeline/touch_actions.py" line="-18"/>
        <source>Log a touch on “{title}”</source>
        <translation>Noter un échange sur « {title} »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Touch logged on “{title}”.</source>
        <translation>Échange noté sur « {title} ».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete this touch ({kind}, {when})?</source>
        <translation>Supprimer cet échange ({kind}, {when}) ?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete a touch on “{title}”</source>
        <translation>Supprimer un échange sur « {title} »</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/pipeline/demo.py" line="+46"/>
        <location filename="../../salescoach/ui/pipeline/view.py" line="-150"/>
        <location line="+11"/>
        <location line="+181"/>
        <source>salescoach</source>
        <translation>salescoach</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Creating the demo history…</source>
        <translation>Création de l’historique de démonstration…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/pipeline/view.py" line="+10"/>
        <source>Demo history loaded.</source>
        <translation>Historique de démonstration chargé.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/pipeline/deal_menu.py" line="+58"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a touch…</source>
        <translation>Noter un échange…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <location filename="../../salescoach/domain/planner.py" line="+73"/>
        <source>Type a number, such as 4.</source>
        <translation>Tapez un nombre, par exemple 4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+124"/>
        <location line="+7"/>
        <source>This cannot be negative.</source>
        <translation>Ce nombre ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>That number is too large.</source>
        <translation>Ce nombre est trop grand.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type a percentage, such as 20.</source>
        <translation>Tapez un pourcentage, par exemple 20.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A conversion rate must be at least 0.01%.</source>
        <translation>Un taux de conversion doit être d&apos;au moins 0,01&#x202f;%.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A conversion rate cannot be above 100%.</source>
        <translation>Un taux de conversion ne peut pas dépasser 100&#x202f;%.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Not a month: {month}.</source>
        <translation>Ce n’est pas un mois&#xa0;: {month}.</translation>
    </message>
</context>
<context>
    <name>PlannerPanel</name>
    <message>
        <location filename="../../salescoach/ui/numbers/planner.py" line="+50"/>
        <source>When conversion falls, the way to keep the same sales is to raise the number of leads and the outreach, rather than hope to convince more of them.</source>
        <translation>Quand le taux de conversion baisse, la meilleure façon de maintenir le même niveau de ventes est d’augmenter le nombre de prospects et la prospection, plutôt que d’espérer en convaincre davantage.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. 4</source>
        <translation>ex. 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 25</source>
        <translation>ex. 25</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 18</source>
        <translation>ex. 18</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 9</source>
        <translation>ex. 9</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sa&amp;les to close per month</source>
        <translation>Ve&amp;ntes à conclure par mois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversion &amp;before (%)</source>
        <translation>Conversion a&amp;vant (%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversion &amp;now (%)</source>
        <translation>Conversion a&amp;ujourd’hui (%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Touches per le&amp;ad</source>
        <translation>Échanges par &amp;prospect</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leads needed</source>
        <translation>Prospects nécessaires</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Touches needed</source>
        <translation>Échanges nécessaires</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>How many leads do you need?</source>
        <translation>Combien de prospects vous faut-il&#xa0;?</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+21"/>
        <source>from a quarter…</source>
        <translation>d’après un trimestre…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{quarter}: {rate} of {closed}</source>
        <translation>{quarter}&#xa0;: {rate} sur {closed}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Fill in the four fields to see the leads and touches you need.</source>
        <translation>Remplissez les quatre champs pour voir les prospects et les échanges qu’il vous faut.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n more lead(s) a month than before (+{share}).</source>
        <translation>
            <numerusform>%n prospect de plus par mois qu’avant (+{share}).</numerusform>
            <numerusform>%n prospects de plus par mois qu’avant (+{share}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n fewer lead(s) a month than before (−{share}).</source>
        <translation>
            <numerusform>%n prospect de moins par mois qu’avant (−{share}).</numerusform>
            <numerusform>%n prospects de moins par mois qu’avant (−{share}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>as many leads as before.</source>
        <translation>autant de prospects qu’avant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At {before} you needed {leads} leads and {touches} touches a month for the same sales. At {now}, that is {change}</source>
        <translation>À {before}, il vous fallait {leads} prospects et {touches} échanges par mois pour les mêmes ventes. À {now}, c’est {change}</translation>
    </message>
</context>
<context>
    <name>PngSizeDialog</name>
    <message>
        <location filename="../../salescoach/ui/common/png_export.py" line="+55"/>
        <source>Save the chart as a picture</source>
        <translation>Enregistrer le graphique en image</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> px</source>
        <translation>&#xa0;px</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Width</source>
        <translation>&amp;Largeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Height</source>
        <translation>&amp;Hauteur</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../salescoach/services/progress.py" line="+59"/>
        <source>This record no longer exists; it may have been deleted.</source>
        <translation>Cet élément n’existe plus&#xa0;; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/common/charts.py" line="+207"/>
        <source>{metric} {per} ({symbol})</source>
        <translation>{metric} {per} ({symbol})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deals won {won} and lost {lost} {per}</source>
        <translation>Affaires gagnées {won} et perdues {lost} {per}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/progress/year_chart.py" line="+93"/>
        <source>Solid line: {year} so far</source>
        <translation>Trait plein : {year} à ce jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashed line: {year}</source>
        <translation>Tirets : {year}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goal: {amount}</source>
        <translation>Objectif&#xa0;: {amount}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Even pace to the goal</source>
        <translation>Rythme vers l’objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dotted line: the even pace to the goal</source>
        <translation>Pointillés : le rythme régulier vers l’objectif</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{year} so far ({symbol})</source>
        <translation>{year} à ce jour ({symbol})</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/progress/side.py" line="+46"/>
        <source>“{reason}”</source>
        <translation>«&#xa0;{reason}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/common/progress_words.py" line="+40"/>
        <source>{value}M</source>
        <translation>{value}&#xa0;M</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{value}k</source>
        <translation>{value}&#xa0;k</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per quarter</source>
        <translation>par trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per year</source>
        <translation>par an</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>3-month average</source>
        <translation>Moyenne sur 3 mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3-quarter average</source>
        <translation>Moyenne sur 3 trimestres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3-year average</source>
        <translation>Moyenne sur 3 ans</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{period}: {won} won, {lost} lost ({rate} won)</source>
        <translation>{period}&#xa0;: gagnées {won}, perdues {lost} ({rate} gagnées)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{period}: no deal closed</source>
        <translation>{period}&#xa0;: aucune affaire conclue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{metric} {amount}</source>
        <translation>{metric} {amount}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{label} {amount}</source>
        <translation>{label} {amount}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>goal {amount}</source>
        <translation>objectif {amount}</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/progress/text.py" line="+38"/>
        <source>{quarter} is {pct} above {last}.</source>
        <translation>Le {quarter} est {pct} au-dessus du {last}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{quarter} is {pct} below {last}.</source>
        <translation>Le {quarter} est {pct} en dessous du {last}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{quarter} is level with {last}.</source>
        <translation>Le {quarter} est au niveau du {last}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{quarter} so far is {pct} above the same months last year.</source>
        <translation>Le {quarter} est pour l’instant {pct} au-dessus des mêmes mois l’an dernier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{quarter} so far is {pct} below the same months last year.</source>
        <translation>Le {quarter} est pour l’instant {pct} en dessous des mêmes mois l’an dernier.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{month} was your weakest month this year, but {quarter} is {pct} above {last}.</source>
        <translation>{month} a été votre mois le plus faible cette année, mais le {quarter} est {pct} au-dessus du {last}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{month} was your weakest month this year, but {quarter} so far is {pct} above the same months last year.</source>
        <translation>{month} a été votre mois le plus faible cette année, mais le {quarter} est pour l’instant {pct} au-dessus des mêmes mois l’an dernier.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{month} was your weakest month this year.</source>
        <translation>{month} a été votre mois le plus faible cette année.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Over its first %n month(s), {year} is {pct} above last year.</source>
        <translation>
            <numerusform>Sur son premier mois, {year} est {pct} au-dessus de l’an dernier.</numerusform>
            <numerusform>Sur ses %n premiers mois, {year} est {pct} au-dessus de l’an dernier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Over its first %n month(s), {year} is {pct} below last year.</source>
        <translation>
            <numerusform>Sur son premier mois, {year} est {pct} en dessous de l’an dernier.</numerusform>
            <numerusform>Sur ses %n premiers mois, {year} est {pct} en dessous de l’an dernier.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You have reached {share} of your {year} goal, {gap} ahead of pace.</source>
        <translation>Vous avez atteint {share} de votre objectif {year}, avec {gap} d’avance sur le rythme.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You have reached {share} of your {year} goal, {gap} behind pace.</source>
        <translation>Vous avez atteint {share} de votre objectif {year}, avec {gap} de retard sur le rythme.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each deal you close adds to this chart: the long run counts more than one month.</source>
        <translation>Chaque affaire conclue s’ajoute à ce graphique&#xa0;: c’est le long terme qui compte, pas un seul mois.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No goal for {year} yet. Set one to see where you should stand today.</source>
        <translation>Pas encore d’objectif pour {year}. Fixez-en un pour voir où vous devriez en être aujourd’hui.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{year} goal: {amount} ({metric})</source>
        <translation>Objectif {year}&#xa0;: {amount} ({metric})</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../salescoach/ui/team/manager_columns.py" line="-25"/>
        <source>{share} reached, {gap} ahead of pace</source>
        <translation>{share} atteint, {gap} d’avance sur le rythme</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../salescoach/ui/team/manager_columns.py" line="+2"/>
        <source>{share} reached, {gap} behind pace</source>
        <translation>{share} atteint, {gap} de retard sur le rythme</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Target {per}: {amount}</source>
        <translation>Objectif {per}&#xa0;: {amount}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No win last month or this month yet: your next win starts a streak.</source>
        <translation>Aucune affaire gagnée le mois dernier ni ce mois-ci pour l’instant&#xa0;: la prochaine lancera une série.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n month(s) in a row with at least one win.</source>
        <translation>
            <numerusform>%n mois de suite avec au moins une affaire gagnée.</numerusform>
            <numerusform>%n mois de suite avec au moins une affaire gagnée.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Win a deal this month to keep it going.</source>
        <translation>Gagnez une affaire ce mois-ci pour la prolonger.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/progress/energy.py" line="+47"/>
        <source>Energy (weekly review)</source>
        <translation>Énergie (bilan de la semaine)</translation>
    </message>
</context>
<context>
    <name>ProgressExplained</name>
    <message>
        <location filename="../../salescoach/ui/progress/explain.py" line="+34"/>
        <source>the amounts of the deals won</source>
        <translation>les montants des affaires gagnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the commission on the deals won</source>
        <translation>la commission des affaires gagnées</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Won ÷ closed = {won} ÷ ({won} + {lost}) = {rate}, deals closed in {period}.</source>
        <translation>Gagnées ÷ conclues = {won} ÷ ({won} + {lost}) = {rate}, affaires conclues en {period}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{metric}: {source} closed in {period}, added up: {amount}.</source>
        <translation>{metric}&#xa0;: {source} conclues en {period}, additionnés&#xa0;: {amount}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{label} = ({values}) ÷ 3 = {average}.</source>
        <translation>{label} = ({values}) ÷ 3 = {average}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Goal: the target you set, {amount}.</source>
        <translation>Objectif&#xa0;: la cible que vous avez fixée, {amount}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goal: the {year} goal spread evenly, {goal} ÷ {parts} = {amount}.</source>
        <translation>Objectif&#xa0;: l’objectif {year} réparti également, {goal} ÷ {parts} = {amount}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Weakest month: the finished month of {year} with the least {metric}, {month} ({amount}).</source>
        <translation>Mois le plus faible&#xa0;: le mois terminé de {year} avec le moins de {metric}, {month} ({amount}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{quarter} against the same months a year before: {now} against {before}, ({now} − {before}) ÷ {before} = {change}.</source>
        <translation>{quarter} face aux mêmes mois un an plus tôt&#xa0;: {now} contre {before}, ({now} − {before}) ÷ {before} = {change}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{year} so far ({months}) against the same months of {last}: {now} against {before}, ({now} − {before}) ÷ {before} = {change}.</source>
        <translation>{year} jusqu’ici ({months}) face aux mêmes mois de {last}&#xa0;: {now} contre {before}, ({now} − {before}) ÷ {before} = {change}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The comparisons appear once this year has a finished month and last year has figures to compare with.</source>
        <translation>Les comparaisons apparaissent dès que cette année a un mois terminé et que l’an dernier a des chiffres à comparer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reached: {reached} of {goal} = {share}. Pace today: {goal} × {day} ÷ {days} days = {pace}; {reached} − {pace} = {gap}.</source>
        <translation>Atteint&#xa0;: {reached} sur {goal} = {share}. Rythme aujourd’hui&#xa0;: {goal} × {day} ÷ {days} jours = {pace}&#xa0;; {reached} − {pace} = {gap}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{month}: {won} won</source>
        <translation>{month}&#xa0;: {won} gagnée(s)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Months in a row with at least one deal won, counted back from this month (from last month while this one has no win yet: it does not break the streak before it ends).</source>
        <translation>Mois d’affilée avec au moins une affaire gagnée, comptés à rebours depuis ce mois-ci (depuis le mois dernier tant que celui-ci n’a pas de vente&#xa0;: il ne casse pas la série avant d’être fini).</translation>
    </message>
</context>
<context>
    <name>ProgressSide</name>
    <message>
        <location filename="../../salescoach/ui/progress/side.py" line="+17"/>
        <location line="+70"/>
        <source>Set the &amp;goal…</source>
        <translation>Fixer l’&amp;objectif…</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>&amp;Nominate a call…</source>
        <translation>&amp;Désigner un appel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick this month&apos;s best call, email or meeting and say why it worked.</source>
        <translation>Choisissez le meilleur appel, e-mail ou rendez-vous du mois et dites pourquoi il a marché.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Streak</source>
        <translation>Série</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales call of the month</source>
        <translation>Appel de vente du mois</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Change the &amp;goal…</source>
        <translation>Modifier l’&amp;objectif…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No nomination yet. Each month, pick your best call and say why it worked: it is the one to repeat.</source>
        <translation>Aucun appel désigné pour l’instant. Chaque mois, choisissez votre meilleur appel et dites pourquoi il a marché&#xa0;: c’est celui à refaire.</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../salescoach/ui/progress/view.py" line="+101"/>
        <source>Show &amp;all years</source>
        <translation>&amp;Toutes les années</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scroll over the chart to zoom, drag it to move in time.</source>
        <translation>La molette sur le graphique zoome&#xa0;; le glisser déplace dans le temps.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chart as a &amp;picture (PNG)…</source>
        <translation>Le graphique en &amp;image (PNG)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The series as a &amp;table (CSV)…</source>
        <translation>Les séries en &amp;tableau (CSV)…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Adding up your history…</source>
        <translation>Calcul de votre historique…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/progress/empty.py" line="+16"/>
        <source>&lt;p style=&apos;font-size: 14pt; font-weight: 600&apos;&gt;Your progress starts with your first won or lost deal.&lt;/p&gt;&lt;p&gt;Log your deals in the Pipeline and mark them won or lost as they close, or import them from a file (CSV, or an export of your CRM). To see what this view shows over several years, explore the demo history in an empty data folder.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size: 14pt; font-weight: 600&apos;&gt;Vos progrès commencent avec votre première affaire gagnée ou perdue.&lt;/p&gt;&lt;p&gt;Saisissez vos affaires dans la vue Affaires et marquez-les gagnées ou perdues quand elles se concluent, ou importez-les d’un fichier (CSV, ou un export de votre CRM). Pour voir ce que montre cette vue sur plusieurs années, découvrez l’historique de démonstration dans un dossier de données vide.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add a deal</source>
        <translation>&amp;Ajouter une affaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Explore with &amp;demo data</source>
        <translation>Découvrir avec des &amp;données de démonstration</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/progress/view.py" line="+50"/>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read your progress</source>
        <translation>Impossible de lire vos progrès</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Goal for {year} saved.</source>
        <translation>Objectif {year} enregistré.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sales call of the month saved.</source>
        <translation>Appel de vente du mois enregistré.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chart saved in {path}.</source>
        <translation>Graphique enregistré dans {path}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Series saved in {path}.</source>
        <translation>Séries enregistrées dans {path}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the series</source>
        <translation>Exporter les séries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot save the file</source>
        <translation>Impossible d’enregistrer le fichier</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../salescoach/ui/common/qt_strings.py" line="+11"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReadingBar</name>
    <message>
        <location filename="../../salescoach/ui/data/import_choices.py" line="-163"/>
        <source>How to read it</source>
        <translation>Comment le lire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sheet:</source>
        <translation>Feuille&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encoding:</source>
        <translation>Encodage&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first row is already a deal</source>
        <translation>La première ligne est déjà une affaire</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Currency:</source>
        <translation>Devise&#xa0;:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{encoding} (detected)</source>
        <translation>{encoding} (détecté)</translation>
    </message>
</context>
<context>
    <name>ReasonPage</name>
    <message>
        <location filename="../../salescoach/ui/debriefs/pages.py" line="-100"/>
        <source>What was the main reason you lost this deal?</source>
        <translation>Quelle est la raison principale de la perte&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit the list…</source>
        <translation>Modifier la liste…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Within my control</source>
        <translation>Dépendait de moi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outside my control</source>
        <translation>Ne dépendait pas de moi</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Don&apos;t take it personally: focus on the parts of the process you can control, and watch for patterns in the rest.</source>
        <translation>Ne le prenez pas personnellement&#xa0;: concentrez-vous sur ce qui dépend de vous, et repérez les tendances dans le reste.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What did the prospect say when you asked why?</source>
        <translation>Qu&apos;a dit le prospect quand vous lui avez demandé pourquoi&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their words, as close as you remember them. Always ask why.</source>
        <translation>Ses mots, au plus près de votre souvenir. Demandez toujours pourquoi.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a reason…</source>
        <translation>Choisissez une raison…</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../salescoach/ui/followups/dialogs.py" line="-14"/>
        <source>Add a referral</source>
        <translation>Ajouter une recommandation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type a name or a company…</source>
        <translation>Tapez un nom ou une entreprise…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who referred</source>
        <translation>&amp;Qui a recommandé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Referred person</source>
        <translation>&amp;Personne recommandée</translation>
    </message>
</context>
<context>
    <name>ReferralPage</name>
    <message>
        <location filename="../../salescoach/ui/debriefs/referral_page.py" line="+49"/>
        <source>Ask for a referral</source>
        <translation>Demander une recommandation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Even a prospect who said no can point you to someone who is a better fit.</source>
        <translation>Même un prospect qui a dit non peut vous aiguiller vers quelqu&apos;un à qui vous conviendrez mieux.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I asked them for a referral</source>
        <translation>Je lui ai demandé une recommandation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They referred me to someone</source>
        <translation>On m&apos;a recommandé quelqu&apos;un</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Write the referral ask…</source>
        <translation>É&amp;crire la demande de recommandation…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New contact…</source>
        <translation>Nouveau contact…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Referred person</source>
        <translation>Personne recommandée</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(the company)</source>
        <translation>(l&apos;entreprise)</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Referred by</source>
        <translation>Recommandée par</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Type a name or a company…</source>
        <translation>Tapez un nom ou une entreprise…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stay top of mind</source>
        <translation>Rester en tête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stay in touch every</source>
        <translation>Rester en contact tous les</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> month(s)</source>
        <translation> mois</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>next: {date}</source>
        <translation>prochain&#xa0;: {date}</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../salescoach/domain/review.py" line="+116"/>
        <source>Raise your outreach: {count} touches next week (usually {usual}).</source>
        <translation>Montez votre prospection : {count} échanges la semaine prochaine (d’habitude {usual}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add {count} new leads: the planner needs {needed} this month, you have {added}.</source>
        <translation>Ajoutez {count} nouveaux leads : le planificateur en demande {needed} ce mois-ci, vous en avez {added}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stay top of mind: get back to the {count} prospects due.</source>
        <translation>Restez en tête : recontactez les {count} prospects à relancer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Learn from your losses: finish the {count} debriefs left.</source>
        <translation>Apprenez de vos erreurs : terminez les {count} débriefs restants.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your weak spot, question {number}: check it on every open deal.</source>
        <translation>Votre point faible, question {number} : vérifiez-la sur chaque affaire ouverte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Don&apos;t be afraid to ask: ask every no for a referral.</source>
        <translation>N’ayez pas peur de la demande : demandez une recommandation à chaque « non ».</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Energy is a level from {low} to {high}.</source>
        <translation>L’énergie est un niveau de {low} à {high}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A word or two about your energy: {limit} characters at most.</source>
        <translation>Un mot ou deux sur votre énergie : {limit} caractères au plus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose one focus for next week, or write your own.</source>
        <translation>Choisissez un objectif pour la semaine prochaine, ou écrivez le vôtre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The focus is one line: {limit} characters at most.</source>
        <translation>L’objectif tient en une ligne : {limit} caractères au plus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The text holds a NUL character.</source>
        <translation>Le texte contient un caractère NUL.</translation>
    </message>
</context>
<context>
    <name>ReviewReminder</name>
    <message>
        <location filename="../../salescoach/ui/review/reminder.py" line="+99"/>
        <source>Focus: {focus}</source>
        <translation>Objectif : {focus}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your weekly review is due: a few minutes (Ctrl+R).</source>
        <translation>C’est le moment de votre bilan de la semaine : quelques minutes (Ctrl+R).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Weekly review</source>
        <translation>Bilan de la semaine</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../salescoach/ui/review/view.py" line="+39"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Review day:</source>
        <translation>Jour du bilan :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Week of</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a word</source>
        <translation>En un mot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept</source>
        <translation>Tenu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Past reviews&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bilans passés&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No review yet. Fill in the focus and your energy above, then save: each week&apos;s review is listed here, and your energy is drawn under the Progress chart.</source>
        <translation>Aucun bilan pour l’instant. Choisissez l’objectif et votre énergie ci-dessus, puis enregistrez : chaque bilan de la semaine s’affiche ici, et votre énergie est tracée sous le graphique des progrès.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot read the review</source>
        <translation>Impossible de lire le bilan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weekly review: the week of {day}</source>
        <translation>Bilan de la semaine du {day}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Review saved. Next week&apos;s focus: {focus}</source>
        <translation>Bilan enregistré. Objectif de la semaine prochaine : {focus}</translation>
    </message>
</context>
<context>
    <name>SecondQuestionsPage</name>
    <message>
        <location filename="../../salescoach/ui/debriefs/pages.py" line="-72"/>
        <source>The competitor, if you know who it was</source>
        <translation>Le concurrent, si vous savez lequel</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../salescoach/services/currency.py" line="+36"/>
        <source>“{code}” is not a currency code.</source>
        <translation>«&#xa0;{code}&#xa0;» n’est pas un code de devise.</translation>
    </message>
</context>
<context>
    <name>SharedListsDialog</name>
    <message>
        <location filename="../../salescoach/ui/team/shared_lists.py" line="+76"/>
        <location line="+89"/>
        <source>Shared lists</source>
        <translation>Listes partagées</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>What you publish here replaces the team&apos;s list on the server; each rep gets it at their next sync. A loss reason you remove is hidden on the reps&apos; laptops (their past debriefs keep it).</source>
        <translation>Ce que vous publiez ici remplace la liste de l&apos;équipe sur le serveur ; chaque commercial la reçoit à sa prochaine synchronisation. Un motif de perte retiré est masqué sur les ordinateurs des commerciaux (leurs débriefs passés le gardent).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loss reason</source>
        <translation>Motif de perte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Controllable</source>
        <translation>Maîtrisable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chance of winning (%)</source>
        <translation>Chance de gain (%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rep (empty: the team)</source>
        <translation>Commercial (vide : l&apos;équipe)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wins</source>
        <translation>Affaires gagnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won amount</source>
        <translation>Montant gagné</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Loss reasons</source>
        <translation>Motifs de &amp;perte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Chances of winning</source>
        <translation>&amp;Chances de gain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team &amp;goals</source>
        <translation>&amp;Objectifs d&apos;équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the team&apos;s lists on the server…</source>
        <translation>Lecture des listes de l&apos;équipe sur le serveur…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Publish</source>
        <translation>P&amp;ublier</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Add a line</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove the line</source>
        <translation>&amp;Retirer la ligne</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Publishing…</source>
        <translation>Publication…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Published: each rep gets these lists at their next sync.</source>
        <translation>Publié : chaque commercial recevra ces listes à sa prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../salescoach/ui/shell/shortcuts_dialog.py" line="+27"/>
        <location line="+2"/>
        <source>Deals table</source>
        <translation>Tableau des affaires</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Open the deal</source>
        <translation>Ouvrir l’affaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the deal</source>
        <translation>Supprimer l’affaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touches of a deal</source>
        <translation>Échanges d’une affaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the touch</source>
        <translation>Supprimer l’échange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any table</source>
        <translation>Tout tableau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next field</source>
        <translation>Passer au champ suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Accounts and contacts</source>
        <translation>Comptes et contacts</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the form being typed in</source>
        <translation>Enregistrer le formulaire en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Debrief</source>
        <translation>Débrief</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish the debrief</source>
        <translation>Terminer le débrief</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location line="+30"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../salescoach/ui/followups/dialogs.py" line="-64"/>
        <source>Snooze: {who}</source>
        <translation>Reporter&#xa0;: {who}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>+1 week</source>
        <translation>+1 semaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+1 month</source>
        <translation>+1 mois</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Until</source>
        <translation>&amp;Jusqu&apos;au</translation>
    </message>
</context>
<context>
    <name>StageTable</name>
    <message>
        <location filename="../../salescoach/ui/data/import_choices.py" line="+41"/>
        <source>Stages: won, lost or still open?</source>
        <translation>Étapes&#xa0;: gagnées, perdues ou encore ouvertes&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deals</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../salescoach/services/team.py" line="+72"/>
        <source>{path} is not connected to a team: run `salescoach team join URL` first.</source>
        <translation>{path} n&apos;est relié à aucune équipe : lancez d&apos;abord `salescoach team join URL`.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path} is damaged: run `salescoach team join URL` again.</source>
        <translation>{path} est endommagé : relancez `salescoach team join URL`.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>{role} is not a rep of this team: ask the admin to run `salescoach team add-rep {role}`. Nothing was changed.</source>
        <translation>{role} n&apos;est pas commercial de cette équipe : demandez à l&apos;administrateur de lancer `salescoach team add-rep {role}`. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>{role} has no rows of their own to sync: `salescoach team stats` shows the team. Nothing was changed.</source>
        <translation>{role} n&apos;a pas de données propres à synchroniser : `salescoach team stats` montre l&apos;équipe. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../salescoach/store/team/connection.py" line="+85"/>
        <source>This is not a PostgreSQL connection (postgresql://user@host/database, or service=NAME). Nothing was changed.</source>
        <translation>Ce n&apos;est pas une connexion PostgreSQL (postgresql://utilisateur@hôte/base, ou service=NOM). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The team server {where} does not encrypt the connection (TLS): salescoach will not send your data in clear. Nothing was changed.</source>
        <translation>Le serveur d&apos;équipe {where} ne chiffre pas la connexion (TLS) : salescoach n&apos;enverra pas vos données en clair. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The team server refused the password for {user} ({where}). Nothing was changed.</source>
        <translation>Le serveur d&apos;équipe a refusé le mot de passe de {user} ({where}). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The connection to the team server {where} was cut; nothing was lost, sync again.</source>
        <translation>La connexion au serveur d&apos;équipe {where} a été coupée ; rien n&apos;est perdu, synchronisez à nouveau.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot reach the team server {where} ({reason}). You can keep working; nothing was changed.</source>
        <translation>Impossible de joindre le serveur d&apos;équipe {where} ({reason}). Vous pouvez continuer à travailler ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The team server does not allow {user} to do this ({reason}). Nothing was changed.</source>
        <translation>Le serveur d&apos;équipe n&apos;autorise pas {user} à faire cela ({reason}). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The team server {where} refused: {reason}. Nothing was changed.</source>
        <translation>Le serveur d&apos;équipe {where} a refusé : {reason}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../salescoach/store/team/schema.py" line="+63"/>
        <source>This database has no salescoach team yet: run `salescoach team init` on it first. Nothing was changed.</source>
        <translation>Cette base n&apos;a pas encore d&apos;équipe salescoach : lancez d&apos;abord `salescoach team init` dessus. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The team database was set up by a newer salescoach (team schema {revision}): update salescoach on this computer. Nothing was changed.</source>
        <translation>La base d&apos;équipe a été créée par une version plus récente de salescoach (schéma d&apos;équipe {revision}) : mettez salescoach à jour sur cet ordinateur. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>{name} cannot be a rep&apos;s name: use lower-case letters, digits and _, starting with a letter. Nothing was changed.</source>
        <translation>{name} ne peut pas être un nom de commercial : utilisez des minuscules, des chiffres et _, en commençant par une lettre. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The server already has a role named {name}. Nothing was changed.</source>
        <translation>Le serveur a déjà un rôle nommé {name}. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>TeamLists</name>
    <message>
        <location filename="../../salescoach/domain/team_lists.py" line="+131"/>
        <source>{where}: {stage} is not a stage (lead, qualified, proposal, negotiation, closing). Nothing was published.</source>
        <translation>{where} : {stage} n&apos;est pas une étape (lead, qualified, proposal, negotiation, closing). Rien n&apos;a été publié.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where}: a stage&apos;s chance is a percentage from 0 to 100, not {value}. Nothing was published.</source>
        <translation>{where} : la chance d&apos;une étape est un pourcentage de 0 à 100, pas {value}. Rien n&apos;a été publié.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{where}: {year} is not a year. Nothing was published.</source>
        <translation>{where} : {year} n&apos;est pas une année. Rien n&apos;a été publié.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{where}: a goal cannot be negative. Nothing was published.</source>
        <translation>{where} : un objectif ne peut pas être négatif. Rien n&apos;a été publié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: give wins, a won amount or both. Nothing was published.</source>
        <translation>{where} : indiquez un nombre d&apos;affaires gagnées, un montant gagné ou les deux. Rien n&apos;a été publié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: {currency} is not a currency code (EUR, USD…). Nothing was published.</source>
        <translation>{where} : {currency} n&apos;est pas un code de devise (EUR, USD…). Rien n&apos;a été publié.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{where}: {value} is not a whole number. Nothing was published.</source>
        <translation>{where} : {value} n&apos;est pas un nombre entier. Rien n&apos;a été publié.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{where}: the first line must name the columns {columns}. Nothing was published.</source>
        <translation>{where} : la première ligne doit nommer les colonnes {columns}. Rien n&apos;a été publié.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{where}: a loss reason needs a label. Nothing was published.</source>
        <translation>{where} : un motif de perte doit avoir un libellé. Rien n&apos;a été publié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: controllable is yes or no, not {value}. Nothing was published.</source>
        <translation>{where} : controllable vaut yes ou no, pas {value}. Rien n&apos;a été publié.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{where}: {value} is not an amount. Nothing was published.</source>
        <translation>{where} : {value} n&apos;est pas un montant. Rien n&apos;a été publié.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{where}: this entry is already above. Nothing was published.</source>
        <translation>{where} : cette entrée figure déjà plus haut. Rien n&apos;a été publié.</translation>
    </message>
    <message>
        <location filename="../../salescoach/services/team_lists.py" line="+106"/>
        <source>{rep} is not a rep of this team (a goal for a manager or a name never added). Nothing was published.</source>
        <translation>{rep} n&apos;est pas un commercial de cette équipe (un objectif pour un manager ou un nom jamais ajouté). Rien n&apos;a été publié.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot read {path} ({reason}). Nothing was published.</source>
        <translation>Impossible de lire {path} ({reason}). Rien n&apos;a été publié.</translation>
    </message>
</context>
<context>
    <name>TeamSettingsDialog</name>
    <message>
        <location filename="../../salescoach/ui/team/settings_page.py" line="+52"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Join your team&apos;s PostgreSQL: this computer stays the source of truth and works offline; your deals and debriefs go up, the team&apos;s lists come down.</source>
        <translation>Rejoignez le PostgreSQL de votre équipe : cet ordinateur reste la référence et fonctionne hors ligne ; vos affaires et vos débriefs montent, les listes de l&apos;équipe descendent.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>postgresql://db.example.com/sales, or a service name</source>
        <translation>postgresql://db.example.com/ventes, ou un nom de service</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Your name on it:</source>
        <translation>&amp;Votre nom sur le serveur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typed once, then kept in the system keyring.</source>
        <translation>Tapé une fois, puis gardé dans le trousseau du système.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No system keyring on this computer: the password will be kept in ~/.pgpass, readable by you only.</source>
        <translation>Pas de trousseau système sur cet ordinateur : le mot de passe sera gardé dans ~/.pgpass, lisible par vous seul.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A password in ~/.pgpass or a service file is used first.</source>
        <translation>Un mot de passe dans ~/.pgpass ou dans un fichier de services passe en premier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Join the team</source>
        <translation>&amp;Rejoindre l&apos;équipe</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Share my debrief notes, lessons and what the prospect said</source>
        <translation>Partager mes notes de débrief, mes leçons et ce qu&apos;a dit le prospect</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the team&apos;s server (ask your admin).</source>
        <translation>Tapez le serveur de l&apos;équipe (demandez à votre administrateur).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No usable system keyring: the password is kept in ~/.pgpass.</source>
        <translation>Pas de trousseau système utilisable : le mot de passe est gardé dans ~/.pgpass.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot join the team</source>
        <translation>Impossible de rejoindre l&apos;équipe</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Off: the coded answers and the reason go up, your words stay on this computer. Text already sent stays on the server until that debrief changes.</source>
        <translation>Décoché : les réponses codées et la raison montent, vos mots restent sur cet ordinateur. Un texte déjà envoyé reste sur le serveur jusqu&apos;à ce que ce débrief change.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflits…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Leave the team</source>
        <translation>&amp;Quitter l&apos;équipe</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Connected to {where} as {role}.</source>
        <translation>Connecté à {where} en tant que {role}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{status}; last sync {when}</source>
        <translation>{status} ; dernière synchronisation le {when}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Team goal for {year}: {what}.</source>
        <translation>Objectif d&apos;équipe pour {year} : {what}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your goal from the team for {year}: {what}.</source>
        <translation>Votre objectif fixé par l&apos;équipe pour {year} : {what}.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n win(s)</source>
        <translation>
            <numerusform>%n affaire gagnée</numerusform>
            <numerusform>%n affaires gagnées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount} won</source>
        <translation>{amount} gagnés</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Leave the team</source>
        <translation>Quitter l&apos;équipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop syncing this computer with the team? Your data stays here and on the server; the kept password is forgotten.</source>
        <translation>Arrêter de synchroniser cet ordinateur avec l&apos;équipe ? Vos données restent ici et sur le serveur ; le mot de passe gardé est oublié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <location filename="../../salescoach/ui/team/status.py" line="+149"/>
        <source>syncing… (synced {ago})</source>
        <translation>synchronisation… (synchronisé {ago})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>syncing…</source>
        <translation>synchronisation…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>offline, %n change(s) waiting</source>
        <translation>
            <numerusform>hors ligne, %n modification en attente</numerusform>
            <numerusform>hors ligne, %n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>team sync failed</source>
        <translation>échec de la synchronisation d&apos;équipe</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>synced {ago}</source>
        <translation>synchronisé {ago}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThanksDialog</name>
    <message>
        <location filename="../../salescoach/ui/followups/dialogs.py" line="+21"/>
        <source>Thank {name}</source>
        <translation>Remercier {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Lunch, a bottle of wine, a referral in return</source>
        <translation>p. ex. un déjeuner, une bouteille, une recommandation en retour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What</source>
        <translation>&amp;Quoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;On</source>
        <translation>&amp;Le</translation>
    </message>
</context>
<context>
    <name>TouchDialog</name>
    <message>
        <location filename="../../salescoach/ui/common/touch_dialog.py" line="+50"/>
        <source>Log a touch: {deal}</source>
        <translation>Noter un échange : {deal}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(nobody in particular)</source>
        <translation>(personne en particulier)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. Call back Thursday, quote sent</source>
        <translation>ex. : rappeler jeudi, devis envoyé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;ith</source>
        <translation>&amp;Avec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot log the touch</source>
        <translation>Impossible de noter cet échange</translation>
    </message>
</context>
<context>
    <name>TouchNote</name>
    <message>
        <location filename="../../salescoach/ui/common/touch_note.py" line="+35"/>
        <source>Each touch it took was still worth about {amount}: every no brings you closer to a yes.</source>
        <translation>Chaque échange qu’elle a demandé valait quand même environ {amount}&#xa0;: chaque «&#xa0;non&#xa0;» vous rapproche d’un «&#xa0;oui&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At your current numbers, that touch was worth about {amount}.</source>
        <translation>D’après vos chiffres actuels, cet échange valait environ {amount}.</translation>
    </message>
</context>
<context>
    <name>UndoOffer</name>
    <message>
        <location filename="../../salescoach/ui/shell/undo_offer.py" line="+28"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Undo “{what}” (Ctrl+Z)</source>
        <translation>Annuler « {what} » (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../salescoach/ui/common/unsaved.py" line="+122"/>
        <source>Discard your changes?</source>
        <translation>Abandonner vos modifications ?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../salescoach/domain/deals.py" line="+43"/>
        <source>A deal needs a title.</source>
        <translation>Une affaire a besoin d’un titre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a number, such as 12,500.50.</source>
        <translation>Tapez un nombre, par exemple 12 500,50.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An amount cannot be negative.</source>
        <translation>Un montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The commission cannot be larger than the amount.</source>
        <translation>La commission ne peut pas dépasser le montant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown currency {code}.</source>
        <translation>Devise inconnue : {code}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A won or lost deal needs a close date.</source>
        <translation>Une affaire gagnée ou perdue a besoin d’une date de clôture.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The close date cannot be before the creation date.</source>
        <translation>La date de clôture ne peut pas précéder la date de création.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A touch cannot be in the future.</source>
        <translation>Un échange ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>An account needs a name.</source>
        <translation>Un compte a besoin d’un nom.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A contact needs a name.</source>
        <translation>Un contact a besoin d’un nom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This does not look like an email address.</source>
        <translation>Cette adresse e-mail ne semble pas valide.</translation>
    </message>
    <message>
        <location filename="../../salescoach/domain/date_bounds.py" line="+16"/>
        <source>Choose a date between {first} and {last}.</source>
        <translation>Choisissez une date entre {first} et {last}.</translation>
    </message>
</context>
<context>
    <name>WeakSpotChecklist</name>
    <message>
        <location filename="../../salescoach/ui/pipeline/panels.py" line="+51"/>
        <source>Before this deal closes (from your own debriefs):</source>
        <translation>Avant la conclusion de cette affaire (d&apos;après vos propres débriefs)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>WeekPanel</name>
    <message>
        <location filename="../../salescoach/ui/review/week.py" line="+32"/>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Usually</source>
        <translation>D’habitude</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Touches</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New deals</source>
        <translation>Nouvelles affaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>Gagnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Perdues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What a touch was worth</source>
        <translation>Ce que valait un échange</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%n debrief(s) to do</source>
        <translation>
            <numerusform>%n débrief à faire</numerusform>
            <numerusform>%n débriefs à faire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n relance due</numerusform>
            <numerusform>%n relances dues</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No goal set for this year (Progress › Goal…).</source>
        <translation>Pas d’objectif fixé pour cette année (Progrès › Objectif…).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This year: {done} of your goal of {goal}; an even pace is {pace} today.</source>
        <translation>Cette année : {done} sur votre objectif de {goal} ; à rythme régulier, vous seriez à {pace} aujourd’hui.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leads added this month: {added}.</source>
        <translation>Leads ajoutés ce mois-ci : {added}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leads added this month: {added}; the lead planner says {needed} are needed.</source>
        <translation>Leads ajoutés ce mois-ci : {added} ; le planificateur de leads en demande {needed}.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../salescoach/ui/pipeline/welcome.py" line="+19"/>
        <source>Welcome to salescoach</source>
        <translation>Bienvenue dans salescoach</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your pipeline is empty. Every deal you log, won or lost, becomes something to learn from: debriefs after a no, your long-term progress, and what each call and email is worth. How would you like to start?</source>
        <translation>Vos affaires sont vides. Chaque affaire notée, gagnée ou perdue, devient une source d’apprentissage : un bilan après chaque refus, vos progrès sur la durée, et ce que vaut chaque appel et chaque e-mail. Par quoi voulez-vous commencer ?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Explore with &amp;demo data</source>
        <translation>Découvrir avec des &amp;données de démonstration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill this data folder with a realistic history of several years.</source>
        <translation>Remplir ce dossier de données avec un historique réaliste de plusieurs années.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import a file…</source>
        <translation>&amp;Importer un fichier…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deals exported from Pipedrive, HubSpot or Salesforce, a spreadsheet saved as CSV, or a salescoach export.</source>
        <translation>Des affaires exportées de Pipedrive, HubSpot ou Salesforce, un tableur enregistré en CSV, ou un export salescoach.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add your first deal</source>
        <translation>&amp;Ajouter votre première affaire</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <location filename="../../salescoach/ui/numbers/view.py" line="-225"/>
        <source>Divide your average commission by the number of calls and emails it takes to make a sale: that is what each of them is worth, the ones that end in a no included.</source>
        <translation>Divisez votre commission moyenne par le nombre d’appels et d’e-mails qu’il vous faut pour effectuer une vente&#xa0;: c’est ce que vaut chacun d’eux, y compris ceux qui se terminent par un «&#xa0;non&#xa0;».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>such as {amount}</source>
        <translation>par exemple {amount}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>such as 50, or 50:1</source>
        <translation>par exemple 50, ou 50:1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Average &amp;commission per sale</source>
        <translation>&amp;Commission moyenne par vente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Touches &amp;per sale</source>
        <translation>Échan&amp;ges par vente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start from m&amp;y numbers</source>
        <translation>Partir de &amp;mes chiffres</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Value of one touch</source>
        <translation>Valeur d’un échange</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Type an average commission and the touches a sale takes.</source>
        <translation>Tapez une commission moyenne et le nombre d’échanges que demande une vente.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>With {touches} touches per sale, each call or email is worth about {amount}, even the ones that end in a no.</source>
        <translation>Avec {touches} échanges par vente, chaque appel ou e-mail vaut environ {amount}, même ceux qui se terminent par un «&#xa0;non&#xa0;».</translation>
    </message>
</context>
<context>
    <name>WinActions</name>
    <message>
        <location filename="../../salescoach/ui/pipeline/win_actions.py" line="+31"/>
        <source>Mark &amp;won</source>
        <translation>Marquer &amp;gagnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deal is signed: ring the bell.</source>
        <translation>L’affaire est signée&#xa0;: sonnez la cloche&#xa0;!</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+17"/>
        <location line="+2"/>
        <source>Mark won</source>
        <translation>Marquer gagnée</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>“{title}” is marked lost. Mark it won instead?</source>
        <translation>«&#xa0;{title}&#xa0;» est marquée perdue. La marquer gagnée à la place&#xa0;?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot mark the deal won</source>
        <translation>Impossible de marquer l’affaire gagnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deal “{title}” marked won.</source>
        <translation>Affaire «&#xa0;{title}&#xa0;» marquée gagnée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark “{title}” won</source>
        <translation>Marquer « {title} » gagnée</translation>
    </message>
</context>
<context>
    <name>Writing</name>
    <message>
        <location filename="../../salescoach/domain/templates.py" line="+33"/>
        <source>Ask why they said no</source>
        <translation>Demander pourquoi c’est non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for a referral after a no</source>
        <translation>Demander une recommandation après un non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay in touch</source>
        <translation>Rester en tête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank an advocate</source>
        <translation>Remercier un ambassadeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up after a webinar</source>
        <translation>Relancer après un webinar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up after a call</source>
        <translation>Relancer après un appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank email</source>
        <translation>E-mail vide</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the contact&apos;s first name</source>
        <translation>le prénom du contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the company</source>
        <translation>l’entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the deal</source>
        <translation>l’affaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who they referred</source>
        <translation>la personne recommandée</translation>
    </message>
    <message>
        <location filename="../../salescoach/domain/writing.py" line="+95"/>
        <source>Short, precise emails that are not too long (selling at a distance): at most {limit} words.</source>
        <translation>Écrire précisément, de façon concise, des e-mails pas trop longs : {limit} mots au plus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read in {limit} seconds at most, at {speed} words a minute read silently.</source>
        <translation>Lu en {limit} secondes au plus, à {speed} mots par minute en lecture silencieuse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Precise and concise: no sentence over {limit} words.</source>
        <translation>Précis et concis : aucune phrase de plus de {limit} mots.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Don&apos;t be afraid to ask, but ask one thing: one question or request is best.</source>
        <translation>N’ayez pas peur de la demande, mais demandez une seule chose : une question ou une demande, c’est l’idéal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Easy to read: {formula} of {limit} or more.</source>
        <translation>Facile à lire : {formula} de {limit} ou plus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every word earns its place: no filler phrases.</source>
        <translation>Chaque mot compte : pas de formules creuses.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A subject a phone shows whole: {limit} characters at most.</source>
        <translation>Un objet qu’un téléphone affiche en entier : {limit} caractères au plus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Flesch reading ease</source>
        <translation>indice de lisibilité de Flesch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flesch reading ease (Kandel and Moles, French)</source>
        <translation>indice de lisibilité de Flesch (Kandel et Moles, pour le français)</translation>
    </message>
    <message>
        <location filename="../../salescoach/services/writing.py" line="+77"/>
        <source>This email is too long to keep as a draft ({limit} characters at most); your text stays in the window.</source>
        <translation>Cet e-mail est trop long pour être gardé en brouillon ({limit} caractères au plus) ; votre texte reste dans la fenêtre.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/writing/checks.py" line="+47"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read in {seconds} s</source>
        <translation>lu en {seconds} s</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>longest sentence: %n word(s)</source>
        <translation>
            <numerusform>phrase la plus longue : %n mot</numerusform>
            <numerusform>phrase la plus longue : %n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n ask(s)</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>readability: {score}</source>
        <translation>lisibilité : {score}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>filler phrases: {phrases}</source>
        <translation>formules creuses : {phrases}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>subject: %n character(s)</source>
        <translation>
            <numerusform>objet : %n caractère</numerusform>
            <numerusform>objet : %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/writing/composer.py" line="+14"/>
        <source>Cannot write</source>
        <translation>Impossible d’écrire</translation>
    </message>
</context>
</TS>
