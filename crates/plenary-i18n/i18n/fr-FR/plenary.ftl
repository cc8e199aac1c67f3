# Plenary, français. Toutes les chaînes que lit l'utilisateur de l'application.
# Majuscule initiale seulement, pas de point final aux libellés d'une ligne.

window-title = { $title } — Plenary
window-title-unsaved = ● { $title } — Plenary

## Phases d'une session (la barre des phases)
view-setup = Préparation
view-panel = Table ronde
view-break-out = Ateliers
view-synthesis = Synthèse
view-plenary = Plénière
view-report = Rapport


## Menus et commandes
menu-file = Fichier
menu-edit = Édition
menu-recent = Fichiers récents
menu-recent-none = Aucun fichier récent
command-new-blank = Nouvelle session vide
command-new = Nouveau à partir d'un modèle
command-open = Ouvrir…
command-save = Enregistrer
command-save-as = Enregistrer sous…
command-quit = Quitter
command-undo = Annuler
command-zoom-in = Texte plus grand
command-zoom-out = Texte plus petit
command-zoom-reset = Texte à sa taille habituelle
command-redo = Rétablir

dialog-open-title = Ouvrir une session
dialog-save-title = Enregistrer la session
dialog-filter-session = Session Plenary
dialog-save-group-title = Enregistrer le fichier du groupe
dialog-import-title = Importer des fichiers de groupe
dialog-export-title = Exporter le rapport de la plénière
dialog-watch-title = Surveiller un dossier de fichiers de groupe
chooser-folder = Dossier
chooser-up = Remonter
chooser-up-hint = Le dossier qui contient celui-ci
chooser-places = Emplacements
chooser-session-folder = Dossier de cette session
chooser-home = Dossier personnel
chooser-name = Nom du fichier
chooser-showing = Dossiers et fichiers { $kind } affichés
chooser-empty = Aucun dossier ni fichier de ce type ici.
chooser-open = Ouvrir
chooser-import = { $count ->
        [0] Importer
        [one] Importer 1 fichier
       *[other] Importer { $count } fichiers
    }
chooser-save = Enregistrer
chooser-watch = Surveiller ce dossier
chooser-cancel = Annuler
chooser-pick-a-file = Choisissez d'abord un fichier dans la liste.
chooser-no-such-folder = Il n'y a pas de dossier « { $folder } ». Vérifiez le chemin, ou choisissez un emplacement à gauche.
chooser-unreadable = Ce dossier ne peut pas être lu ({ $error }). Choisissez-en un autre à gauche ou au-dessus.
chooser-is-a-folder = « { $name } » est un dossier ici. Tapez un autre nom, ou ouvrez d'abord le dossier.
chooser-name-empty = Tapez un nom pour le fichier.
chooser-name-separator = Un nom de fichier ne peut pas contenir / ni \. Choisissez le dossier au-dessus, puis tapez le nom seul.
chooser-name-forbidden = Un nom de fichier ne peut pas contenir « { $character } » (Windows le refuse). Utilisez un tiret.
chooser-name-reserved = « { $name } » est un nom que Windows réserve à un périphérique. Choisissez un autre nom.
chooser-name-trailing-dot = Un nom de fichier ne peut pas finir par un point ou une espace (Windows les supprime).
chooser-replace-question = « { $name } » existe déjà. Le remplacer ? Son contenu actuel sera perdu.
chooser-replace = Remplacer
chooser-keep = Le garder, choisir un autre nom

## Barre d'état
status-no-file = Pas encore enregistré dans un fichier
status-saved = Enregistré
status-unsaved = Modifications non enregistrées
status-answers = { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
}

