<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name />
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="100" />
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="101" />
        <source>New line in the message</source>
        <translation>Nouvelle ligne dans le message</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="102" />
        <source>Next / previous control</source>
        <translation>Contrôle suivant / précédent</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="103" />
        <source>Actions of the focused message or conversation</source>
        <translation>Actions du message ou de la conversation sélectionnés</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="104" />
        <source>Open the focused conversation or press the focused button</source>
        <translation>Ouvrir la conversation sélectionnée ou activer le bouton sélectionné</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="140" />
        <source>About LumiChats</source>
        <translation>À propos de LumiChats</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="144" />
        <source>A private assistant that runs on your own computer.</source>
        <translation>Un assistant privé qui tourne sur votre propre ordinateur.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="146" />
        <source>Model: %s</source>
        <translation>Modèle : %s</translation>
    </message>
</context>
<context>
    <name>AttachmentBar</name>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="168" />
        <source>Images can be attached once a model that sees them has loaded.</source>
        <translation>Les images peuvent être jointes une fois chargé un modèle capable de les voir.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="172" />
        <source>Attach documents (text, Markdown, code, CSV, JSON, HTML, PDF) or images (Ctrl+Shift+A)</source>
        <translation>Joindre des documents (texte, Markdown, code, CSV, JSON, HTML, PDF) ou des images (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="203" />
        <source>Attach an image: PNG, JPEG or WebP (Ctrl+Shift+I)</source>
        <translation>Joindre une image : PNG, JPEG ou WebP (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="211" />
        <source>%1 was not attached: %2</source>
        <translation>%1 n’a pas été joint : %2</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="218" />
        <source>%1 was not attached: at most %2 files go with one message.</source>
        <translation>%1 n’a pas été joint : un message accepte au plus %2 fichiers.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="260" />
        <source>Documents and images</source>
        <translation>Documents et images</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="260" />
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="262" />
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="265" />
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="338" />
        <source>pasted image</source>
        <translation>image collée</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="75" />
        <source>%1 pages</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="79" />
        <source>first %1 of %2 characters</source>
        <translation>les %1 premiers caractères sur %2</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="130" />
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
</context>
<context>
    <name>ChatStatusBar</name>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="20" />
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="65" />
        <source>No model</source>
        <translation>Aucun modèle</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="26" />
        <source>Loading the model</source>
        <translation>Chargement du modèle</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="35" />
        <source>Loading %s…</source>
        <translation>Chargement de %s…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="49" />
        <source>about %s left</source>
        <translation>environ %s restantes</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="71" />
        <source>Writing…</source>
        <translation>Rédaction…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="75" />
        <source>Context: %d / %d tokens</source>
        <translation>Contexte : %d / %d jetons</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="77" />
        <source> (%d oldest messages left out)</source>
        <translation> (%d messages les plus anciens omis)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="90" />
        <source>%.1f tokens/s · first token %.2f s</source>
        <translation>%.1f jetons/s · premier jeton %.2f s</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../lumichats_desktop/ui/chat_view.py" line="78" />
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lumichats_desktop/ui/chat_view.py" line="145" />
        <source>Show %n earlier message(s)</source>
        <translation><numerusform>Afficher %n message précédent</numerusform><numerusform>Afficher %n messages précédents</numerusform></translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/chat_view.py" line="259" />
        <source>Copy message</source>
        <translation>Copier le message</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/chat_view.py" line="261" />
        <source>Edit message</source>
        <translation>Modifier le message</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/chat_view.py" line="266" />
        <source>Regenerate reply</source>
        <translation>Régénérer la réponse</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/chat_view.py" line="271" />
        <source>Delete message</source>
        <translation>Supprimer le message</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../lumichats_desktop/ui/composer.py" line="27" />
        <source>Message LumiChats… (Enter to send, Shift+Enter for a new line)</source>
        <translation>Écrire à LumiChats… (Entrée pour envoyer, Maj+Entrée pour une nouvelle ligne)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/composer.py" line="28" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/composer.py" line="29" />
        <source>Write to LumiChats. Alt+Up moves to the newest message.</source>
        <translation>Écrivez à LumiChats. Alt+Haut mène au message le plus récent.</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="61" />
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="106" />
        <source>Training data</source>
        <translation>Données d’entraînement</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="62" />
        <source>Conversations in ShareGPT or messages form: .json, .jsonl or .parquet.</source>
        <translation>Conversations au format ShareGPT ou messages : .json, .jsonl ou .parquet.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="64" />
        <source>The bundled sample (40 conversations in 10 languages)</source>
        <translation>L’échantillon fourni (40 conversations en 10 langues)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="65" />
        <source>A file on this computer</source>
        <translation>Un fichier sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="66" />
        <source>A Hugging Face dataset (downloaded when the run starts)</source>
        <translation>Un jeu de données Hugging Face (téléchargé au début de l’entraînement)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="69" />
        <source>…/conversations.jsonl</source>
        <translation>…/conversations.jsonl</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="70" />
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="92" />
        <source>Held out for evaluation:</source>
        <translation>Réservé pour l’évaluation :</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="106" />
        <source>Conversations (*.json *.jsonl *.parquet)</source>
        <translation>Conversations (*.json *.jsonl *.parquet)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="132" />
        <source>The trainer downloads and checks this dataset when the run starts.</source>
        <translation>L’entraîneur télécharge et vérifie ce jeu de données au début de l’entraînement.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="138" />
        <source>Choose a file (.json, .jsonl or .parquet) with Browse…, or type its path above.</source>
        <translation>Choisissez un fichier (.json, .jsonl ou .parquet) avec Parcourir…, ou tapez son chemin ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="144" />
        <source>Reading the first rows…</source>
        <translation>Lecture des premières lignes…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="162" />
        <source>The first %n rows:</source>
        <translation><numerusform>Les %n premières lignes :</numerusform><numerusform>Les %n premières lignes :</numerusform></translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="190" />
        <source>%1 does not exist. Choose a .json, .jsonl or .parquet file.</source>
        <translation>%1 n’existe pas. Choisissez un fichier .json, .jsonl ou .parquet.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="195" />
        <source>%1 is not a .json, .jsonl or .parquet file. Save the conversations in one of those forms.</source>
        <translation>%1 n’est pas un fichier .json, .jsonl ou .parquet. Enregistrez les conversations dans l’un de ces formats.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="199" />
        <source>%1 is empty. It needs conversations: one JSON object per line (.jsonl), or a JSON array.</source>
        <translation>%1 est vide. Il faut des conversations : un objet JSON par ligne (.jsonl), ou un tableau JSON.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="202" />
        <source>None of the first rows of %1 is a conversation to train on. Each row needs a "conversations" (ShareGPT) or "messages" list with a question and a reply.</source>
        <translation>Aucune des premières lignes de %1 n’est une conversation utilisable pour l’entraînement. Chaque ligne doit contenir une liste "conversations" (ShareGPT) ou "messages" avec une question et une réponse.</translation>
    </message>
</context>
<context>
    <name>DocumentCutDialog</name>
    <message>
        <location filename="../../lumichats_desktop/ui/document_cut_dialog.py" line="27" />
        <source>Document too long</source>
        <translation>Document trop long</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/document_cut_dialog.py" line="31" />
        <source>%1 needs about %2 tokens, but only about %3 are free in this chat (its context holds %4 tokens and %5 are kept for the reply). The whole document cannot be sent.

Send only its beginning? Choose how many characters (of %6) to include; the model is told that the rest was left out.</source>
        <translation>%1 demande environ %2 jetons, mais seulement %3 environ sont libres dans cette conversation (son contexte contient %4 jetons et %5 sont réservés à la réponse). Le document entier ne peut pas être envoyé.

N’envoyer que son début ? Choisissez combien de caractères (sur %6) inclure ; le modèle est informé que le reste a été omis.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/document_cut_dialog.py" line="50" />
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/document_cut_dialog.py" line="51" />
        <source>Characters to send</source>
        <translation>Caractères à envoyer</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/document_cut_dialog.py" line="61" />
        <source>Send the beginning</source>
        <translation>Envoyer le début</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/document_cut_dialog.py" line="65" />
        <source>Nothing of it fits: shorten your message or raise the context limit.</source>
        <translation>Rien n’y tient : raccourcissez votre message ou augmentez la limite de contexte.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/document_cut_dialog.py" line="73" />
        <source>%1% of the document</source>
        <translation>%1 % du document</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="21" />
        <source>Loading the model</source>
        <translation>Chargement du modèle</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="22" />
        <source>Unpacking the embedded model (first run only)</source>
        <translation>Décompression du modèle intégré (premier lancement seulement)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="23" />
        <source>Reading the model file</source>
        <translation>Lecture du fichier du modèle</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="24" />
        <source>Reading the tokenizer</source>
        <translation>Lecture du tokeniseur</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="25" />
        <source>Unpacking the weights</source>
        <translation>Décompression des poids</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="26" />
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="27" />
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="28" />
        <source>Loading data</source>
        <translation>Chargement des données</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="29" />
        <source>Evaluating on held-out conversations</source>
        <translation>Évaluation sur les conversations réservées</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="30" />
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="31" />
        <source>Saving the adapter</source>
        <translation>Enregistrement de l’adaptateur</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="32" />
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="33" />
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="34" />
        <source>assistant</source>
        <translation>assistant</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="35" />
        <source>system</source>
        <translation>système</translation>
    </message>
</context>
<context>
    <name>FineTuneWizard</name>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="32" />
        <source>Fine-tune a LumiChats adapter</source>
        <translation>Affiner un adaptateur LumiChats</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="83" />
        <source>The trainer could not start: %s</source>
        <translation>L’entraîneur n’a pas pu démarrer : %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="112" />
        <source>A training run is going; check again when it ends.</source>
        <translation>Un entraînement est en cours ; vérifiez à nouveau quand il sera terminé.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="116" />
        <source>Checking… (tokenizing the data and sizing the run)</source>
        <translation>Vérification… (tokenisation des données et estimation de l’entraînement)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="145" />
        <source>The check stopped unexpectedly (exit code %s).</source>
        <translation>La vérification s’est arrêtée de façon inattendue (code de sortie %s).</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="154" />
        <source>Stop training? A checkpoint is saved and Resume continues from it.</source>
        <translation>Arrêter l’entraînement ? Un point de contrôle est enregistré et Reprendre repart de là.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="173" />
        <source>Training is running. Stop it (keeping a checkpoint) and close?</source>
        <translation>L’entraînement est en cours. L’arrêter (en gardant un point de contrôle) et fermer ?</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="105" />
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="109" />
        <source>Chat with it</source>
        <translation>Discuter avec lui</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="119" />
        <source>Held-out loss: %1 before, %2 after (lower is better).
The adapter is in %3.</source>
        <translation>Perte sur les données réservées : %1 avant, %2 après (plus bas, c’est mieux).
L’adaptateur est dans %3.</translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <location filename="../../lumichats_desktop/ui/loss_chart.py" line="36" />
        <source>The loss appears here once training starts.</source>
        <translation>La perte s’affiche ici dès que l’entraînement commence.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lumichats_desktop/ui/loss_chart.py" line="54" />
        <source>step (of %n)</source>
        <translation><numerusform>étape (sur %n)</numerusform><numerusform>étape (sur %n)</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="183" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="184" />
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="188" />
        <source>About LumiChats</source>
        <translation>À propos de LumiChats</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="89" />
        <location filename="../../lumichats_desktop/ui/reply_flow.py" line="179" />
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="92" />
        <source>Sends the message; while a reply is written, stops it.</source>
        <translation>Envoie le message ; pendant la rédaction d’une réponse, l’arrête.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="149" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="150" />
        <source>New chat</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="154" />
        <source>Import conversations…</source>
        <translation>Importer des conversations…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="161" />
        <source>Export all conversations…</source>
        <translation>Exporter toutes les conversations…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="166" />
        <source>Models…</source>
        <translation>Modèles…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="168" />
        <source>Fine-tune…</source>
        <translation>Affiner…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="170" />
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="171" />
        <source>&amp;Conversation</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="175" />
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="179" />
        <source>Stop reply</source>
        <translation>Arrêter la réponse</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="181" />
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="49" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="52" />
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="57" />
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="62" />
        <source>Actual text size</source>
        <translation>Taille de texte réelle</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="68" />
        <source>Previous message</source>
        <translation>Message précédent</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="73" />
        <source>Next message</source>
        <translation>Message suivant</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="78" />
        <source>Go to the message box</source>
        <translation>Aller à la zone de message</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="83" />
        <source>Go to the conversation list</source>
        <translation>Aller à la liste des conversations</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="101" />
        <source>Text size %d%%</source>
        <translation>Taille du texte %d %%</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="121" />
        <source>LumiChats is writing a reply.</source>
        <translation>LumiChats rédige une réponse.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="131" />
        <source>The reply failed: %s</source>
        <translation>La réponse a échoué : %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="135" />
        <source>Reply stopped.</source>
        <translation>Réponse arrêtée.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="138" />
        <source>LumiChats replied: %s</source>
        <translation>LumiChats a répondu : %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="276" />
        <source>Something went wrong: %s</source>
        <translation>Un problème est survenu : %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/model_loading.py" line="49" />
        <source>%1 cannot see images; LumiChats 4B can: load it in Models (Ctrl+M).</source>
        <translation>%1 ne peut pas voir les images ; LumiChats 4B le peut : chargez-le dans Modèles (Ctrl+M).</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/model_loading.py" line="57" />
        <source>You are chatting with LumiChats 270M, a small model that works offline. It handles simple questions and often gets facts wrong. LumiChats 4B is the real assistant: get it in Models (Ctrl+M).</source>
        <translation>Vous discutez avec LumiChats 270M, un petit modèle qui fonctionne hors ligne. Il gère les questions simples et se trompe souvent sur les faits. LumiChats 4B est le véritable assistant : obtenez-le dans Modèles (Ctrl+M).</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/model_loading.py" line="66" />
        <location filename="../../lumichats_desktop/ui/reply_flow.py" line="208" />
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/model_loading.py" line="68" />
        <source>Load on the CPU</source>
        <translation>Charger sur le CPU</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/model_loading.py" line="70" />
        <source>Use LumiChats 270M</source>
        <translation>Utiliser LumiChats 270M</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="345" />
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="345" />
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="355" />
        <source>Conversation deleted.</source>
        <translation>Conversation supprimée.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="421" />
        <source>Edit message</source>
        <translation>Modifier le message</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="421" />
        <source>Message:</source>
        <translation>Message :</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/reply_flow.py" line="170" />
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/reply_flow.py" line="190" />
        <source>The reply could not start: %s</source>
        <translation>La réponse n’a pas pu démarrer : %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/reply_flow.py" line="253" />
        <source>The model ended its reply without writing anything.</source>
        <translation>Le modèle a terminé sa réponse sans rien écrire.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/tool_windows.py" line="66" />
        <source>Chat with %s</source>
        <translation>Discuter avec %s</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="378" />
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="205" />
        <source>Previous alternative</source>
        <translation>Variante précédente</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="207" />
        <source>Next alternative</source>
        <translation>Variante suivante</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="163" />
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="163" />
        <source>Copy this message</source>
        <translation>Copier ce message</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="166" />
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="166" />
        <source>Edit and resend</source>
        <translation>Modifier et renvoyer</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="170" />
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="171" />
        <source>Write another reply</source>
        <translation>Écrire une autre réponse</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="175" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="175" />
        <source>Delete this message</source>
        <translation>Supprimer ce message</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="225" />
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="226" />
        <source>Go on writing this reply</source>
        <translation>Poursuivre cette réponse</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="231" />
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="232" />
        <source>Write this reply again</source>
        <translation>Réécrire cette réponse</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="301" />
        <source>Alternative %d of %d</source>
        <translation>Variante %d sur %d</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="304" />
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="305" />
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="306" />
        <source>writing…</source>
        <translation>rédaction…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="307" />
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="382" />
        <source>Alt+Up and Alt+Down move between messages; Tab reaches this message's actions.</source>
        <translation>Alt+Haut et Alt+Bas passent d’un message à l’autre ; Tab atteint les actions de ce message.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="454" />
        <source>Copy message</source>
        <translation>Copier le message</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="456" />
        <source>Copy code block %d</source>
        <translation>Copier le bloc de code %d</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="215" />
        <source>Base model</source>
        <translation>Modèle de base</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="217" />
        <source>The adapter is trained on this model; check that it fits before you start.</source>
        <translation>L’adaptateur est entraîné sur ce modèle ; vérifiez qu’il tient en mémoire avant de commencer.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="224" />
        <source>Load the base in 4-bit (QLoRA): a quarter of the memory, a bit slower</source>
        <translation>Charger la base en 4 bits (QLoRA) : un quart de la mémoire, un peu plus lent</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="227" />
        <source>Check data and memory</source>
        <translation>Vérifier les données et la mémoire</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="229" />
        <source>Not checked yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="231" />
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="48" />
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="74" />
        <source>Checking this computer's hardware…</source>
        <translation>Vérification du matériel de cet ordinateur…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="81" />
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="82" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="83" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="84" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="85" />
        <source>Fits here?</source>
        <translation>Tient ici ?</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="86" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="96" />
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="212" />
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="97" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="98" />
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="99" />
        <source>Set as default</source>
        <translation>Définir par défaut</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="100" />
        <source>Use now</source>
        <translation>Utiliser maintenant</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="101" />
        <source>Import .gguf…</source>
        <translation>Importer un .gguf…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="102" />
        <source>Use a folder…</source>
        <translation>Utiliser un dossier…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="118" />
        <source>A Hub repo id, e.g. google/gemma-3-4b-it or an adapter repo</source>
        <translation>Un identifiant de dépôt du Hub, p. ex. google/gemma-3-4b-it ou un dépôt d’adaptateur</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="121" />
        <source>Add from the Hub</source>
        <translation>Ajouter depuis le Hub</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="137" />
        <source>Hugging Face token:</source>
        <translation>Jeton Hugging Face :</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="140" />
        <source>hf_… (needed for gated or private repos)</source>
        <translation>hf_… (nécessaire pour les dépôts restreints ou privés)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="141" />
        <source>Save token</source>
        <translation>Enregistrer le jeton</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="142" />
        <source>Remove token</source>
        <translation>Supprimer le jeton</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="150" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="187" />
        <source>A token is saved. </source>
        <translation>Un jeton est enregistré. </translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="187" />
        <source>No token saved. </source>
        <translation>Aucun jeton enregistré. </translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="212" />
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="228" />
        <source>Asking the Hub about %s…</source>
        <translation>Interrogation du Hub sur %s…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="241" />
        <source>Type a Hub repo id as owner/name, e.g. google/gemma-3-4b-it.</source>
        <translation>Saisissez un identifiant de dépôt du Hub sous la forme propriétaire/nom, p. ex. google/gemma-3-4b-it.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="254" />
        <source>Deleting %s…</source>
        <translation>Suppression de %s…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="272" />
        <source>Delete model</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="273" />
        <source>Delete %1 (%2) from this computer? Downloading it again takes a while.</source>
        <translation>Supprimer %1 (%2) de cet ordinateur ? Le télécharger à nouveau prend du temps.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="293" />
        <source>Import a GGUF model</source>
        <translation>Importer un modèle GGUF</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="301" />
        <source>A model or adapter folder</source>
        <translation>Un dossier de modèle ou d’adaptateur</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="307" />
        <source>%s holds neither config.json (a model) nor adapter_config.json (an adapter).</source>
        <translation>%s ne contient ni config.json (un modèle) ni adapter_config.json (un adaptateur).</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="342" />
        <source>%s is ready.</source>
        <translation>%s est prêt.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="370" />
        <source>Download running</source>
        <translation>Téléchargement en cours</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="370" />
        <source>Pause the download and close? It resumes later.</source>
        <translation>Mettre le téléchargement en pause et fermer ? Il reprendra plus tard.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../lumichats_desktop/ui/notices.py" line="59" />
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/notices.py" line="60" />
        <source>Dismiss this notice</source>
        <translation>Ignorer cet avis</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/notices.py" line="66" />
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/notices.py" line="66" />
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/notices.py" line="66" />
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>ReplyRenderer</name>
    <message>
        <location filename="../../lumichats_desktop/ui/markdown_render.py" line="65" />
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/markdown_render.py" line="67" />
        <source>Copy code</source>
        <translation>Copier le code</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="29" />
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="30" />
        <source>The trainer runs in its own process; the app stays usable meanwhile.</source>
        <translation>L’entraîneur tourne dans son propre processus ; l’application reste utilisable pendant ce temps.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="41" />
        <source>Stop (keeps a checkpoint)</source>
        <translation>Arrêter (garde un point de contrôle)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="42" />
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="70" />
        <source>  Held-out loss before: %s</source>
        <translation>  Perte sur les données réservées avant : %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="76" />
        <source>Stopping: finishing this step and saving a checkpoint…</source>
        <translation>Arrêt : fin de cette étape et enregistrement d’un point de contrôle…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="87" />
        <source>Finished: the adapter is saved. Next shows the result.</source>
        <translation>Terminé : l’adaptateur est enregistré. Suivant affiche le résultat.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="90" />
        <source>Stopped before the first step. Resume starts the run again.</source>
        <translation>Arrêté avant la première étape. Reprendre relance l’entraînement.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="92" />
        <source>Stopped at step %1 of %2. A checkpoint is kept: Resume continues from it.</source>
        <translation>Arrêté à l’étape %1 sur %2. Un point de reprise est conservé : Reprendre continue à partir de lui.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="97" />
        <source>The run stopped with an error (below).</source>
        <translation>L’entraînement s’est arrêté sur une erreur (ci-dessous).</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="98" />
        <source>Starting the trainer…</source>
        <translation>Démarrage de l’entraînement…</translation>
    </message>
</context>
<context>
    <name>ServerSettingsTab</name>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="43" />
        <source>Let other programs use the loaded model (OpenAI-compatible API)</source>
        <translation>Laisser d’autres programmes utiliser le modèle chargé (API compatible OpenAI)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="50" />
        <source>Optional on this computer; clients send it as a Bearer token</source>
        <translation>Facultative sur cet ordinateur ; les clients l’envoient comme jeton Bearer</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="51" />
        <source>Also accept other computers on the network (needs an API key)</source>
        <translation>Accepter aussi d’autres ordinateurs du réseau (nécessite une clé d’API)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="54" />
        <source>None: web pages cannot call the server</source>
        <translation>Aucune : les pages web ne peuvent pas appeler le serveur</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="55" />
        <source>Save API conversations in the chat history</source>
        <translation>Enregistrer les conversations de l’API dans l’historique</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="57" />
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="76" />
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="60" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="61" />
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="63" />
        <source>Allowed web origins</source>
        <translation>Origines web autorisées</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="65" />
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>ServerStatus</name>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="27" />
        <source>Local API server not started: %s</source>
        <translation>Serveur d’API local non démarré : %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="30" />
        <source>API: %1 · requests served: %2</source>
        <translation>API : %1 · requêtes servies : %2</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="33" />
        <source> · generating for another program…</source>
        <translation> · génération pour un autre programme…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="59" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="65" />
        <source>Instructions for this conversation (optional)</source>
        <translation>Instructions pour cette conversation (facultatif)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="66" />
        <source>System prompt</source>
        <translation>Invite système</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="68" />
        <source>App default</source>
        <translation>Valeur par défaut de l’application</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="74" />
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="76" />
        <source>LoRA adapter folder (optional)</source>
        <translation>Dossier de l’adaptateur LoRA (facultatif)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="77" />
        <source>Adapter</source>
        <translation>Adaptateur</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="79" />
        <source>0 always picks the most likely word; higher is more varied.</source>
        <translation>0 choisit toujours le mot le plus probable ; plus haut donne plus de variété.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="82" />
        <source>0 turns top-k off.</source>
        <translation>0 désactive top-k.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="88" />
        <source>Stops the reply from repeating itself: words that would repeat an earlier passage of the reply become less likely. 0 turns it off.</source>
        <translation>Empêche la réponse de se répéter : les mots qui reprendraient un passage antérieur de la réponse deviennent moins probables. 0 la désactive.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="94" />
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="95" />
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="96" />
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="97" />
        <source>Min-p</source>
        <translation>Min-p</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="98" />
        <source>Repetition penalty</source>
        <translation>Pénalité de répétition</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="99" />
        <source>Loop guard</source>
        <translation>Garde anti-boucle</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="100" />
        <source>Max reply length (tokens)</source>
        <translation>Longueur maximale de la réponse (jetons)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="103" />
        <source>This conversation</source>
        <translation>Cette conversation</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="108" />
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="124" />
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="109" />
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="110" />
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="115" />
        <source>Enter sends, Shift+Enter new line</source>
        <translation>Entrée envoie, Maj+Entrée nouvelle ligne</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="116" />
        <source>Ctrl+Enter sends, Enter new line</source>
        <translation>Ctrl+Entrée envoie, Entrée nouvelle ligne</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="119" />
        <source>Best available</source>
        <translation>Le meilleur disponible</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="131" />
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="132" />
        <source>Language (next start)</source>
        <translation>Langue (au prochain démarrage)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="133" />
        <source>Send with</source>
        <translation>Envoyer avec</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="134" />
        <source>Default model (next start)</source>
        <translation>Modèle par défaut (au prochain démarrage)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="135" />
        <source>Context limit (tokens)</source>
        <translation>Limite de contexte (jetons)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="136" />
        <source>Default reply length</source>
        <translation>Longueur de réponse par défaut</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="137" />
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="139" />
        <source>Local API server</source>
        <translation>Serveur d’API local</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="240" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="241" />
        <source>The LumiChats recipe is filled in; the defaults are a good start.</source>
        <translation>La recette LumiChats est préremplie ; les valeurs par défaut sont un bon point de départ.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="257" />
        <source>linear (falls to zero)</source>
        <translation>linéaire (descend jusqu’à zéro)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="258" />
        <source>cosine (falls to zero, gently at both ends)</source>
        <translation>cosinus (descend jusqu’à zéro, en douceur aux deux bouts)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="259" />
        <source>constant</source>
        <translation>constant</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="267" />
        <source>LoRA rank r (capacity of the adapter):</source>
        <translation>Rang LoRA r (capacité de l’adaptateur) :</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="268" />
        <source>LoRA alpha (scale; r and alpha equal is the recipe):</source>
        <translation>LoRA alpha (échelle ; la recette prend r et alpha égaux) :</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="269" />
        <source>Learning rate:</source>
        <translation>Taux d’apprentissage :</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="270" />
        <source>Batch size (conversations per step on the device):</source>
        <translation>Taille de lot (conversations par étape sur l’appareil) :</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="271" />
        <source>Gradient accumulation (batches per optimizer step):</source>
        <translation>Accumulation de gradient (lots par étape de l’optimiseur) :</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="272" />
        <source>Steps:</source>
        <translation>Étapes :</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="273" />
        <source>Maximum length in tokens (longer ones are cut):</source>
        <translation>Longueur maximale en jetons (les plus longues sont coupées) :</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="274" />
        <source>Adapter name:</source>
        <translation>Nom de l’adaptateur :</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="275" />
        <source>Saved in:</source>
        <translation>Enregistré dans :</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="283" />
        <source>Show advanced settings</source>
        <translation>Afficher les paramètres avancés</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="291" />
        <source>Learning-rate schedule:</source>
        <translation>Programme du taux d’apprentissage :</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="292" />
        <source>Warm-up steps:</source>
        <translation>Étapes de préchauffage :</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="293" />
        <source>Checkpoint every (steps):</source>
        <translation>Point de contrôle toutes les (étapes) :</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="294" />
        <source>Held-out loss every (steps, 0 = only before and after):</source>
        <translation>Perte sur les données réservées toutes les (étapes, 0 = seulement avant et après) :</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="295" />
        <source>Seed:</source>
        <translation>Graine :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="302" />
        <source>Use all %n GPUs (one trainer process each; the same batch per step)</source>
        <translation><numerusform>Utiliser %n GPU (un processus d’entraînement par GPU ; le même lot par étape)</numerusform><numerusform>Utiliser les %n GPU (un processus d’entraînement par GPU ; le même lot par étape)</numerusform></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="113" />
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="119" />
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="120" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="120" />
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="44" />
        <source>New chat</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="46" />
        <source>Starts an empty conversation (Ctrl+N).</source>
        <translation>Démarre une conversation vide (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="48" />
        <source>New chat (Ctrl+N)</source>
        <translation>Nouvelle conversation (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="53" />
        <source>Search conversations</source>
        <translation>Rechercher dans les conversations</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="54" />
        <source>Search conversations (Ctrl+F)</source>
        <translation>Rechercher dans les conversations (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="62" />
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="65" />
        <source>Enter opens a conversation; F2 renames it, Delete deletes it, the Menu key shows the rest.</source>
        <translation>Entrée ouvre une conversation ; F2 la renomme, Suppr la supprime, la touche Menu affiche le reste.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="78" />
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="80" />
        <source>Brings back the conversation just deleted (Ctrl+Z).</source>
        <translation>Rétablit la conversation qui vient d’être supprimée (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="91" />
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="169" />
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="93" />
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="179" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="115" />
        <source>%s, pinned</source>
        <translation>%s, épinglée</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="134" />
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="171" />
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="171" />
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="175" />
        <source>Export as Markdown…</source>
        <translation>Exporter en Markdown…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="177" />
        <source>Export as JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
</context>
<context>
    <name>StorageRecovery</name>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="48" />
        <source>The conversation database was written by a newer LumiChats (schema %1; this version knows %2). It was kept as %3; update LumiChats to see those conversations again. A new database was started.</source>
        <translation>La base de conversations a été écrite par une version plus récente de LumiChats (schéma %1 ; cette version connaît le %2). Elle a été conservée sous le nom %3 ; mettez LumiChats à jour pour retrouver ces conversations. Une nouvelle base a été créée.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="59" />
        <source>The conversation database was damaged (%1). It was kept unchanged as %2 in %3 and a new, empty database was started. Press Recover to copy every conversation that can still be read into the new database, now or later from File &gt; Recover conversations from a damaged file…</source>
        <translation>La base de conversations était endommagée (%1). Elle a été conservée telle quelle sous le nom %2 dans %3 et une nouvelle base vide a été créée. Appuyez sur Récupérer pour copier dans la nouvelle base toutes les conversations encore lisibles, maintenant ou plus tard depuis Fichier &gt; Récupérer des conversations depuis un fichier endommagé…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="74" />
        <source>Nothing could be read from %1: it may not be a LumiChats conversation database. The file was not changed.</source>
        <translation>Rien n'a pu être lu dans %1 : ce n'est peut-être pas une base de conversations LumiChats. Le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="80" />
        <source>Recovered %1 conversation(s) and %2 message(s) from %3.</source>
        <translation>%1 conversation(s) et %2 message(s) récupérés depuis %3.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="89" />
        <source>%1 attached file(s) came back with them.</source>
        <translation>%1 pièce(s) jointe(s) sont revenues avec eux.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="95" />
        <source>Up to %1 message(s) could not be read.</source>
        <translation>Jusqu'à %1 message(s) n'ont pas pu être lus.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="101" />
        <source>%1 attachment(s) were damaged and left out.</source>
        <translation>%1 pièce(s) jointe(s) étaient endommagées et ont été laissées de côté.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="105" />
        <source>The damaged file was not changed.</source>
        <translation>Le fichier endommagé n'a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="116" />
        <source>%1, set aside %2, %3</source>
        <translation>%1, mis de côté le %2, %3</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="122" />
        <source> (recovered from on %1)</source>
        <translation> (récupéré le %1)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="133" />
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="207" />
        <source>Recover conversations</source>
        <translation>Récupérer des conversations</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="137" />
        <source>Damaged copies of the conversation database kept in %1:</source>
        <translation>Copies endommagées de la base de conversations conservées dans %1 :</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="141" />
        <source>No damaged conversation database is kept in %1. LumiChats sets a damaged database aside there when it finds one at start; to recover from a copy kept elsewhere, choose the file.</source>
        <translation>Aucune base de conversations endommagée n'est conservée dans %1. LumiChats y met de côté une base endommagée quand il en trouve une au démarrage ; pour récupérer depuis une copie conservée ailleurs, choisissez le fichier.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="153" />
        <source>Damaged database files</source>
        <translation>Fichiers de base endommagés</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="165" />
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="247" />
        <source>Recover</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="168" />
        <source>Choose another file…</source>
        <translation>Choisir un autre fichier…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="188" />
        <source>Conversations from this file were already recovered on %1. Recovering again adds them a second time.</source>
        <translation>Les conversations de ce fichier ont déjà été récupérées le %1. Les récupérer à nouveau les ajoute une seconde fois.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="209" />
        <source>Conversation databases (*.sqlite3*);;All files (*)</source>
        <translation>Bases de conversations (*.sqlite3*);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="235" />
        <source>Recover conversations from a damaged file…</source>
        <translation>Récupérer des conversations depuis un fichier endommagé…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="269" />
        <source>Recovering conversations from %s…</source>
        <translation>Récupération des conversations depuis %s…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="278" />
        <source>Could not recover from %1: %2. The file was not changed.</source>
        <translation>Impossible de récupérer depuis %1 : %2. Le fichier n'a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="28" />
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="36" />
        <source>Export conversation</source>
        <translation>Exporter la conversation</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="44" />
        <source>Export all</source>
        <translation>Tout exporter</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="60" />
        <source>Import conversations</source>
        <translation>Importer des conversations</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="85" />
        <source>Import its conversations again, as copies?</source>
        <translation>Importer à nouveau ses conversations, sous forme de copies ?</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="88" />
        <source>Import copies</source>
        <translation>Importer des copies</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="90" />
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../lumichats_desktop/ui/welcome.py" line="120" />
        <source>What can I help you with?</source>
        <translation>Comment puis-je vous aider ?</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/welcome.py" line="125" />
        <source>LumiChats runs on this computer: what you write here stays here. Try one of these:</source>
        <translation>LumiChats tourne sur cet ordinateur : ce que vous écrivez ici reste ici. Essayez l’un de ces exemples :</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/welcome.py" line="140" />
        <source>Puts this example in the message box, ready to send or edit.</source>
        <translation>Place cet exemple dans la zone de message, prêt à être envoyé ou modifié.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/welcome.py" line="154" />
        <source>Explain how a rainbow forms, in three sentences.</source>
        <translation>Explique comment se forme un arc-en-ciel, en trois phrases.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/welcome.py" line="155" />
        <source>Write a short, friendly email declining a meeting.</source>
        <translation>Écris un e-mail court et aimable pour décliner une réunion.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/welcome.py" line="156" />
        <source>Give me five ideas for a quick vegetarian dinner.</source>
        <translation>Donne-moi cinq idées de dîner végétarien rapide.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/welcome.py" line="157" />
        <source>Write a Python function that reverses the words in a sentence.</source>
        <translation>Écris une fonction Python qui inverse l’ordre des mots d’une phrase.</translation>
    </message>
</context>
<context>
    <name>WizardText</name>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="51" />
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="52" />
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="53" />
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="56" />
        <source>%1 %2/%3: %4</source>
        <translation>%1 %2/%3 : %4</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="65" />
        <source>%1 tokens/s</source>
        <translation>%1 jetons/s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="69" />
        <source>peak %1 GB</source>
        <translation>pic %1 Go</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="79" />
        <source>Fits: about %1 GB needed, %2 GB free on %3.</source>
        <translation>Ça tient : environ %1 Go nécessaires, %2 Go libres sur %3.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="81" />
        <source>Will not fit: about %1 GB needed, %2 GB free on %3. Lower the maximum length or the batch size, turn on 4-bit, or pick a smaller base model.</source>
        <translation>Ça ne tiendra pas : environ %1 Go nécessaires, %2 Go libres sur %3. Réduisez la longueur maximale ou la taille de lot, activez le 4 bits ou choisissez un modèle de base plus petit.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="92" />
        <source>this computer (CPU)</source>
        <translation>cet ordinateur (CPU)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="94" />
        <source>the GPU</source>
        <translation>le GPU</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="100" />
        <source>%1, row %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="114" />
        <source>%1: %2 rows, %3 kept, %4 dropped</source>
        <translation>%1 : %2 lignes, %3 gardées, %4 écartées</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="121" />
        <source>fixed (%1): %2</source>
        <translation>corrigées (%1) : %2</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="122" />
        <source>dropped (%1): %2</source>
        <translation>écartées (%1) : %2</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="129" />
        <source>Dropped rows:</source>
        <translation>Lignes écartées :</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="134" />
        <source>Fixed rows:</source>
        <translation>Lignes corrigées :</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="145" />
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="168" />
        <source>%1 conversations for training, %2 held out.</source>
        <translation>%1 conversations pour l’entraînement, %2 réservées.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="178" />
        <source>%1 tokens</source>
        <translation>%1 jetons</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="188" />
        <source>Conversation lengths:</source>
        <translation>Longueur des conversations :</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="201" />
        <source>Dropped rows (%1 in all):</source>
        <translation>Lignes écartées (%1 au total) :</translation>
    </message>
</context>
</TS>