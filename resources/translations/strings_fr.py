# ruff: noqa: E501  (a table of UI strings: one line per string reads best)
"""French UI strings: {English source: French}; fill_translations.py writes them into lumichats_fr.ts."""

FR = {
    "Send the message": "Envoyer le message",
    "New line in the message": "Nouvelle ligne dans le message",
    "Next / previous control": "Contrôle suivant / précédent",
    "Actions of the focused message or conversation": "Actions du message ou de la conversation sélectionnés",
    "Open the focused conversation or press the focused button": (
        "Ouvrir la conversation sélectionnée ou activer le bouton sélectionné"
    ),
    "About LumiChats": "À propos de LumiChats",
    "A private assistant that runs on your own computer.": "Un assistant privé qui tourne sur votre propre ordinateur.",
    "Model: %s": "Modèle : %s",
    "Images can be attached once a model that sees them has loaded.": (
        "Les images peuvent être jointes une fois chargé un modèle capable de les voir."
    ),
    "Attach documents (text, Markdown, code, CSV, JSON, HTML, PDF) or images (Ctrl+Shift+A)": (
        "Joindre des documents (texte, Markdown, code, CSV, JSON, HTML, PDF) ou des images (Ctrl+Shift+A)"
    ),
    "Attach an image: PNG, JPEG or WebP (Ctrl+Shift+I)": "Joindre une image : PNG, JPEG ou WebP (Ctrl+Shift+I)",
    "%1 was not attached: %2": "%1 n’a pas été joint : %2",
    "%1 was not attached: at most %2 files go with one message.": (
        "%1 n’a pas été joint : un message accepte au plus %2 fichiers."
    ),
    "Documents and images": "Documents et images",
    "Images": "Images",
    "Documents": "Documents",
    "Attach files": "Joindre des fichiers",
    "pasted image": "image collée",
    "Remove %1": "Retirer %1",
    "No model": "Aucun modèle",
    "Loading the model": "Chargement du modèle",
    "Loading %s…": "Chargement de %s…",
    "about %s left": "environ %s restantes",
    "Writing…": "Rédaction…",
    "Context: %d / %d tokens": "Contexte : %d / %d jetons",
    " (%d oldest messages left out)": " (%d messages les plus anciens omis)",
    "%.1f tokens/s · first token %.2f s": "%.1f jetons/s · premier jeton %.2f s",
    "Messages": "Messages",
    "Show %n earlier message(s)": ("Afficher %n message précédent", "Afficher %n messages précédents"),
    "Copy message": "Copier le message",
    "Edit message": "Modifier le message",
    "Regenerate reply": "Régénérer la réponse",
    "Delete message": "Supprimer le message",
    "Message LumiChats… (Enter to send, Shift+Enter for a new line)": (
        "Écrire à LumiChats… (Entrée pour envoyer, Maj+Entrée pour une nouvelle ligne)"
    ),
    "Message": "Message",
    "Write to LumiChats. Alt+Up moves to the newest message.": (
        "Écrivez à LumiChats. Alt+Haut mène au message le plus récent."
    ),
    "Training data": "Données d’entraînement",
    "Conversations in ShareGPT or messages form: .json, .jsonl or .parquet.": (
        "Conversations au format ShareGPT ou messages : .json, .jsonl ou .parquet."
    ),
    "The bundled sample (40 conversations in 10 languages)": "L’échantillon fourni (40 conversations en 10 langues)",
    "A file on this computer": "Un fichier sur cet ordinateur",
    "A Hugging Face dataset (downloaded when the run starts)": (
        "Un jeu de données Hugging Face (téléchargé au début de l’entraînement)"
    ),
    "…/conversations.jsonl": "…/conversations.jsonl",
    "Browse…": "Parcourir…",
    "Held out for evaluation:": "Réservé pour l’évaluation :",
    "Conversations (*.json *.jsonl *.parquet)": "Conversations (*.json *.jsonl *.parquet)",
    "The trainer downloads and checks this dataset when the run starts.": (
        "L’entraîneur télécharge et vérifie ce jeu de données au début de l’entraînement."
    ),
    "Reading the first rows…": "Lecture des premières lignes…",
    "The first %n rows:": "Les %n premières lignes :",
    "Document too long": "Document trop long",
    "%1 needs about %2 tokens, but only about %3 are free in this chat (its context holds %4 tokens and %5 are kept for the reply). The whole document cannot be sent.\n\nSend only its beginning? Choose how many characters (of %6) to include; the model is told that the rest was left out.": (
        "%1 demande environ %2 jetons, mais seulement %3 environ sont libres dans cette conversation "
        "(son contexte contient %4 jetons et %5 sont réservés à la réponse). Le document entier ne peut "
        "pas être envoyé.\n\nN’envoyer que son début ? Choisissez combien de caractères (sur %6) inclure ; "
        "le modèle est informé que le reste a été omis."
    ),
    " characters": " caractères",
    "Characters to send": "Caractères à envoyer",
    "Send the beginning": "Envoyer le début",
    "Nothing of it fits: shorten your message or raise the context limit.": (
        "Rien n’y tient : raccourcissez votre message ou augmentez la limite de contexte."
    ),
    "%1% of the document": "%1 % du document",
    "Unpacking the embedded model (first run only)": "Décompression du modèle intégré (premier lancement seulement)",
    "Reading the model file": "Lecture du fichier du modèle",
    "Reading the tokenizer": "Lecture du tokeniseur",
    "Unpacking the weights": "Décompression des poids",
    "Saving": "Enregistrement",
    "Ready": "Prêt",
    "Loading data": "Chargement des données",
    "Evaluating on held-out conversations": "Évaluation sur les conversations réservées",
    "Training": "Entraînement",
    "Saving the adapter": "Enregistrement de l’adaptateur",
    "Starting": "Démarrage",
    "Fine-tune a LumiChats adapter": "Affiner un adaptateur LumiChats",
    "The trainer could not start: %s": "L’entraîneur n’a pas pu démarrer : %s",
    "A training run is going; check again when it ends.": (
        "Un entraînement est en cours ; vérifiez à nouveau quand il sera terminé."
    ),
    "Checking… (tokenizing the data and sizing the run)": (
        "Vérification… (tokenisation des données et estimation de l’entraînement)"
    ),
    "The check stopped unexpectedly (exit code %s).": "La vérification s’est arrêtée de façon inattendue (code de sortie %s).",
    "Dropped rows (%1 in all):": "Lignes écartées (%1 au total) :",
    "%1 conversations for training, %2 held out.": "%1 conversations pour l’entraînement, %2 réservées.",
    "Stop training? A checkpoint is saved and Resume continues from it.": (
        "Arrêter l’entraînement ? Un point de contrôle est enregistré et Reprendre repart de là."
    ),
    "Training is running. Stop it (keeping a checkpoint) and close?": (
        "L’entraînement est en cours. L’arrêter (en gardant un point de contrôle) et fermer ?"
    ),
    "Done": "Terminé",
    "Chat with it": "Discuter avec lui",
    "Held-out loss: %1 before, %2 after (lower is better).\nThe adapter is in %3.": (
        "Perte sur les données réservées : %1 avant, %2 après (plus bas, c’est mieux).\nL’adaptateur est dans %3."
    ),
    "The loss appears here once training starts.": "La perte s’affiche ici dès que l’entraînement commence.",
    "step (of %n)": "étape (sur %n)",
    "Send": "Envoyer",
    "Sends the message; while a reply is written, stops it.": (
        "Envoie le message ; pendant la rédaction d’une réponse, l’arrête."
    ),
    "&File": "&Fichier",
    "New chat": "Nouvelle conversation",
    "Import conversations…": "Importer des conversations…",
    "Export all conversations…": "Exporter toutes les conversations…",
    "Models…": "Modèles…",
    "Fine-tune…": "Affiner…",
    "Quit": "Quitter",
    "&Conversation": "&Conversation",
    "Settings…": "Paramètres…",
    "Stop reply": "Arrêter la réponse",
    "Search": "Rechercher",
    "&View": "&Affichage",
    "Larger text": "Texte plus grand",
    "Smaller text": "Texte plus petit",
    "Actual text size": "Taille de texte réelle",
    "Previous message": "Message précédent",
    "Next message": "Message suivant",
    "Go to the message box": "Aller à la zone de message",
    "Go to the conversation list": "Aller à la liste des conversations",
    "Text size %d%%": "Taille du texte %d %%",
    "LumiChats is writing a reply.": "LumiChats rédige une réponse.",
    "The reply failed: %s": "La réponse a échoué : %s",
    "Reply stopped.": "Réponse arrêtée.",
    "LumiChats replied: %s": "LumiChats a répondu : %s",
    "Something went wrong: %s": "Un problème est survenu : %s",
    "Recover": "Récupérer",
    "%1 cannot see images; LumiChats 4B can: load it in Models (Ctrl+M).": (
        "%1 ne peut pas voir les images ; LumiChats 4B le peut : chargez-le dans Modèles (Ctrl+M)."
    ),
    "Chat with %s": "Discuter avec %s",
    "You are chatting with LumiChats 270M, a small model that works offline. It handles simple questions and often gets facts wrong. LumiChats 4B is the real assistant: get it in Models (Ctrl+M).": (
        "Vous discutez avec LumiChats 270M, un petit modèle qui fonctionne hors ligne. Il gère les questions "
        "simples et se trompe souvent sur les faits. LumiChats 4B est le véritable assistant : obtenez-le "
        "dans Modèles (Ctrl+M)."
    ),
    "Retry": "Réessayer",
    "Load on the CPU": "Charger sur le CPU",
    "Use LumiChats 270M": "Utiliser LumiChats 270M",
    "Recovering conversations from %s…": "Récupération des conversations depuis %s…",
    "Rename": "Renommer",
    "Title:": "Titre :",
    "Conversation deleted.": "Conversation supprimée.",
    "Stop": "Arrêter",
    "The reply could not start: %s": "La réponse n’a pas pu démarrer : %s",
    "The model ended its reply without writing anything.": "Le modèle a terminé sa réponse sans rien écrire.",
    "Message:": "Message :",
    "&Help": "&Aide",
    "Keyboard shortcuts": "Raccourcis clavier",
    "You": "Vous",
    "Previous alternative": "Variante précédente",
    "Next alternative": "Variante suivante",
    "Copy": "Copier",
    "Copy this message": "Copier ce message",
    "Continue": "Continuer",
    "Go on writing this reply": "Poursuivre cette réponse",
    "Write this reply again": "Réécrire cette réponse",
    "Alt+Up and Alt+Down move between messages; Tab reaches this message's actions.": (
        "Alt+Haut et Alt+Bas passent d’un message à l’autre ; Tab atteint les actions de ce message."
    ),
    "Copy code block %d": "Copier le bloc de code %d",
    "Regenerate": "Régénérer",
    "Write another reply": "Écrire une autre réponse",
    "Edit": "Modifier",
    "Edit and resend": "Modifier et renvoyer",
    "Delete": "Supprimer",
    "Delete this message": "Supprimer ce message",
    "Alternative %d of %d": "Variante %d sur %d",
    "stopped": "arrêtée",
    "error": "erreur",
    "writing…": "rédaction…",
    "interrupted": "interrompue",
    "Base model": "Modèle de base",
    "The adapter is trained on this model; check that it fits before you start.": (
        "L’adaptateur est entraîné sur ce modèle ; vérifiez qu’il tient en mémoire avant de commencer."
    ),
    "Load the base in 4-bit (QLoRA): a quarter of the memory, a bit slower": (
        "Charger la base en 4 bits (QLoRA) : un quart de la mémoire, un peu plus lent"
    ),
    "Check data and memory": "Vérifier les données et la mémoire",
    "Not checked yet.": "Pas encore vérifié.",
    "Model:": "Modèle :",
    "Models": "Modèles",
    "Checking this computer's hardware…": "Vérification du matériel de cet ordinateur…",
    "Model": "Modèle",
    "Status": "État",
    "Size": "Taille",
    "Kind": "Type",
    "Fits here?": "Tient ici ?",
    "Details": "Détails",
    "Download": "Télécharger",
    "Pause": "Pause",
    "Delete…": "Supprimer…",
    "Set as default": "Définir par défaut",
    "Use now": "Utiliser maintenant",
    "Import .gguf…": "Importer un .gguf…",
    "Use a folder…": "Utiliser un dossier…",
    "A Hub repo id, e.g. google/gemma-3-4b-it or an adapter repo": (
        "Un identifiant de dépôt du Hub, p. ex. google/gemma-3-4b-it ou un dépôt d’adaptateur"
    ),
    "Add from the Hub": "Ajouter depuis le Hub",
    "Hugging Face token:": "Jeton Hugging Face :",
    "hf_… (needed for gated or private repos)": "hf_… (nécessaire pour les dépôts restreints ou privés)",
    "Save token": "Enregistrer le jeton",
    "Remove token": "Supprimer le jeton",
    "Close": "Fermer",
    "A token is saved. ": "Un jeton est enregistré. ",
    "No token saved. ": "Aucun jeton enregistré. ",
    "Resume": "Reprendre",
    "Asking the Hub about %s…": "Interrogation du Hub sur %s…",
    "Type a Hub repo id as owner/name, e.g. google/gemma-3-4b-it.": (
        "Saisissez un identifiant de dépôt du Hub sous la forme propriétaire/nom, p. ex. google/gemma-3-4b-it."
    ),
    "Deleting %s…": "Suppression de %s…",
    "Delete model": "Supprimer le modèle",
    "Delete %1 (%2) from this computer? Downloading it again takes a while.": (
        "Supprimer %1 (%2) de cet ordinateur ? Le télécharger à nouveau prend du temps."
    ),
    "Import a GGUF model": "Importer un modèle GGUF",
    "A model or adapter folder": "Un dossier de modèle ou d’adaptateur",
    "%s holds neither config.json (a model) nor adapter_config.json (an adapter).": (
        "%s ne contient ni config.json (un modèle) ni adapter_config.json (un adaptateur)."
    ),
    "%s is ready.": "%s est prêt.",
    "Download running": "Téléchargement en cours",
    "Pause the download and close? It resumes later.": "Mettre le téléchargement en pause et fermer ? Il reprendra plus tard.",
    "Dismiss": "Ignorer",
    "Dismiss this notice": "Ignorer cet avis",
    "Information": "Information",
    "Warning": "Avertissement",
    "Error": "Erreur",
    "code": "code",
    "Copy code": "Copier le code",
    "The trainer runs in its own process; the app stays usable meanwhile.": (
        "L’entraîneur tourne dans son propre processus ; l’application reste utilisable pendant ce temps."
    ),
    "Stop (keeps a checkpoint)": "Arrêter (garde un point de contrôle)",
    "  Held-out loss before: %s": "  Perte sur les données réservées avant : %s",
    "Stopping: finishing this step and saving a checkpoint…": (
        "Arrêt : fin de cette étape et enregistrement d’un point de contrôle…"
    ),
    "Let other programs use the loaded model (OpenAI-compatible API)": (
        "Laisser d’autres programmes utiliser le modèle chargé (API compatible OpenAI)"
    ),
    "Optional on this computer; clients send it as a Bearer token": (
        "Facultative sur cet ordinateur ; les clients l’envoient comme jeton Bearer"
    ),
    "Also accept other computers on the network (needs an API key)": (
        "Accepter aussi d’autres ordinateurs du réseau (nécessite une clé d’API)"
    ),
    "None: web pages cannot call the server": "Aucune : les pages web ne peuvent pas appeler le serveur",
    "Save API conversations in the chat history": "Enregistrer les conversations de l’API dans l’historique",
    "Off": "Désactivé",
    "Port": "Port",
    "API key": "Clé d’API",
    "Allowed web origins": "Origines web autorisées",
    "Local API server not started: %s": "Serveur d’API local non démarré : %s",
    "API: %1 · requests served: %2": "API : %1 · requêtes servies : %2",
    " · generating for another program…": " · génération pour un autre programme…",
    "Settings": "Paramètres",
    "Instructions for this conversation (optional)": "Instructions pour cette conversation (facultatif)",
    "System prompt": "Invite système",
    "App default": "Valeur par défaut de l’application",
    "LoRA adapter folder (optional)": "Dossier de l’adaptateur LoRA (facultatif)",
    "Adapter": "Adaptateur",
    "0 always picks the most likely word; higher is more varied.": (
        "0 choisit toujours le mot le plus probable ; plus haut donne plus de variété."
    ),
    "0 turns top-k off.": "0 désactive top-k.",
    "Stops the reply from repeating itself: words that would repeat an earlier passage of the reply become less likely. 0 turns it off.": (
        "Empêche la réponse de se répéter : les mots qui reprendraient un passage antérieur de la réponse "
        "deviennent moins probables. 0 la désactive."
    ),
    "Temperature": "Température",
    "Top-p": "Top-p",
    "Top-k": "Top-k",
    "Min-p": "Min-p",
    "Repetition penalty": "Pénalité de répétition",
    "Loop guard": "Garde anti-boucle",
    "Max reply length (tokens)": "Longueur maximale de la réponse (jetons)",
    "This conversation": "Cette conversation",
    "Follow the system": "Suivre le système",
    "Light": "Clair",
    "Dark": "Sombre",
    "Enter sends, Shift+Enter new line": "Entrée envoie, Maj+Entrée nouvelle ligne",
    "Ctrl+Enter sends, Enter new line": "Ctrl+Entrée envoie, Entrée nouvelle ligne",
    "Best available": "Le meilleur disponible",
    "Theme": "Thème",
    "Language (next start)": "Langue (au prochain démarrage)",
    "Send with": "Envoyer avec",
    "Default model (next start)": "Modèle par défaut (au prochain démarrage)",
    "Context limit (tokens)": "Limite de contexte (jetons)",
    "Default reply length": "Longueur de réponse par défaut",
    "App": "Application",
    "Local API server": "Serveur d’API local",
    "The LumiChats recipe is filled in; the defaults are a good start.": (
        "La recette LumiChats est préremplie ; les valeurs par défaut sont un bon point de départ."
    ),
    "LoRA rank r (capacity of the adapter):": "Rang LoRA r (capacité de l’adaptateur) :",
    "LoRA alpha (scale; r and alpha equal is the recipe):": "LoRA alpha (échelle ; la recette prend r et alpha égaux) :",
    "Learning rate:": "Taux d’apprentissage :",
    "Batch size (conversations per step on the device):": "Taille de lot (conversations par étape sur l’appareil) :",
    "Gradient accumulation (batches per optimizer step):": (
        "Accumulation de gradient (lots par étape de l’optimiseur) :"
    ),
    "Steps:": "Étapes :",
    "Maximum length in tokens (longer ones are cut):": "Longueur maximale en jetons (les plus longues sont coupées) :",
    "Adapter name:": "Nom de l’adaptateur :",
    "Saved in:": "Enregistré dans :",
    "Show advanced settings": "Afficher les paramètres avancés",
    "Learning-rate schedule:": "Programme du taux d’apprentissage :",
    "Warm-up steps:": "Étapes de préchauffage :",
    "Checkpoint every (steps):": "Point de contrôle toutes les (étapes) :",
    "Held-out loss every (steps, 0 = only before and after):": (
        "Perte sur les données réservées toutes les (étapes, 0 = seulement avant et après) :"
    ),
    "Seed:": "Graine :",
    "Use all %n GPUs (one trainer process each; the same batch per step)": (
        "Utiliser %n GPU (un processus d’entraînement par GPU ; le même lot par étape)",
        "Utiliser les %n GPU (un processus d’entraînement par GPU ; le même lot par étape)",
    ),
    "Action": "Action",
    "Keys": "Touches",
    "Starts an empty conversation (Ctrl+N).": "Démarre une conversation vide (Ctrl+N).",
    "New chat (Ctrl+N)": "Nouvelle conversation (Ctrl+N)",
    "Search conversations": "Rechercher dans les conversations",
    "Search conversations (Ctrl+F)": "Rechercher dans les conversations (Ctrl+F)",
    "Conversations": "Conversations",
    "Enter opens a conversation; F2 renames it, Delete deletes it, the Menu key shows the rest.": (
        "Entrée ouvre une conversation ; F2 la renomme, Suppr la supprime, la touche Menu affiche le reste."
    ),
    "Undo": "Annuler",
    "Brings back the conversation just deleted (Ctrl+Z).": "Rétablit la conversation qui vient d’être supprimée (Ctrl+Z).",
    "%s, pinned": "%s, épinglée",
    "No matches": "Aucun résultat",
    "Unpin": "Désépingler",
    "Pin": "Épingler",
    "Export as Markdown…": "Exporter en Markdown…",
    "Export as JSON…": "Exporter en JSON…",
    "Export conversation": "Exporter la conversation",
    "Export all": "Tout exporter",
    "Import conversations": "Importer des conversations",
    "Import its conversations again, as copies?": "Importer à nouveau ses conversations, sous forme de copies ?",
    "Import copies": "Importer des copies",
    "Skip": "Passer",
    "What can I help you with?": "Comment puis-je vous aider ?",
    "LumiChats runs on this computer: what you write here stays here. Try one of these:": (
        "LumiChats tourne sur cet ordinateur : ce que vous écrivez ici reste ici. Essayez l’un de ces exemples :"
    ),
    "Puts this example in the message box, ready to send or edit.": (
        "Place cet exemple dans la zone de message, prêt à être envoyé ou modifié."
    ),
    "Explain how a rainbow forms, in three sentences.": "Explique comment se forme un arc-en-ciel, en trois phrases.",
    "Write a short, friendly email declining a meeting.": "Écris un e-mail court et aimable pour décliner une réunion.",
    "Give me five ideas for a quick vegetarian dinner.": "Donne-moi cinq idées de dîner végétarien rapide.",
    "Write a Python function that reverses the words in a sentence.": (
        "Écris une fonction Python qui inverse l’ordre des mots d’une phrase."
    ),
    "%1 %2/%3: %4": "%1 %2/%3 : %4",
    "%1 tokens/s": "%1 jetons/s",
    "peak %1 GB": "pic %1 Go",
    "Fits: about %1 GB needed, %2 GB free on %3.": "Ça tient : environ %1 Go nécessaires, %2 Go libres sur %3.",
    "Will not fit: about %1 GB needed, %2 GB free on %3. Lower the maximum length or the batch size, turn on 4-bit, or pick a smaller base model.": (
        "Ça ne tiendra pas : environ %1 Go nécessaires, %2 Go libres sur %3. Réduisez la longueur maximale ou "
        "la taille de lot, activez le 4 bits ou choisissez un modèle de base plus petit."
    ),
    "The conversation database was written by a newer LumiChats (schema %1; this version knows %2). It was kept as %3; update LumiChats to see those conversations again. A new database was started.": "La base de conversations a été écrite par une version plus récente de LumiChats (schéma %1 ; cette version connaît le %2). Elle a été conservée sous le nom %3 ; mettez LumiChats à jour pour retrouver ces conversations. Une nouvelle base a été créée.",
    "The conversation database was damaged (%1). It was kept unchanged as %2 in %3 and a new, empty database was started. Press Recover to copy every conversation that can still be read into the new database, now or later from File > Recover conversations from a damaged file…": "La base de conversations était endommagée (%1). Elle a été conservée telle quelle sous le nom %2 dans %3 et une nouvelle base vide a été créée. Appuyez sur Récupérer pour copier dans la nouvelle base toutes les conversations encore lisibles, maintenant ou plus tard depuis Fichier > Récupérer des conversations depuis un fichier endommagé…",
    "Nothing could be read from %1: it may not be a LumiChats conversation database. The file was not changed.": "Rien n'a pu être lu dans %1 : ce n'est peut-être pas une base de conversations LumiChats. Le fichier n'a pas été modifié.",
    "Recovered %1 conversation(s) and %2 message(s) from %3.": "%1 conversation(s) et %2 message(s) récupérés depuis %3.",
    "%1 attached file(s) came back with them.": "%1 pièce(s) jointe(s) sont revenues avec eux.",
    "Up to %1 message(s) could not be read.": "Jusqu'à %1 message(s) n'ont pas pu être lus.",
    "%1 attachment(s) were damaged and left out.": "%1 pièce(s) jointe(s) étaient endommagées et ont été laissées de côté.",
    "The damaged file was not changed.": "Le fichier endommagé n'a pas été modifié.",
    "%1, set aside %2, %3": "%1, mis de côté le %2, %3",
    " (recovered from on %1)": " (récupéré le %1)",
    "Recover conversations": "Récupérer des conversations",
    "Damaged copies of the conversation database kept in %1:": "Copies endommagées de la base de conversations conservées dans %1 :",
    "No damaged conversation database is kept in %1. LumiChats sets a damaged database aside there when it finds one at start; to recover from a copy kept elsewhere, choose the file.": "Aucune base de conversations endommagée n'est conservée dans %1. LumiChats y met de côté une base endommagée quand il en trouve une au démarrage ; pour récupérer depuis une copie conservée ailleurs, choisissez le fichier.",
    "Damaged database files": "Fichiers de base endommagés",
    "Choose another file…": "Choisir un autre fichier…",
    "Conversations from this file were already recovered on %1. Recovering again adds them a second time.": "Les conversations de ce fichier ont déjà été récupérées le %1. Les récupérer à nouveau les ajoute une seconde fois.",
    "Conversation databases (*.sqlite3*);;All files (*)": "Bases de conversations (*.sqlite3*);;Tous les fichiers (*)",
    "Recover conversations from a damaged file…": "Récupérer des conversations depuis un fichier endommagé…",
    "Could not recover from %1: %2. The file was not changed.": "Impossible de récupérer depuis %1 : %2. Le fichier n'a pas été modifié.",
    # hui3: the wizard walk
    "Finished: the adapter is saved. Next shows the result.": "Terminé : l’adaptateur est enregistré. Suivant affiche le résultat.",
    "Stopped before the first step. Resume starts the run again.": "Arrêté avant la première étape. Reprendre relance l’entraînement.",
    "Stopped at step %1 of %2. A checkpoint is kept: Resume continues from it.": "Arrêté à l’étape %1 sur %2. Un point de reprise est conservé : Reprendre continue à partir de lui.",
    "The run stopped with an error (below).": "L’entraînement s’est arrêté sur une erreur (ci-dessous).",
    "Starting the trainer…": "Démarrage de l’entraînement…",
    "Finished": "Terminé",
    "Stopped": "Arrêté",
    "Failed": "Échec",
    "this computer (CPU)": "cet ordinateur (CPU)",
    "the GPU": "le GPU",
    "%1 tokens": "%1 jetons",
    "Conversation lengths:": "Longueur des conversations :",
    "%1, row %2: %3": "%1, ligne %2 : %3",
    "%1: %2 rows, %3 kept, %4 dropped": "%1 : %2 lignes, %3 gardées, %4 écartées",
    "fixed (%1): %2": "corrigées (%1) : %2",
    "dropped (%1): %2": "écartées (%1) : %2",
    "Dropped rows:": "Lignes écartées :",
    "Fixed rows:": "Lignes corrigées :",
    "… and %1 more": "… et %1 de plus",
    "user": "utilisateur",
    "assistant": "assistant",
    "system": "système",
    "Choose a file (.json, .jsonl or .parquet) with Browse…, or type its path above.": "Choisissez un fichier (.json, .jsonl ou .parquet) avec Parcourir…, ou tapez son chemin ci-dessus.",
    "%1 does not exist. Choose a .json, .jsonl or .parquet file.": "%1 n’existe pas. Choisissez un fichier .json, .jsonl ou .parquet.",
    "%1 is not a .json, .jsonl or .parquet file. Save the conversations in one of those forms.": "%1 n’est pas un fichier .json, .jsonl ou .parquet. Enregistrez les conversations dans l’un de ces formats.",
    "%1 is empty. It needs conversations: one JSON object per line (.jsonl), or a JSON array.": "%1 est vide. Il faut des conversations : un objet JSON par ligne (.jsonl), ou un tableau JSON.",
    'None of the first rows of %1 is a conversation to train on. Each row needs a "conversations" (ShareGPT) or "messages" list with a question and a reply.': 'Aucune des premières lignes de %1 n’est une conversation utilisable pour l’entraînement. Chaque ligne doit contenir une liste "conversations" (ShareGPT) ou "messages" avec une question et une réponse.',
    "linear (falls to zero)": "linéaire (descend jusqu’à zéro)",
    "cosine (falls to zero, gently at both ends)": "cosinus (descend jusqu’à zéro, en douceur aux deux bouts)",
    "constant": "constant",
    "%1 pages": "%1 pages",
    "first %1 of %2 characters": "les %1 premiers caractères sur %2",
}