## Messages
notice-error-prefix = Problème :
notice-deleted-answer = Réponse supprimée : « { $text } ».
notice-removed = Retiré de la liste.
notice-undo = Annuler
notice-dismiss = Fermer
notice-dismiss-named = Fermer : { $text }
notice-open-failed = Impossible d'ouvrir { $error }. La session qui était ouverte reste inchangée.
notice-new-session-file = Nouvelle session, enregistrée dans { $file }. Chaque modification y est enregistrée.
notice-close-after-export = Un rapport est encore en cours d'enregistrement. Fermez de nouveau la fenêtre une fois qu'il est terminé.
notice-new-session-failed = Impossible de commencer une nouvelle session dans { $file } ({ $error }). Nommez un fichier dans un dossier où vous pouvez écrire.
notice-edit-refused = Cette modification n'a pas été effectuée : { $reason }.
notice-recovered = Votre travail non enregistré a été restauré. Enregistrez-le pour le conserver.
notice-recovered-into = Votre travail non enregistré a été restauré dans { $file }. Chaque modification y est enregistrée.
notice-recovery-unreadable = Le travail non enregistré lors de la dernière utilisation n'a pas pu être lu ({ $error }). Rien n'a été modifié.
notice-recovery-not-written = Le travail non enregistré n'a pas pu être conservé dans { $file } ({ $error }). Par sécurité, enregistrez la session dans un fichier.
notice-group-missing = Ce groupe ne fait plus partie de la session.
notice-not-over-session = { $file } est le fichier de cette session : rien n'a été écrit par-dessus. Choisissez un autre nom.
notice-group-file-saved = Fichier du groupe enregistré : { $file } ({ $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
}). Remettez-le à l'animateur.
notice-report-written = Rapport enregistré : { $file }
notice-report-failed = Le rapport n'a pas pu être enregistré dans { $file } ({ $error }). Rien d'autre n'a été modifié ; essayez un autre dossier.
notice-report-busy = Un rapport est encore en cours d'enregistrement. Exportez de nouveau une fois qu'il est terminé.
notice-report-crashed = l'export s'est arrêté de façon inattendue
notice-recovery-not-removed = L'ancien fichier de récupération { $file } n'a pas pu être supprimé ({ $error }). Il pourra être proposé de nouveau au prochain démarrage.
notice-file-changed-merged = { $file } a aussi été modifié ailleurs (une autre fenêtre de Plenary, ou un dossier synchronisé) depuis son ouverture ici. Ce qu'il contenait et que cette session n'avait pas a été repris avant l'enregistrement : { $report }.
notice-file-changed-unreadable = { $file } a été modifié ailleurs et ne peut plus être repris ({ $error }). Il n'a pas été écrasé, et votre travail est toujours là : enregistrez-le dans un autre fichier (Fichier → Enregistrer sous).

## Récupération et modifications non enregistrées
recovery-heading = Restaurer le travail non enregistré ?
recovery-body = Plenary s'est fermé avant l'enregistrement de « { $title } ». Ses dernières modifications ont été conservées le { $when }.
recovery-restore = Restaurer
recovery-discard = Abandonner
recovery-into = Le restaurer dans { $file }, où chaque modification sera ensuite enregistrée ? Abandonnez-le pour y commencer une nouvelle session vierge.
confirm-heading = Enregistrer les modifications apportées à « { $title } » ?
confirm-body-close = Si vous fermez sans enregistrer, vos modifications seront perdues.
confirm-body-replace = Si vous continuez sans enregistrer, vos modifications seront perdues.
confirm-save = Enregistrer
confirm-discard = Ne pas enregistrer
confirm-cancel = Annuler

## Préparation
setup-session = Session
setup-questions = Questions
setup-topics = Sujets
setup-agenda = Ordre du jour
setup-groups = Groupes de travail
setup-speakers = Intervenants de la table ronde
setup-add-question = Ajouter une question
setup-add-topic = Ajouter un sujet
setup-add-phase = Ajouter une phase
setup-add-group = Ajouter un groupe
setup-same-topic-key = Deux sujets ont la clé #{ $key } : #{ $key } ne désigne que le premier. Donnez à chaque sujet sa propre clé.
setup-unnamed-group = Le groupe { $number } n'a pas de nom : donnez-lui-en un, pour que son rapporteur puisse le choisir et que le rapport le nomme.
setup-same-group-name = Deux groupes s'appellent « { $name } » : renommez-en un, pour que chaque rapporteur choisisse le bon et que le rapport les distingue.
setup-add-speaker = Ajouter un intervenant
setup-new-group-name = Groupe { $number }
setup-agenda-total = Durée totale : { $minutes } min

field-title = Titre
field-meeting = Réunion
field-date = Date
field-date-hint = AAAA-MM-JJ, ou AAAA-MM
field-date-invalid = Saisissez la date au format AAAA-MM-JJ, par exemple 2017-03-16, ou un mois au format AAAA-MM, par exemple 2017-03
field-venue = Lieu
field-language = Langue
field-background = Contexte
field-group-name = Nom
field-moderator = Modérateur
field-rapporteur = Rapporteur
field-delegations = Délégations
field-delegations-hint = Séparées par des virgules
field-of-item = { $field } ({ $item })

