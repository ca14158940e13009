"""French vocabulary for the demo history: names, trades, products, what was said."""

from __future__ import annotations

from salescoach.domain.enums import TouchKind

FIRST_NAMES = (
    "Claire", "Hélène", "Jérôme", "François", "Clémence", "Loïc", "Maëlle", "Anaïs", "Benoît",
    "Céline", "Thierry", "Élodie", "Nicolas", "Sophie", "Julien", "Camille", "Stéphane",
    "Aurélie", "Mathieu", "Nathalie", "Grégoire", "Inès", "Léa", "Hugo", "Chloé", "Théo",
    "Manon", "Antoine", "Sandrine", "Frédéric", "Valérie", "Rémi", "Agnès", "Joël", "Noémie",
    "Pascal", "Émilie", "Yannick", "Océane", "Raphaël", "Laëtitia", "Cédric", "Zoé", "Gaëlle",
    "Olivier", "Isabelle", "Sébastien", "Marion", "Arnaud", "Delphine",
)  # fmt: skip
LAST_NAMES = (
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
    "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
    "Vincent", "Fournier", "Morel", "Girard", "André", "Lefebvre", "Mercier", "Dupont",
    "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau",
    "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu",
    "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin", "Masson",
    "Sanchez", "Gérard", "Nguyen", "Boyer", "Denis", "Lemaire", "Duval", "Joly", "Gautier",
    "Roger", "Roche", "Roy", "Noël", "Meyer", "Lucas", "Meunier", "Jean", "Pérez", "Marchand",
    "Dufour", "Blanchard", "Marie", "Barbier", "Brun", "Dumas", "Brunet", "Schmitt", "Leroux",
    "Colin", "Fernandez", "Pierre", "Renard", "Arnaud", "Rolland", "Caron", "Aubert",
    "Giraud", "Leclerc", "Vidal", "Bourgeois", "Renaud", "Lemoine", "Picard", "Gaillard",
    "Philippe", "Leclercq", "Lacroix", "Fabre", "Dupuis",
)  # fmt: skip
TRADES = (
    "Boulangeries", "Transports", "Atelier", "Cabinet", "Menuiserie", "Imprimerie",
    "Pharmacie", "Garage", "Laboratoires", "Clinique", "Hôtel", "Brasserie", "Fromagerie",
    "Charcuterie", "Quincaillerie", "Librairie", "Optique", "Entreprise", "Établissements",
    "Maison", "Domaine", "Agence", "Groupe", "Industries", "Bâtiment", "Plomberie",
    "Électricité", "Chaudronnerie", "Verrerie", "Tuileries", "Minoterie", "Conserverie",
    "Biscuiterie", "Cartonnages", "Textiles", "Mécanique", "Logistique", "Pépinières",
    "Caves", "Distillerie",
)  # fmt: skip
COMPANY_SUFFIXES = ("", "", "SARL", "SA", "SAS", "& Fils", "Frères", "et Associés")
SECTORS = (
    "Agroalimentaire", "Transport et logistique", "Santé", "Bâtiment", "Commerce de détail",
    "Industrie", "Hôtellerie-restauration", "Services aux entreprises", "Viticulture",
    "Édition", "Artisanat", "Automobile",
)  # fmt: skip
CITIES = (
    "Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Bordeaux", "Lille", "Rennes",
    "Strasbourg", "Montpellier", "Nice", "Grenoble", "Dijon", "Angers", "Reims", "Le Havre",
    "Clermont-Ferrand", "Tours", "Limoges", "Amiens", "Besançon", "Orléans", "Rouen", "Caen",
    "Nancy", "Metz", "Brest", "Poitiers", "Pau", "La Rochelle",
)  # fmt: skip
JOB_TITLES = (  # function names rather than titles: no "Directrice" for a Grégoire
    "Direction générale", "Gérance", "Direction financière", "Direction des achats",
    "Responsable informatique", "DSI", "Responsable RH", "Contrôle de gestion",
    "Responsable logistique", "Assistanat de direction", "Responsable d'atelier",
    "Responsable qualité", "Comptabilité",
)  # fmt: skip
PRODUCTS = (
    "Logiciel de paie", "Parc de tablettes", "Audit sécurité", "Formation commerciale",
    "Maintenance annuelle", "Migration vers le cloud", "Site e-commerce", "Caisse enregistreuse",
    "Téléphonie IP", "Copieurs multifonctions", "Logiciel de gestion commerciale",
    "Sauvegarde externalisée", "Contrat de nettoyage", "Flotte de véhicules",
    "Vidéosurveillance", "Mobilier de bureau", "Assurance flotte", "Logiciel de planning",
    "Étiquetage et traçabilité", "Borne de commande", "Réseau Wi-Fi", "Coffre-fort numérique",
    "Application mobile", "Formation Excel", "Conseil RGPD",
)  # fmt: skip
SITES = ("site de Lyon", "siège", "entrepôt Nord", "agence Ouest", "phase 2", "renouvellement")
COMPETITORS = (
    "Sage", "Cegid", "EBP", "Salesforce", "Orange Business", "Bureau Vallée", "Lyreco",
    "Manutan", "Axians", "Inetum", "un concurrent local", "le prestataire en place",
)  # fmt: skip
TOUCH_KINDS = tuple(TouchKind)
TOUCH_WEIGHTS = (40, 33, 11, 11, 3, 2)  # call, email, meeting, video call, webinar, other
OUTCOMES: dict[TouchKind, tuple[str, ...]] = {
    TouchKind.CALL: (
        "Messagerie, rappeler", "Intéressé, veut un devis", "Pas le bon moment",
        "RDV fixé", "Questions sur le prix", "Attend l'avis de la direction",
    ),
    TouchKind.EMAIL: (
        "Devis envoyé", "Relance sans réponse", "Documentation envoyée",
        "Réponse positive", "Demande de références",
    ),
    TouchKind.MEETING: (
        "Démonstration faite", "Visite du site", "Négociation du prix", "Présentation au comité",
    ),
    TouchKind.VIDEO_CALL: ("Démo en visio", "Point d'avancement", "Réunion de cadrage"),
    TouchKind.WEBINAR: ("A assisté au webinaire", "Inscrit, absent"),
    TouchKind.OTHER: ("Rencontré au salon", "Carte de vœux", "Recommandé par un client"),
}  # fmt: skip
NOTES = (
    "Budget serré cette année.", "Le dirigeant décide seul.", "Compare avec deux autres offres.",
    "Très satisfait de la démo.", "Demande un délai de paiement.", "Projet repoussé à la rentrée.",
    "Souhaite parler à un client de référence.", "Sensible au service après-vente.",
)  # fmt: skip

