# Plenary, français. For now the report's fixed texts and the kinds of
# answers; the rest of the interface falls back to English until it is
# translated.

kind-benefit = Avantage
kind-use-today = Usage actuel
kind-future-use = Usage futur
kind-risk = Risque
kind-recommendation = Recommandation
kind-other = Autre

report-background = Contexte
report-panel = Panel
report-speaker = Intervenant
report-administration = Administration
report-topic = Thème
report-notes = Notes
report-question = Question
report-answers = Réponses
report-group = Groupe
report-kind = Nature
report-topics = Thèmes
report-recommendations = Recommandations aux décideurs
report-annex = Annexe : réponses de chaque groupe
report-rapporteur = Rapporteur
report-no-answers = Aucune réponse.
report-no-speakers = Aucun intervenant.
report-date = Date
report-venue = Lieu