column-topic-name = Sujet
column-topic-key = Clé (saisie après #)
column-phase-kind = Type de phase
column-phase-minutes = Durée prévue
column-speaker-name = Nom
column-speaker-administration = Administration
column-speaker-topic = Sujet

item-question = Question { $number }
item-topic = Sujet { $number }
item-topic-key = Clé du sujet { $number }
item-phase = Phase { $number }
item-phase-kind = Type de phase ({ $item })
item-phase-minutes = Durée en minutes ({ $item })
item-group = Groupe { $number }
item-speaker = Intervenant { $number }

row-move-up = Monter
row-move-down = Descendre
row-remove = Supprimer
row-move-up-named = Déplacer { $item } vers le haut
row-move-down-named = Déplacer { $item } vers le bas
row-remove-named = Supprimer { $item }

unit-minutes-suffix = { " " }min
speaker-no-topic = Aucun sujet

language-en = Anglais
language-fr = Français

phase-panel = Table ronde
phase-break-out = Ateliers
phase-report-back = Restitution en plénière
phase-other = Autre

## Table ronde
panel-heading = Table ronde
panel-no-speakers = Cette session ne compte aucun intervenant pour la table ronde. Ajoutez-en dans « Préparation ».
panel-notes-hint = Notes sur les propos de l'intervenant
panel-notes-of = Notes sur l'intervenant { $number }

## Comptes à rebours
timer-start = Démarrer
timer-pause = Suspendre
timer-add-five = +5 min
timer-reset = Réinitialiser
timer-five-minutes = Il reste 5 minutes
timer-one-minute = Il reste 1 minute
timer-time-up = Temps écoulé
timer-spoken-break-out = Il reste { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    } aux ateliers
timer-spoken-panel = Il reste { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    } à la table ronde
timer-spoken-over = Temps écoulé, dépassement de { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }

## Saisie en atelier
break-out-laptop-captures = Cet ordinateur saisit les réponses de
break-out-no-group = Choisir un groupe
break-out-new-group = Nom d'un groupe qui ne figure pas dans la liste
break-out-new-group-hint = Groupe absent de la liste ?
break-out-add-group = Ajouter mon groupe
break-out-choose-group = Choisissez le groupe dont cet ordinateur saisit les réponses, ou ajoutez-le s'il ne figure pas dans la liste.
break-out-no-questions = Cette session ne comporte aucune question. Ajoutez-en dans « Préparation ».
break-out-question-tab = Question { $number }
break-out-question-keys = Ctrl+Page précédente / Page suivante
break-out-kind = Nature des prochaines réponses :
break-out-entry = Nouvelle réponse à la question { $number } ({ $group })
break-out-entry-hint = Saisissez la réponse, marquez-la avec #clé, appuyez sur Entrée
break-out-completions = Tab pour compléter :
break-out-answer-count = { $count ->
    [one] { $count } réponse à cette question
   *[other] { $count } réponses à cette question
}
break-out-no-answers = Aucune réponse à cette question pour l'instant.
break-out-save-group-file = Enregistrer le fichier du groupe…
break-out-answer-name = réponse { $number }
break-out-delete = Supprimer
break-out-edit = Modifier
break-out-edit-named = Modifier la { $item }
break-out-editing = Texte de la { $item } : Entrée pour enregistrer, Échap pour annuler
break-out-kind-of = Nature de la { $item }

kind-benefit = Avantage
kind-use-today = Usage actuel
kind-future-use = Usage futur
kind-risk = Risque
kind-recommendation = Recommandation
kind-other = Autre

## Fusion des fichiers de groupe
merge-report = { $added ->
    [one] { $added } ajout
   *[other] { $added } ajouts
}, { $updated ->
    [one] { $updated } mise à jour
   *[other] { $updated } mises à jour
}, { $unchanged } sans changement, { $deleted ->
    [one] { $deleted } suppression
   *[other] { $deleted } suppressions
}, { $conflicts ->
    [one] { $conflicts } conflit
   *[other] { $conflicts } conflits
}
merge-written = { $file } : { $answers ->
    [one] 1 réponse
   *[other] { $answers } réponses
} de { $groups ->
    [one] 1 groupe
   *[other] { $groups } groupes
}
merge-report-older = { $report }. { $older ->
    [one] 1 réponse était plus ancienne
   *[other] { $older } réponses étaient plus anciennes
} que celles de la session : ce fichier est une copie périmée
merge-report-no-group = { $report }. { $answers ->
    [one] 1 réponse indique un groupe que ni le fichier ni la session ne connaissent (le fichier a-t-il été modifié à la main ?) : elle est conservée, sans groupe
   *[other] { $answers } réponses indiquent un groupe que ni le fichier ni la session ne connaissent (le fichier a-t-il été modifié à la main ?) : elles sont conservées, sans groupe
}
merge-report-setup = { $report }, { $setup ->
    [one] { $setup } élément ajouté à la préparation
   *[other] { $setup } éléments ajoutés à la préparation
}
merge-report-setup-differs = { $report }. { $items ->
    [one] 1 question, sujet ou groupe est libellé autrement dans ce fichier
   *[other] { $items } questions, sujets ou groupes sont libellés autrement dans ce fichier
} : la préparation de la session est conservée
merge-report-setup-updated = { $report }, { $items ->
    [one] 1 élément de la préparation ou thème dans une version plus récente
   *[other] { $items } éléments de la préparation ou thèmes dans une version plus récente
}
merge-report-foreign = { $report }. { $answers ->
    [one] 1 réponse d'un groupe que ce fichier ne porte pas n'a pas été reprise
   *[other] { $answers } réponses de groupes que ce fichier ne porte pas n'ont pas été reprises
} : un fichier de groupe n'apporte que le travail de son groupe
merge-report-facilitators = { $report }. { $items ->
    [one] 1 thème, vote ou marque de lecture n'a pas été repris
   *[other] { $items } thèmes, votes ou marques de lecture n'ont pas été repris
} : ils relèvent de l'animateur, pas d'un groupe
merge-report-refused = { $report }. { $answers ->
    [one] 1 réponse a été refusée
   *[other] { $answers } réponses ont été refusées
} : son nombre de modifications dépasse de loin tout ce que son ordinateur a envoyé (le fichier a-t-il été modifié à la main ?)
merge-report-kept-removed = { $report }. { $items ->
    [one] 1 élément supprimé ici figure encore dans le fichier : il reste supprimé
   *[other] { $items } éléments supprimés ici figurent encore dans le fichier : ils restent supprimés
}
merge-report-whole-session = { $report }. C'est une session entière, pas un fichier de groupe : rien n'en a été repris. Reprenez-la entièrement seulement si c'est la copie de cette session d'un autre animateur
merge-report-shared = { $report }. Aussi saisi sur un autre ordinateur : { $groups }. Vérifiez que deux ordinateurs n'ont pas saisi pour un même groupe
merge-conflicts-left = { $count ->
    [0] Aucun conflit ne reste
    [one] 1 conflit reste : les versions sont gardées côte à côte jusqu'à ce que l'animateur en choisisse une (Synthèse)
   *[other] { $count } conflits restent : les versions sont gardées côte à côte jusqu'à ce que l'animateur choisisse (Synthèse)
}
merge-files-several-sessions = { $count } de ces fichiers sont des sessions entières, pas des fichiers de groupe, et elles diffèrent : indiquez --join-sessions pour tout fusionner, ou donnez-en une avec ses fichiers de groupe
merge-files-sessions-differ = ces sessions entières sont de sessions différentes ({ $titles }) : fusionnez chacune avec ses propres fichiers de groupe
merge-files-sessions-same-title = ce sont deux sessions préparées séparément sous le même titre (« { $title } ») : fusionnez chacune avec ses propres fichiers de groupe
merge-files-none = aucun fichier à fusionner

## Synthèse
synthesis-import = Importer des fichiers de groupe…
synthesis-watch = Surveiller un dossier…
synthesis-watching = Surveillance de { $folder } : les fichiers de groupe nouveaux ou modifiés sont importés automatiquement
synthesis-stop-watching = Arrêter la surveillance
synthesis-last-look = { $seconds ->
    [0] Vérifié à l’instant.
    [one] Vérifié il y a 1 seconde.
   *[other] Vérifié il y a { $seconds } secondes.
}
synthesis-watch-missing = { $folder } est introuvable (clé USB retirée, partage hors ligne ?). Plenary continue de vérifier et reprend l’import dès son retour.
synthesis-drop-hint = Vous pouvez aussi déposer des fichiers de groupe n'importe où dans cette fenêtre.
synthesis-imports-count = Importations ({ $count })
synthesis-unreadable-hint = Rien n'a été modifié dans la session.
synthesis-take-whole = Tout reprendre
synthesis-take-whole-named = Tout reprendre de { $file }
synthesis-setup-conflicts = { $count ->
    [one] 1 élément de la préparation ou des thèmes a été modifié différemment sur deux ordinateurs
   *[other] { $count } éléments de la préparation ou des thèmes ont été modifiés différemment sur deux ordinateurs
}
synthesis-setup-conflicts-hint = Chaque version est gardée jusqu'à votre choix ; celle que vous gardez l'emporte partout où le fichier va.
synthesis-keep-setup-named = Garder la version { $version } du conflit de préparation { $conflict }
synthesis-conflict-header = Le titre, la réunion, la date, le lieu, le contexte ou le vote de la session
synthesis-conflict-phase = { $kind }, { $minutes } min
synthesis-conflict-theme = « { $name } » : { $answers ->
    [one] 1 réponse
   *[other] { $answers } réponses
}, { $dots ->
    [one] 1 point
   *[other] { $dots } points
}
synthesis-conflict-theme-of = Thème « { $name } »
synthesis-import-anyway = Importer quand même
synthesis-import-anyway-named = Importer quand même { $file }
synthesis-unknown-group = Groupe inconnu
synthesis-conflicts = { $count ->
    [one] { $count } réponse modifiée différemment sur deux ordinateurs
   *[other] { $count } réponses modifiées différemment sur deux ordinateurs
}
synthesis-conflicts-hint = Conservez une version, ou conservez-les toutes comme réponses distinctes.
synthesis-conflict-of = { $group } :
synthesis-keep = Conserver celle-ci
synthesis-keep-named = Conserver la version { $version } du conflit { $conflict }
synthesis-keep-all = Conserver toutes les versions comme réponses distinctes
synthesis-keep-all-named = Conserver toutes les versions du conflit { $conflict } comme réponses distinctes
synthesis-version = « { $text } » (modifiée à { $when })
synthesis-version-deleted = Supprimée (à { $when })
synthesis-no-answers = Aucune réponse pour l'instant.

## Le rapport de la plénière (ses textes fixes suivent la langue de la session)
report-background = Contexte
report-panel = Table ronde
report-speaker = Intervenant
report-administration = Administration
report-topic = Sujet
report-notes = Notes
report-question = Question
report-answers = Réponses
report-answer = Réponse
report-group = Groupe
report-kind = Nature
report-topics = Sujets
report-recommendations = Recommandations aux décideurs
report-other-recommendations = Autres recommandations
report-annex = Annexe : réponses de chaque groupe
# Une étiquette et ses deux-points, avant une valeur (espace insécable avant « : »).
report-rapporteur = Rapporteur :
report-no-answers = Aucune réponse.
report-no-speakers = Aucun intervenant n'a été nommé pour la table ronde.
report-themes = Thèmes communs aux groupes
report-unthemed = Réponses hors thème
report-theme = Thème
report-conflict = ⚠ Conservée en plusieurs versions jusqu'au choix de l'animateur : { $versions }
report-conflict-version = aussi « { $text } » ({ $when })
report-conflict-deleted = supprimée sur un autre ordinateur ({ $when })
report-conflict-column = Autres versions
report-conflict-more = et { $count ->
        [one] 1 autre version
       *[other] { $count } autres versions
    }
report-continued = (suite)
answers-elsewhere = { $count ->
        [one] 1 réponse porte sur une question ou vient d'un groupe que cette session n'a plus : elle est conservée, et le rapport la présente à part
       *[other] { $count } réponses portent sur une question ou viennent d'un groupe que cette session n'a plus : elles sont conservées, et le rapport les présente à part
    }
report-other-answers = Autres réponses : à une question que cette session n'a plus
# Après un texte coupé dans un rapport imprimé (PDF, Word).
report-text-cut = {" "}[… { $characters } caractères de plus : le texte entier figure dans les rapports HTML, Markdown et CSV]
# Sous le titre d'un rapport imprimé trop long pour être mis en page en entier.
report-printed-cut = Ce rapport imprimé omet { $annex ->
        [1] l'annexe{ $answers ->
            [0] {""}
           *[other] {" "}et { $answers } réponses en fin de liste
        }
       *[0] { $answers } réponses en fin de liste
    }, pour rester dans ce qu'un ordinateur portable peut mettre en page. Les rapports HTML, Markdown et CSV contiennent toutes les réponses.