# Debriefs: what prospects said, what the rep learned, what they will do next time.
PROSPECT_SAID = {
    "timing": (
        "Pas avant l'an prochain, on a d'autres priorités.",
        "Revenez vers nous en septembre.",
    ),
    "budget": (
        "Le budget a été gelé jusqu'à la fin de l'exercice.",
        "On n'a pas l'enveloppe cette année.",
    ),
    "competitor_offer": (
        "Leur offre incluait la formation et la maintenance.",
        "Ils nous ont proposé un pilote gratuit.",
    ),
    "in_house": (
        "Notre DSI va le développer en interne.",
        "On a finalement recruté quelqu'un pour ça.",
    ),
    "no_decision": ("On garde notre outil actuel pour l'instant.", "Le comité n'a pas tranché."),
    "no_decision_maker": (
        "C'est la direction générale qui a décidé, sans nous consulter.",
        "Le patron a dit non.",
    ),
    "needs_misunderstood": (
        "Votre solution ne traite pas notre vrai problème.",
        "On cherchait surtout à gagner du temps sur la saisie.",
    ),
    "price": ("Trop cher pour ce que c'est.", "Vous êtes 20 % au-dessus des autres."),
    "missing_capability": (
        "Il nous faut l'intégration avec notre ERP.",
        "Pas de version mobile, c'est bloquant.",
    ),
    "unresponsive": ("",),
    "poor_fit": ("On est trop petits pour ce genre d'outil.", "Ce n'est pas notre métier."),
    "other": ("Réorganisation en cours, tout est suspendu.",),
}
LESSONS = (
    "J'aurais dû identifier le décideur dès le premier rendez-vous.",
    "Je n'ai pas assez creusé leur problème avant de chiffrer.",
    "La proposition est arrivée sans avoir été présentée : effet de surprise sur le prix.",
    "Je ne savais pas qu'ils voyaient un concurrent : demander plus tôt.",
    "Un cas client du même secteur aurait pu faire la différence.",
    "Bonne relation avec l'utilisateur, mais aucun lien avec la direction.",
    "Le timing n'était pas le bon ; garder le contact.",
    "Cycle trop long : fixer une date de décision dès la proposition.",
)
NEXT_ACTIONS = (
    "Demander « qui signe ? » avant la première démo.",
    "Reformuler le besoin par écrit et le faire valider.",
    "Présenter la proposition en rendez-vous avant de l'envoyer.",
    "Demander quels autres prestataires sont consultés.",
    "Envoyer un cas client après chaque premier rendez-vous.",
    "Fixer la date de décision avec le client dès la proposition.",
)
QUESTION_NOTES = (
    "Seulement l'utilisateur final.",
    "Je suis passé trop vite sur la découverte.",
    "Le prix a surpris.",
    "Appris trop tard.",
    "Aucun contenu envoyé.",
    "Réponse évasive.",
)