report-detail = { $kind } ; { $topics }
report-rank-tied = { $rank } (ex æquo)
report-raised-by = Soulevé par { $groups } · { $dots ->
    [one] { $dots } point
   *[other] { $dots } points
}
report-raised-anonymous = Soulevé par { $count ->
    [one] { $count } groupe
   *[other] { $count } groupes
} · { $dots ->
    [one] { $dots } point
   *[other] { $dots } points
}
report-raised-by-no-vote = Soulevé par { $groups }
report-raised-anonymous-no-vote = Soulevé par { $count ->
    [one] { $count } groupe
   *[other] { $count } groupes
}

## Vue du rapport
report-option-annex = Annexe avec les réponses de chaque groupe
report-option-anonymous = Anonyme (sans nom de groupe)
report-option-details = Nature et sujets après chaque réponse
report-option-language = Langue des titres :
report-export = Exporter :
report-exporting = Enregistrement de { $file }…
report-format-md = Markdown…
report-format-html = HTML…
report-format-docx = Word (DOCX)…
report-format-pdf = PDF…
report-format-csv = CSV…

## Thèmes (Synthèse)
themes-matrix = Sujets × questions
themes-matrix-hint = Combien de réponses portent sur chaque sujet, et combien de groupes les ont données.
themes-matrix-topic = Sujet
themes-matrix-no-topic = Sans sujet
themes-matrix-cell = { $answers ->
    [one] { $answers } réponse
   *[other] { $answers } réponses
} · { $groups ->
    [one] { $groups } groupe
   *[other] { $groups } groupes
}
themes-suggest = Proposer des thèmes
themes-suggest-hint = Regroupe les réponses hors thème qui disent la même chose, sur cet ordinateur. Rien ne change avant que vous acceptiez.
themes-reading = Lecture du sens des réponses : { $read } sur { $all }…
themes-reading-spoken = Lecture du sens des réponses effectuée à { $percent } pour cent
decimal-separator = ,
themes-similarity = Similarité
themes-similarity-hint = Plus bas, plus de réponses sont regroupées ; plus haut, les thèmes sont plus nombreux et plus petits.
themes-accept = { $count ->
    [one] Accepter { $count } thème
   *[other] Accepter { $count } thèmes
}
themes-cancel = Annuler
themes-preview-summary = { $themes ->
    [one] { $themes } thème proposé
   *[other] { $themes } thèmes proposés
} ; { $alone ->
    [one] { $alone } réponse reste hors thème.
   *[other] { $alone } réponses restent hors thème.
}
themes-suggestion-title = Proposition { $number } : { $name }
themes-why = Regroupées pour : { $shared } · { $confidence }
themes-why-meaning = Regroupées pour ce qu'elles disent : aucun terme commun à montrer · { $confidence }
themes-meanings-failed = Le sens des réponses n'a pas pu être lu : ces propositions ne tiennent compte que de leurs mots.
themes-confidence = { $word } ({ $percent } %)
themes-confidence-high = très proches
themes-confidence-medium = assez proches
themes-confidence-low = peu proches
themes-raised-by = { $count ->
    [0] Soulevé par aucun groupe
    [one] Soulevé par { $groups }
   *[other] Soulevé par { $groups }
}
themes-theme-number = Thème { $number }
themes-theme-titled = Thème { $number } : { $name }
themes-name-of = Nom du thème { $number }
themes-statement-of = Énoncé du thème { $number }
themes-statement-hint = Une phrase qui dit ce que les groupes ont dit : les diapositives et le rapport ouvrent le thème par elle
themes-suggested = proposé
themes-accept-one = Accepter
themes-accept-named = Accepter le thème { $number }
themes-merge-into = Fusionner avec…
themes-merge-named = Fusionner le thème { $number } avec…
themes-split = Détacher les réponses cochées
themes-split-named = Détacher les réponses cochées du thème { $number }
themes-split-name = { $name } (partie)
themes-dissolve = Dissoudre
themes-dissolve-named = Dissoudre le thème { $number }
themes-select-named = Cocher la réponse { $answer } du thème { $theme }
themes-move = Déplacer vers…
themes-move-named = Déplacer la réponse { $answer } du thème { $theme } vers…
themes-move-unthemed-named = Déplacer la réponse { $answer } hors thème vers…
themes-new-theme = Un nouveau thème
themes-no-theme = Aucun thème
themes-drag-hint = Faites-la glisser sur un autre thème pour la déplacer.
themes-unthemed = { $count ->
    [one] Hors thème : { $count } réponse
   *[other] Hors thème : { $count } réponses
}
themes-new-answer = NOUVEAU

## Plénière : vote par points
vote-heading = Vote par points
vote-hint = Saisissez les points que chaque votant donne à chaque thème. Le classement ci-dessous suit les points, puis le nombre de groupes qui ont soulevé le thème.
vote-no-themes = Pas encore de thèmes pour cette question : formez-les d'abord dans la Synthèse.
vote-ranking = Classement
vote-dots-per-voter = Points par votant
vote-by = Votants :
vote-by-group = chaque groupe
vote-by-delegation = chaque délégation
vote-no-voters = Personne ne peut voter : ajoutez des groupes (ou des délégations aux groupes) dans la Préparation.
vote-theme = Thème
vote-total = Total des points
vote-cell = Points de { $voter } pour « { $theme } »
vote-dots = { $count ->
    [one] { $count } point
   *[other] { $count } points
}
vote-capped = { $voter } peut donner à ce thème { $most ->
        [one] { $most } point
       *[other] { $most } points
    } au plus ({ $share } par votant) : { $typed } saisis, { $most } attribués.
vote-left = Points restants
vote-left-named = Il reste { $count } points à { $voter }
vote-over-named = { $voter } a donné { $count ->
    [one] 1 point
   *[other] { $count } points
} de plus que chaque votant n'en a : retirez-en
vote-rank = { $rank }.
vote-rank-tied = { $rank }. (ex æquo)
vote-bar = { $dots ->
    [one] { $dots } point
   *[other] { $dots } points
} · { $count ->
    [0] soulevé par aucun groupe
   *[other] soulevé par { $groups }
}

## Diapositives
slides-unknown-group = Groupe inconnu
slides-question = Question n° { $number }
slides-question-again = Question n° { $number } (suite)
slides-theme-again = { $theme } (suite)
slides-no-answers = Aucune réponse.
slides-group-notes = Rapporteur : { $rapporteur }
slides-rank-tied = { $rank } (ex æquo)
slides-raised-by = Soulevé par { $groups } · { $dots ->
    [one] { $dots } point
   *[other] { $dots } points
}
slides-raised-by-no-vote = Soulevé par { $groups }
slides-no-themes = Aucun thème pour cette question.
slides-themes-of = Thèmes, question n° { $number }
slides-no-topic-answers = Aucun groupe n'en a parlé.
slides-topic-subtitle = Ce que les groupes en ont dit
slides-recommendations = Recommandations aux décideurs
slides-no-recommendations = Aucune recommandation.
slides-conflict = ⚠ existe aussi dans une autre version, pas encore choisie
slides-quote = « { $text } »

## Mode présentation
command-present = Présenter
plenary-present = Présenter les diapositives (F5)
plenary-speaking-minutes = Temps de parole par groupe (minutes)
plenary-slide-theme = Diapositives :
plenary-audience-window = Fenêtre pour le public sur un second écran
theme-light = Clair
theme-dark = Sombre
theme-high-contrast = Contraste élevé
presenter-audience-title = Plenary — diapositives
presenter-part = { " " }(partie { $part } sur { $of })
presenter-typed = { " " }· aller à la diapositive { $number }…
presenter-slide-of = Diapositive { $number } sur { $total }
presenter-speaking-time = Temps de parole restant : { $minutes } minutes { $seconds } secondes
presenter-current = À l'écran
presenter-next = Suivante
presenter-no-next = C'est la dernière diapositive.
presenter-keys = En mode présentation : flèche droite ou bas, Page suivante ou Espace pour avancer ; flèche gauche ou haut ou Page précédente pour reculer ; Début et Fin pour la première et la dernière ; un numéro puis Entrée pour y aller ; T change les couleurs, W ouvre la fenêtre du public, Échap pour quitter.
slide-key-next = Diapositive suivante
slide-key-previous = Diapositive précédente
slide-key-first = Première diapositive
slide-key-last = Dernière diapositive
slide-key-jump = Aller à la diapositive dont vous avez tapé le numéro
slide-key-colours = Changer les couleurs des diapositives
slide-key-audience = Ouvrir ou fermer la fenêtre du public
slide-key-leave = Quitter le mode présentation
menu-view = Affichage
menu-language = Langue
menu-theme = Thème
menu-help = Aide
menu-shortcuts = Raccourcis clavier
shortcuts-title = Raccourcis clavier
shortcuts-or = { " " }ou{ " " }
shortcuts-everywhere = Partout
shortcuts-add-answer = Ajouter la réponse
shortcuts-complete-tag = Compléter le #mot-clé
shortcuts-kind = Nature : { $kind }
shortcuts-next-question = Question suivante
shortcuts-previous-question = Question précédente
shortcuts-presenter = Mode présentation
key-right = Flèche droite
key-left = Flèche gauche
key-up = Flèche haut
key-down = Flèche bas
key-page-up = Page précédente
key-shift = Maj
key-page-down = Page suivante
key-space = Espace
key-backspace = Retour arrière
key-home = Début
key-end = Fin
key-enter = Entrée
key-escape = Échap
key-tab = Tabulation

## Fichiers illisibles ou impossibles à écrire (après « FICHIER:LIGNE:COL: »)
problem-io = impossible de lire le fichier : { $error }
problem-too-large = le fichier fait { $size } Mio ; un fichier de session fait au plus 64 Mio. Est-ce le bon fichier ?
problem-not-a-file = { $kind ->
        [folder] c'est un dossier, pas un fichier de session : choisissez un fichier .ron qu'il contient
        [device] c'est un périphérique, pas un fichier de session : choisissez un fichier .ron
        [pipe] c'est un tube, pas un fichier de session : enregistrez d'abord la session dans un fichier
       *[other] ce n'est pas un fichier ordinaire : choisissez un fichier de session .ron
    }
problem-duplicate-id = un second élément ({ $kind }) porte l'identifiant { $id } : deux éléments ne peuvent pas le partager. Le fichier a-t-il été modifié à la main ? Supprimez-en un, ou copiez à nouveau le fichier depuis l'ordinateur d'où il vient
problem-dangling = { $kind } { $id } renvoie à un élément ({ $named }) que ce fichier n'a pas ({ $named_id }) : sa réponse est conservée et présentée à part, sous Autres réponses. Le fichier a-t-il été modifié à la main, ou fusionné depuis une session préparée séparément ?
problem-write-too-large = la session occuperait { $size } Mio, plus que les { $limit } Mio que Plenary ouvre : rien n'a été écrit. Scindez la session, ou retirez les réponses devenues inutiles
item-kind = { $kind ->
        [question] question
        [topic] sujet
        [group] groupe
        [phase] étape de l'ordre du jour
        [speaker] intervenant
        [theme] thème
       *[answer] réponse
    }
problem-empty = le fichier est vide. Sa copie n'était peut-être pas terminée : copiez-le à nouveau
problem-not-utf8 = le fichier n'est pas du texte UTF-8. Est-ce bien un fichier de session Plenary ?
problem-newer-format = le fichier vient d'une version plus récente de Plenary (format { $found } ; celle-ci lit jusqu'au format { $known }). Mettez Plenary à jour pour l'ouvrir
problem-unknown-format = le format { $found } n'est pas un format de session Plenary
problem-cut-short = le fichier s'arrête au milieu, comme si sa copie avait été interrompue. Copiez-le à nouveau depuis l'ordinateur d'où il vient
problem-syntax = le fichier est endommagé ou n'est pas un fichier de session Plenary ({ $detail } ici). S'il vient de l'ordinateur d'un groupe, copiez-le à nouveau
problem-unknown-value = « { $found } » n'est pas une valeur que Plenary connaît ici (il connaît { $expected }). Le fichier a-t-il été modifié à la main ? Corrigez-le, ou copiez-le à nouveau depuis l'ordinateur d'où il vient
problem-missing-field = le champ « { $field } » de { $outer } manque. Le fichier a-t-il été modifié à la main ? Corrigez-le, ou copiez-le à nouveau depuis l'ordinateur d'où il vient
problem-missing-field-anywhere = le champ « { $field } » manque. Le fichier a-t-il été modifié à la main ? Corrigez-le, ou copiez-le à nouveau depuis l'ordinateur d'où il vient
problem-cannot-save = { $file } : impossible d'enregistrer : { $error }. La session reste ouverte ; enregistrez-la ailleurs
problem-read-only = le fichier est en lecture seule
problem-other-session = ce fichier appartient à une autre session (« { $theirs } », et non « { $ours } »). Importez-le délibérément pour reporter ses questions et ses sujets sur cette session
problem-other-session-same-title = ce fichier appartient à une autre session du même titre (« { $theirs } »), préparée séparément. Importez-le délibérément pour reporter ses questions et ses sujets sur cette session
problem-file-holds-another-session = il contient maintenant une autre session (« { $theirs } »)
problem-item-missing = cet élément n'existe plus ; il a peut-être été supprimé
problem-item-duplicate = un élément de même identifiant existe déjà
problem-item-in-use = { $count ->
    [one] 1 réponse en relève
   *[other] { $count } réponses en relèvent
} ; supprimez-les ou déplacez-les d'abord
problem-topic-of-speaker = un intervenant de la table ronde est lié à ce sujet ; détachez-le d'abord
problem-report-layout = le rapport n'a pas pu être mis en page : { $error }
problem-report-write = le rapport n'a pas pu être écrit : { $error }

welcome-heading = Bienvenue dans Plenary
welcome-intro = Plenary conduit une séance « table ronde puis ateliers » sans réseau : chaque groupe saisit ses réponses sur son propre ordinateur, les fichiers reviennent par clé USB, courriel ou dossier partagé, se fusionnent dans n’importe quel ordre et donnent un seul résultat de plénière et un rapport.
welcome-step-setup = Rédigez les questions, les groupes de travail, les sujets et l’ordre du jour.
welcome-step-panel = Minutez les intervenants et prenez des notes pour chacun.
welcome-step-break-out = Le rapporteur de chaque groupe saisit ses réponses sur l’ordinateur du groupe et enregistre le fichier du groupe.
welcome-step-synthesis = Importez les fichiers des groupes, tranchez ce qui a été modifié deux fois et regroupez les réponses en thèmes.
welcome-step-plenary = Présentez les réponses de chaque groupe et les thèmes, et votez par gommettes.
welcome-step-report = Exportez le rapport : Word, PDF, page web, Markdown ou tableur.
welcome-facilitator = J’anime la séance
welcome-open = Ouvrir un fichier de séance…
welcome-example = Partir de l’exemple du CTP 2017
welcome-blank = Commencer une séance vide
welcome-rapporteur = Je saisis les réponses d’un groupe
welcome-rapporteur-hint = Ouvrez d’abord le fichier de séance remis par l’animateur (Ouvrir un fichier de séance…), puis choisissez votre groupe : Plenary passe directement aux Ateliers.
welcome-my-group = Mon groupe
welcome-capture = Saisir les réponses de ce groupe
notice-example = Voici l’exemple du Comité technique permanent de l’OMD, mars 2017 : modifiez-le dans Préparation, puis enregistrez-le avec Ctrl+S.
menu-welcome = Premiers pas
combo-named = { $name } : { $value }
menu-bar = Barre de menus
shortcuts-close = Fermer
themes-drag-named = Réponse : { $answer }
