<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name />
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="100" />
        <source>Send the message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="101" />
        <source>New line in the message</source>
        <translation>Neue Zeile in der Nachricht</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="102" />
        <source>Next / previous control</source>
        <translation>Nächstes / vorheriges Bedienelement</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="103" />
        <source>Actions of the focused message or conversation</source>
        <translation>Aktionen der ausgewählten Nachricht oder Unterhaltung</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="104" />
        <source>Open the focused conversation or press the focused button</source>
        <translation>Ausgewählte Unterhaltung öffnen oder ausgewählte Schaltfläche drücken</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="140" />
        <source>About LumiChats</source>
        <translation>Über LumiChats</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="144" />
        <source>A private assistant that runs on your own computer.</source>
        <translation>Ein privater Assistent, der auf Ihrem eigenen Computer läuft.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="146" />
        <source>Model: %s</source>
        <translation>Modell: %s</translation>
    </message>
</context>
<context>
    <name>AttachmentBar</name>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="168" />
        <source>Images can be attached once a model that sees them has loaded.</source>
        <translation>Bilder lassen sich anhängen, sobald ein Modell geladen ist, das Bilder erkennt.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="172" />
        <source>Attach documents (text, Markdown, code, CSV, JSON, HTML, PDF) or images (Ctrl+Shift+A)</source>
        <translation>Dokumente (Text, Markdown, Code, CSV, JSON, HTML, PDF) oder Bilder anhängen (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="203" />
        <source>Attach an image: PNG, JPEG or WebP (Ctrl+Shift+I)</source>
        <translation>Bild anhängen: PNG, JPEG oder WebP (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="211" />
        <source>%1 was not attached: %2</source>
        <translation>%1 wurde nicht angehängt: %2</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="218" />
        <source>%1 was not attached: at most %2 files go with one message.</source>
        <translation>%1 wurde nicht angehängt: Eine Nachricht kann höchstens %2 Dateien enthalten.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="260" />
        <source>Documents and images</source>
        <translation>Dokumente und Bilder</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="260" />
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="262" />
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="265" />
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="338" />
        <source>pasted image</source>
        <translation>eingefügtes Bild</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="75" />
        <source>%1 pages</source>
        <translation>%1 Seiten</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="79" />
        <source>first %1 of %2 characters</source>
        <translation>erste %1 von %2 Zeichen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="130" />
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>ChatStatusBar</name>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="20" />
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="65" />
        <source>No model</source>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="26" />
        <source>Loading the model</source>
        <translation>Modell wird geladen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="35" />
        <source>Loading %s…</source>
        <translation>%s wird geladen…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="49" />
        <source>about %s left</source>
        <translation>noch etwa %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="71" />
        <source>Writing…</source>
        <translation>Schreibt…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="75" />
        <source>Context: %d / %d tokens</source>
        <translation>Kontext: %d / %d Tokens</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="77" />
        <source> (%d oldest messages left out)</source>
        <translation> (%d älteste Nachrichten ausgelassen)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="90" />
        <source>%.1f tokens/s · first token %.2f s</source>
        <translation>%.1f Tokens/s · erstes Token %.2f s</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../lumichats_desktop/ui/chat_view.py" line="78" />
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lumichats_desktop/ui/chat_view.py" line="145" />
        <source>Show %n earlier message(s)</source>
        <translation><numerusform>%n frühere Nachricht anzeigen</numerusform><numerusform>%n frühere Nachrichten anzeigen</numerusform></translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/chat_view.py" line="259" />
        <source>Copy message</source>
        <translation>Nachricht kopieren</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/chat_view.py" line="261" />
        <source>Edit message</source>
        <translation>Nachricht bearbeiten</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/chat_view.py" line="266" />
        <source>Regenerate reply</source>
        <translation>Antwort neu erzeugen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/chat_view.py" line="271" />
        <source>Delete message</source>
        <translation>Nachricht löschen</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../lumichats_desktop/ui/composer.py" line="27" />
        <source>Message LumiChats… (Enter to send, Shift+Enter for a new line)</source>
        <translation>Nachricht an LumiChats… (Enter zum Senden, Umschalt+Enter für eine neue Zeile)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/composer.py" line="28" />
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/composer.py" line="29" />
        <source>Write to LumiChats. Alt+Up moves to the newest message.</source>
        <translation>An LumiChats schreiben. Alt+Nach-oben springt zur neuesten Nachricht.</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="61" />
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="106" />
        <source>Training data</source>
        <translation>Trainingsdaten</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="62" />
        <source>Conversations in ShareGPT or messages form: .json, .jsonl or .parquet.</source>
        <translation>Unterhaltungen im ShareGPT- oder messages-Format: .json, .jsonl oder .parquet.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="64" />
        <source>The bundled sample (40 conversations in 10 languages)</source>
        <translation>Die mitgelieferte Probe (40 Unterhaltungen in 10 Sprachen)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="65" />
        <source>A file on this computer</source>
        <translation>Eine Datei auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="66" />
        <source>A Hugging Face dataset (downloaded when the run starts)</source>
        <translation>Ein Hugging-Face-Datensatz (wird beim Start des Trainings heruntergeladen)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="69" />
        <source>…/conversations.jsonl</source>
        <translation>…/conversations.jsonl</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="70" />
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="92" />
        <source>Held out for evaluation:</source>
        <translation>Für die Auswertung zurückgehalten:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="106" />
        <source>Conversations (*.json *.jsonl *.parquet)</source>
        <translation>Unterhaltungen (*.json *.jsonl *.parquet)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="132" />
        <source>The trainer downloads and checks this dataset when the run starts.</source>
        <translation>Der Trainer lädt diesen Datensatz beim Start des Trainings herunter und prüft ihn.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="138" />
        <source>Choose a file (.json, .jsonl or .parquet) with Browse…, or type its path above.</source>
        <translation>Wählen Sie eine Datei (.json, .jsonl oder .parquet) mit Durchsuchen… oder geben Sie oben ihren Pfad ein.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="144" />
        <source>Reading the first rows…</source>
        <translation>Erste Zeilen werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="162" />
        <source>The first %n rows:</source>
        <translation><numerusform>Die erste Zeile:</numerusform><numerusform>Die ersten %n Zeilen:</numerusform></translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="190" />
        <source>%1 does not exist. Choose a .json, .jsonl or .parquet file.</source>
        <translation>%1 existiert nicht. Wählen Sie eine .json-, .jsonl- oder .parquet-Datei.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="195" />
        <source>%1 is not a .json, .jsonl or .parquet file. Save the conversations in one of those forms.</source>
        <translation>%1 ist keine .json-, .jsonl- oder .parquet-Datei. Speichern Sie die Unterhaltungen in einem dieser Formate.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="199" />
        <source>%1 is empty. It needs conversations: one JSON object per line (.jsonl), or a JSON array.</source>
        <translation>%1 ist leer. Es braucht Unterhaltungen: ein JSON-Objekt pro Zeile (.jsonl) oder ein JSON-Array.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="202" />
        <source>None of the first rows of %1 is a conversation to train on. Each row needs a "conversations" (ShareGPT) or "messages" list with a question and a reply.</source>
        <translation>Keine der ersten Zeilen von %1 ist eine Unterhaltung zum Trainieren. Jede Zeile braucht eine Liste "conversations" (ShareGPT) oder "messages" mit einer Frage und einer Antwort.</translation>
    </message>
</context>
<context>
    <name>DocumentCutDialog</name>
    <message>
        <location filename="../../lumichats_desktop/ui/document_cut_dialog.py" line="27" />
        <source>Document too long</source>
        <translation>Dokument zu lang</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/document_cut_dialog.py" line="31" />
        <source>%1 needs about %2 tokens, but only about %3 are free in this chat (its context holds %4 tokens and %5 are kept for the reply). The whole document cannot be sent.

Send only its beginning? Choose how many characters (of %6) to include; the model is told that the rest was left out.</source>
        <translation>%1 braucht etwa %2 Tokens, aber in diesem Chat sind nur etwa %3 frei (sein Kontext fasst %4 Tokens, und %5 sind für die Antwort reserviert). Das ganze Dokument kann nicht gesendet werden.

Nur den Anfang senden? Wählen Sie, wie viele Zeichen (von %6) mitgehen; das Modell erfährt, dass der Rest ausgelassen wurde.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/document_cut_dialog.py" line="50" />
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/document_cut_dialog.py" line="51" />
        <source>Characters to send</source>
        <translation>Zu sendende Zeichen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/document_cut_dialog.py" line="61" />
        <source>Send the beginning</source>
        <translation>Anfang senden</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/document_cut_dialog.py" line="65" />
        <source>Nothing of it fits: shorten your message or raise the context limit.</source>
        <translation>Nichts davon passt: Kürzen Sie Ihre Nachricht oder erhöhen Sie das Kontextlimit.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/document_cut_dialog.py" line="73" />
        <source>%1% of the document</source>
        <translation>%1 % des Dokuments</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="21" />
        <source>Loading the model</source>
        <translation>Modell wird geladen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="22" />
        <source>Unpacking the embedded model (first run only)</source>
        <translation>Eingebettetes Modell wird entpackt (nur beim ersten Start)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="23" />
        <source>Reading the model file</source>
        <translation>Modelldatei wird gelesen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="24" />
        <source>Reading the tokenizer</source>
        <translation>Tokenizer wird gelesen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="25" />
        <source>Unpacking the weights</source>
        <translation>Gewichte werden entpackt</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="26" />
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="27" />
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="28" />
        <source>Loading data</source>
        <translation>Daten werden geladen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="29" />
        <source>Evaluating on held-out conversations</source>
        <translation>Auswertung auf zurückgehaltenen Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="30" />
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="31" />
        <source>Saving the adapter</source>
        <translation>Adapter wird gespeichert</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="32" />
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="33" />
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="34" />
        <source>assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="35" />
        <source>system</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>FineTuneWizard</name>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="32" />
        <source>Fine-tune a LumiChats adapter</source>
        <translation>LumiChats-Adapter feinabstimmen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="83" />
        <source>The trainer could not start: %s</source>
        <translation>Der Trainer konnte nicht starten: %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="112" />
        <source>A training run is going; check again when it ends.</source>
        <translation>Ein Training läuft; prüfen Sie erneut, wenn es beendet ist.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="116" />
        <source>Checking… (tokenizing the data and sizing the run)</source>
        <translation>Prüfung läuft… (Daten werden tokenisiert und das Training wird abgeschätzt)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="145" />
        <source>The check stopped unexpectedly (exit code %s).</source>
        <translation>Die Prüfung wurde unerwartet beendet (Exit-Code %s).</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="154" />
        <source>Stop training? A checkpoint is saved and Resume continues from it.</source>
        <translation>Training beenden? Ein Checkpoint wird gespeichert, und Fortsetzen macht dort weiter.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="173" />
        <source>Training is running. Stop it (keeping a checkpoint) and close?</source>
        <translation>Das Training läuft. Beenden (mit Checkpoint) und schließen?</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="105" />
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="109" />
        <source>Chat with it</source>
        <translation>Damit chatten</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="119" />
        <source>Held-out loss: %1 before, %2 after (lower is better).
The adapter is in %3.</source>
        <translation>Verlust auf zurückgehaltenen Daten: %1 vorher, %2 nachher (niedriger ist besser).
Der Adapter liegt in %3.</translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <location filename="../../lumichats_desktop/ui/loss_chart.py" line="36" />
        <source>The loss appears here once training starts.</source>
        <translation>Der Verlust erscheint hier, sobald das Training beginnt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lumichats_desktop/ui/loss_chart.py" line="54" />
        <source>step (of %n)</source>
        <translation><numerusform>Schritt (von %n)</numerusform><numerusform>Schritt (von %n)</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="183" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="184" />
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="188" />
        <source>About LumiChats</source>
        <translation>Über LumiChats</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="89" />
        <location filename="../../lumichats_desktop/ui/reply_flow.py" line="179" />
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="92" />
        <source>Sends the message; while a reply is written, stops it.</source>
        <translation>Sendet die Nachricht; während eine Antwort geschrieben wird, stoppt es sie.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="149" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="150" />
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="154" />
        <source>Import conversations…</source>
        <translation>Unterhaltungen importieren…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="161" />
        <source>Export all conversations…</source>
        <translation>Alle Unterhaltungen exportieren…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="166" />
        <source>Models…</source>
        <translation>Modelle…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="168" />
        <source>Fine-tune…</source>
        <translation>Feinabstimmen…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="170" />
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="171" />
        <source>&amp;Conversation</source>
        <translation>&amp;Unterhaltung</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="175" />
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="179" />
        <source>Stop reply</source>
        <translation>Antwort stoppen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="181" />
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="49" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="52" />
        <source>Larger text</source>
        <translation>Größerer Text</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="57" />
        <source>Smaller text</source>
        <translation>Kleinerer Text</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="62" />
        <source>Actual text size</source>
        <translation>Originale Textgröße</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="68" />
        <source>Previous message</source>
        <translation>Vorherige Nachricht</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="73" />
        <source>Next message</source>
        <translation>Nächste Nachricht</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="78" />
        <source>Go to the message box</source>
        <translation>Zum Nachrichtenfeld</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="83" />
        <source>Go to the conversation list</source>
        <translation>Zur Unterhaltungsliste</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="101" />
        <source>Text size %d%%</source>
        <translation>Textgröße %d %%</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="121" />
        <source>LumiChats is writing a reply.</source>
        <translation>LumiChats schreibt eine Antwort.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="131" />
        <source>The reply failed: %s</source>
        <translation>Die Antwort ist fehlgeschlagen: %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="135" />
        <source>Reply stopped.</source>
        <translation>Antwort gestoppt.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="138" />
        <source>LumiChats replied: %s</source>
        <translation>LumiChats hat geantwortet: %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="276" />
        <source>Something went wrong: %s</source>
        <translation>Etwas ist schiefgelaufen: %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/model_loading.py" line="49" />
        <source>%1 cannot see images; LumiChats 4B can: load it in Models (Ctrl+M).</source>
        <translation>%1 kann keine Bilder sehen; LumiChats 4B schon: Laden Sie es unter Modelle (Ctrl+M).</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/model_loading.py" line="57" />
        <source>You are chatting with LumiChats 270M, a small model that works offline. It handles simple questions and often gets facts wrong. LumiChats 4B is the real assistant: get it in Models (Ctrl+M).</source>
        <translation>Sie chatten mit LumiChats 270M, einem kleinen Modell, das offline arbeitet. Es bewältigt einfache Fragen und liegt bei Fakten oft daneben. LumiChats 4B ist der eigentliche Assistent: Sie erhalten ihn unter Modelle (Ctrl+M).</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/model_loading.py" line="66" />
        <location filename="../../lumichats_desktop/ui/reply_flow.py" line="208" />
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/model_loading.py" line="68" />
        <source>Load on the CPU</source>
        <translation>Auf der CPU laden</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/model_loading.py" line="70" />
        <source>Use LumiChats 270M</source>
        <translation>LumiChats 270M verwenden</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="345" />
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="345" />
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="355" />
        <source>Conversation deleted.</source>
        <translation>Unterhaltung gelöscht.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="421" />
        <source>Edit message</source>
        <translation>Nachricht bearbeiten</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="421" />
        <source>Message:</source>
        <translation>Nachricht:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/reply_flow.py" line="170" />
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/reply_flow.py" line="190" />
        <source>The reply could not start: %s</source>
        <translation>Die Antwort konnte nicht starten: %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/reply_flow.py" line="253" />
        <source>The model ended its reply without writing anything.</source>
        <translation>Das Modell hat seine Antwort beendet, ohne etwas zu schreiben.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/tool_windows.py" line="66" />
        <source>Chat with %s</source>
        <translation>Mit %s chatten</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="378" />
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="205" />
        <source>Previous alternative</source>
        <translation>Vorherige Variante</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="207" />
        <source>Next alternative</source>
        <translation>Nächste Variante</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="163" />
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="163" />
        <source>Copy this message</source>
        <translation>Diese Nachricht kopieren</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="166" />
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="166" />
        <source>Edit and resend</source>
        <translation>Bearbeiten und erneut senden</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="170" />
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="171" />
        <source>Write another reply</source>
        <translation>Eine andere Antwort schreiben</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="175" />
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="175" />
        <source>Delete this message</source>
        <translation>Diese Nachricht löschen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="225" />
        <source>Continue</source>
        <translation>Fortfahren</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="226" />
        <source>Go on writing this reply</source>
        <translation>Diese Antwort weiterschreiben</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="231" />
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="232" />
        <source>Write this reply again</source>
        <translation>Diese Antwort neu schreiben</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="301" />
        <source>Alternative %d of %d</source>
        <translation>Variante %d von %d</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="304" />
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="305" />
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="306" />
        <source>writing…</source>
        <translation>schreibt…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="307" />
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="382" />
        <source>Alt+Up and Alt+Down move between messages; Tab reaches this message's actions.</source>
        <translation>Alt+Nach-oben und Alt+Nach-unten wechseln zwischen Nachrichten; Tab erreicht die Aktionen dieser Nachricht.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="454" />
        <source>Copy message</source>
        <translation>Nachricht kopieren</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="456" />
        <source>Copy code block %d</source>
        <translation>Codeblock %d kopieren</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="215" />
        <source>Base model</source>
        <translation>Basismodell</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="217" />
        <source>The adapter is trained on this model; check that it fits before you start.</source>
        <translation>Der Adapter wird auf diesem Modell trainiert; prüfen Sie vor dem Start, ob es passt.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="224" />
        <source>Load the base in 4-bit (QLoRA): a quarter of the memory, a bit slower</source>
        <translation>Basis in 4 Bit laden (QLoRA): ein Viertel des Speichers, etwas langsamer</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="227" />
        <source>Check data and memory</source>
        <translation>Daten und Speicher prüfen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="229" />
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="231" />
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="48" />
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="74" />
        <source>Checking this computer's hardware…</source>
        <translation>Hardware dieses Computers wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="81" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="82" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="83" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="84" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="85" />
        <source>Fits here?</source>
        <translation>Passt hier?</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="86" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="96" />
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="212" />
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="97" />
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="98" />
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="99" />
        <source>Set as default</source>
        <translation>Als Standard festlegen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="100" />
        <source>Use now</source>
        <translation>Jetzt verwenden</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="101" />
        <source>Import .gguf…</source>
        <translation>.gguf importieren…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="102" />
        <source>Use a folder…</source>
        <translation>Ordner verwenden…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="118" />
        <source>A Hub repo id, e.g. google/gemma-3-4b-it or an adapter repo</source>
        <translation>Eine Hub-Repo-ID, z. B. google/gemma-3-4b-it oder ein Adapter-Repo</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="121" />
        <source>Add from the Hub</source>
        <translation>Vom Hub hinzufügen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="137" />
        <source>Hugging Face token:</source>
        <translation>Hugging-Face-Token:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="140" />
        <source>hf_… (needed for gated or private repos)</source>
        <translation>hf_… (nötig für zugangsbeschränkte oder private Repos)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="141" />
        <source>Save token</source>
        <translation>Token speichern</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="142" />
        <source>Remove token</source>
        <translation>Token entfernen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="150" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="187" />
        <source>A token is saved. </source>
        <translation>Ein Token ist gespeichert. </translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="187" />
        <source>No token saved. </source>
        <translation>Kein Token gespeichert. </translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="212" />
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="228" />
        <source>Asking the Hub about %s…</source>
        <translation>Hub wird zu %s befragt…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="241" />
        <source>Type a Hub repo id as owner/name, e.g. google/gemma-3-4b-it.</source>
        <translation>Geben Sie eine Hub-Repo-ID als Besitzer/Name ein, z. B. google/gemma-3-4b-it.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="254" />
        <source>Deleting %s…</source>
        <translation>%s wird gelöscht…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="272" />
        <source>Delete model</source>
        <translation>Modell löschen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="273" />
        <source>Delete %1 (%2) from this computer? Downloading it again takes a while.</source>
        <translation>%1 (%2) von diesem Computer löschen? Ein erneuter Download dauert eine Weile.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="293" />
        <source>Import a GGUF model</source>
        <translation>GGUF-Modell importieren</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="301" />
        <source>A model or adapter folder</source>
        <translation>Ein Modell- oder Adapterordner</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="307" />
        <source>%s holds neither config.json (a model) nor adapter_config.json (an adapter).</source>
        <translation>%s enthält weder config.json (ein Modell) noch adapter_config.json (einen Adapter).</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="342" />
        <source>%s is ready.</source>
        <translation>%s ist bereit.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="370" />
        <source>Download running</source>
        <translation>Download läuft</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="370" />
        <source>Pause the download and close? It resumes later.</source>
        <translation>Download pausieren und schließen? Er wird später fortgesetzt.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../lumichats_desktop/ui/notices.py" line="59" />
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/notices.py" line="60" />
        <source>Dismiss this notice</source>
        <translation>Diesen Hinweis schließen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/notices.py" line="66" />
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/notices.py" line="66" />
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/notices.py" line="66" />
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>ReplyRenderer</name>
    <message>
        <location filename="../../lumichats_desktop/ui/markdown_render.py" line="65" />
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/markdown_render.py" line="67" />
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="29" />
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="30" />
        <source>The trainer runs in its own process; the app stays usable meanwhile.</source>
        <translation>Der Trainer läuft in einem eigenen Prozess; die App bleibt währenddessen benutzbar.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="41" />
        <source>Stop (keeps a checkpoint)</source>
        <translation>Stoppen (behält einen Checkpoint)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="42" />
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="70" />
        <source>  Held-out loss before: %s</source>
        <translation>  Verlust auf zurückgehaltenen Daten vorher: %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="76" />
        <source>Stopping: finishing this step and saving a checkpoint…</source>
        <translation>Wird gestoppt: Dieser Schritt wird beendet und ein Checkpoint gespeichert…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="87" />
        <source>Finished: the adapter is saved. Next shows the result.</source>
        <translation>Fertig: Der Adapter ist gespeichert. Weiter zeigt das Ergebnis.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="90" />
        <source>Stopped before the first step. Resume starts the run again.</source>
        <translation>Vor dem ersten Schritt angehalten. Fortsetzen startet das Training neu.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="92" />
        <source>Stopped at step %1 of %2. A checkpoint is kept: Resume continues from it.</source>
        <translation>Bei Schritt %1 von %2 angehalten. Ein Checkpoint ist gespeichert: Fortsetzen macht dort weiter.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="97" />
        <source>The run stopped with an error (below).</source>
        <translation>Das Training wurde durch einen Fehler beendet (unten).</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="98" />
        <source>Starting the trainer…</source>
        <translation>Training wird gestartet…</translation>
    </message>
</context>
<context>
    <name>ServerSettingsTab</name>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="43" />
        <source>Let other programs use the loaded model (OpenAI-compatible API)</source>
        <translation>Anderen Programmen das geladene Modell bereitstellen (OpenAI-kompatible API)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="50" />
        <source>Optional on this computer; clients send it as a Bearer token</source>
        <translation>Auf diesem Computer optional; Clients senden ihn als Bearer-Token</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="51" />
        <source>Also accept other computers on the network (needs an API key)</source>
        <translation>Auch andere Computer im Netzwerk zulassen (erfordert einen API-Schlüssel)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="54" />
        <source>None: web pages cannot call the server</source>
        <translation>Keine: Webseiten können den Server nicht aufrufen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="55" />
        <source>Save API conversations in the chat history</source>
        <translation>API-Unterhaltungen im Chatverlauf speichern</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="57" />
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="76" />
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="60" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="61" />
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="63" />
        <source>Allowed web origins</source>
        <translation>Erlaubte Web-Ursprünge</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="65" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ServerStatus</name>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="27" />
        <source>Local API server not started: %s</source>
        <translation>Lokaler API-Server nicht gestartet: %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="30" />
        <source>API: %1 · requests served: %2</source>
        <translation>API: %1 · bediente Anfragen: %2</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="33" />
        <source> · generating for another program…</source>
        <translation> · erzeugt für ein anderes Programm…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="59" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="65" />
        <source>Instructions for this conversation (optional)</source>
        <translation>Anweisungen für diese Unterhaltung (optional)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="66" />
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="68" />
        <source>App default</source>
        <translation>App-Standard</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="74" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="76" />
        <source>LoRA adapter folder (optional)</source>
        <translation>LoRA-Adapterordner (optional)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="77" />
        <source>Adapter</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="79" />
        <source>0 always picks the most likely word; higher is more varied.</source>
        <translation>0 wählt immer das wahrscheinlichste Wort; höhere Werte sind abwechslungsreicher.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="82" />
        <source>0 turns top-k off.</source>
        <translation>0 schaltet Top-k aus.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="88" />
        <source>Stops the reply from repeating itself: words that would repeat an earlier passage of the reply become less likely. 0 turns it off.</source>
        <translation>Verhindert, dass sich die Antwort wiederholt: Wörter, die eine frühere Passage der Antwort wiederholen würden, werden unwahrscheinlicher. 0 schaltet es aus.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="94" />
        <source>Temperature</source>
        <translation>Temperatur</translation>
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
        <translation>Wiederholungsstrafe</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="99" />
        <source>Loop guard</source>
        <translation>Schleifenschutz</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="100" />
        <source>Max reply length (tokens)</source>
        <translation>Maximale Antwortlänge (Tokens)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="103" />
        <source>This conversation</source>
        <translation>Diese Unterhaltung</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="108" />
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="124" />
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="109" />
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="110" />
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="115" />
        <source>Enter sends, Shift+Enter new line</source>
        <translation>Enter sendet, Umschalt+Enter neue Zeile</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="116" />
        <source>Ctrl+Enter sends, Enter new line</source>
        <translation>Ctrl+Enter sendet, Enter neue Zeile</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="119" />
        <source>Best available</source>
        <translation>Bestes verfügbares</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="131" />
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="132" />
        <source>Language (next start)</source>
        <translation>Sprache (beim nächsten Start)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="133" />
        <source>Send with</source>
        <translation>Senden mit</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="134" />
        <source>Default model (next start)</source>
        <translation>Standardmodell (beim nächsten Start)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="135" />
        <source>Context limit (tokens)</source>
        <translation>Kontextlimit (Tokens)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="136" />
        <source>Default reply length</source>
        <translation>Standard-Antwortlänge</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="137" />
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="139" />
        <source>Local API server</source>
        <translation>Lokaler API-Server</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="240" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="241" />
        <source>The LumiChats recipe is filled in; the defaults are a good start.</source>
        <translation>Das LumiChats-Rezept ist eingetragen; die Standardwerte sind ein guter Anfang.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="257" />
        <source>linear (falls to zero)</source>
        <translation>linear (fällt auf null)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="258" />
        <source>cosine (falls to zero, gently at both ends)</source>
        <translation>Kosinus (fällt auf null, sanft an beiden Enden)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="259" />
        <source>constant</source>
        <translation>konstant</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="267" />
        <source>LoRA rank r (capacity of the adapter):</source>
        <translation>LoRA-Rang r (Kapazität des Adapters):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="268" />
        <source>LoRA alpha (scale; r and alpha equal is the recipe):</source>
        <translation>LoRA-Alpha (Skalierung; das Rezept setzt r und Alpha gleich):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="269" />
        <source>Learning rate:</source>
        <translation>Lernrate:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="270" />
        <source>Batch size (conversations per step on the device):</source>
        <translation>Batchgröße (Unterhaltungen pro Schritt auf dem Gerät):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="271" />
        <source>Gradient accumulation (batches per optimizer step):</source>
        <translation>Gradientenakkumulation (Batches pro Optimiererschritt):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="272" />
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="273" />
        <source>Maximum length in tokens (longer ones are cut):</source>
        <translation>Maximale Länge in Tokens (längere werden gekürzt):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="274" />
        <source>Adapter name:</source>
        <translation>Adaptername:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="275" />
        <source>Saved in:</source>
        <translation>Gespeichert in:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="283" />
        <source>Show advanced settings</source>
        <translation>Erweiterte Einstellungen anzeigen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="291" />
        <source>Learning-rate schedule:</source>
        <translation>Lernraten-Verlauf:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="292" />
        <source>Warm-up steps:</source>
        <translation>Aufwärmschritte:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="293" />
        <source>Checkpoint every (steps):</source>
        <translation>Checkpoint alle (Schritte):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="294" />
        <source>Held-out loss every (steps, 0 = only before and after):</source>
        <translation>Verlust auf zurückgehaltenen Daten alle (Schritte, 0 = nur vorher und nachher):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="295" />
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="302" />
        <source>Use all %n GPUs (one trainer process each; the same batch per step)</source>
        <translation><numerusform>Alle %n GPUs verwenden (je ein Trainerprozess; derselbe Batch pro Schritt)</numerusform><numerusform>Alle %n GPUs verwenden (je ein Trainerprozess; derselbe Batch pro Schritt)</numerusform></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="113" />
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="119" />
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="120" />
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="120" />
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="44" />
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="46" />
        <source>Starts an empty conversation (Ctrl+N).</source>
        <translation>Beginnt eine leere Unterhaltung (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="48" />
        <source>New chat (Ctrl+N)</source>
        <translation>Neuer Chat (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="53" />
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="54" />
        <source>Search conversations (Ctrl+F)</source>
        <translation>Unterhaltungen durchsuchen (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="62" />
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="65" />
        <source>Enter opens a conversation; F2 renames it, Delete deletes it, the Menu key shows the rest.</source>
        <translation>Enter öffnet eine Unterhaltung; F2 benennt sie um, Entf löscht sie, die Menütaste zeigt den Rest.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="78" />
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="80" />
        <source>Brings back the conversation just deleted (Ctrl+Z).</source>
        <translation>Holt die gerade gelöschte Unterhaltung zurück (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="91" />
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="169" />
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="93" />
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="179" />
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="115" />
        <source>%s, pinned</source>
        <translation>%s, angeheftet</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="134" />
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="171" />
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="171" />
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="175" />
        <source>Export as Markdown…</source>
        <translation>Als Markdown exportieren…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="177" />
        <source>Export as JSON…</source>
        <translation>Als JSON exportieren…</translation>
    </message>
</context>
<context>
    <name>StorageRecovery</name>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="48" />
        <source>The conversation database was written by a newer LumiChats (schema %1; this version knows %2). It was kept as %3; update LumiChats to see those conversations again. A new database was started.</source>
        <translation>Die Unterhaltungsdatenbank wurde von einem neueren LumiChats geschrieben (Schema %1; diese Version kennt %2). Sie wurde als %3 aufbewahrt; aktualisieren Sie LumiChats, um diese Unterhaltungen wieder zu sehen. Eine neue Datenbank wurde angelegt.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="59" />
        <source>The conversation database was damaged (%1). It was kept unchanged as %2 in %3 and a new, empty database was started. Press Recover to copy every conversation that can still be read into the new database, now or later from File &gt; Recover conversations from a damaged file…</source>
        <translation>Die Unterhaltungsdatenbank war beschädigt (%1). Sie wurde unverändert als %2 in %3 aufbewahrt und eine neue, leere Datenbank wurde angelegt. Klicken Sie auf Wiederherstellen, um jede noch lesbare Unterhaltung in die neue Datenbank zu kopieren, jetzt oder später über Datei &gt; Unterhaltungen aus einer beschädigten Datei wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="74" />
        <source>Nothing could be read from %1: it may not be a LumiChats conversation database. The file was not changed.</source>
        <translation>Aus %1 konnte nichts gelesen werden: Es ist womöglich keine LumiChats-Unterhaltungsdatenbank. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="80" />
        <source>Recovered %1 conversation(s) and %2 message(s) from %3.</source>
        <translation>%1 Unterhaltung(en) und %2 Nachricht(en) aus %3 wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="89" />
        <source>%1 attached file(s) came back with them.</source>
        <translation>%1 angehängte Datei(en) kamen mit ihnen zurück.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="95" />
        <source>Up to %1 message(s) could not be read.</source>
        <translation>Bis zu %1 Nachricht(en) konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="101" />
        <source>%1 attachment(s) were damaged and left out.</source>
        <translation>%1 Anhang/Anhänge waren beschädigt und wurden ausgelassen.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="105" />
        <source>The damaged file was not changed.</source>
        <translation>Die beschädigte Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="116" />
        <source>%1, set aside %2, %3</source>
        <translation>%1, beiseitegelegt am %2, %3</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="122" />
        <source> (recovered from on %1)</source>
        <translation> (wiederhergestellt am %1)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="133" />
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="207" />
        <source>Recover conversations</source>
        <translation>Unterhaltungen wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="137" />
        <source>Damaged copies of the conversation database kept in %1:</source>
        <translation>Beschädigte Kopien der Unterhaltungsdatenbank in %1:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="141" />
        <source>No damaged conversation database is kept in %1. LumiChats sets a damaged database aside there when it finds one at start; to recover from a copy kept elsewhere, choose the file.</source>
        <translation>In %1 wird keine beschädigte Unterhaltungsdatenbank aufbewahrt. LumiChats legt eine beschädigte Datenbank dort beiseite, wenn es beim Start eine findet; um aus einer anderswo aufbewahrten Kopie wiederherzustellen, wählen Sie die Datei.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="153" />
        <source>Damaged database files</source>
        <translation>Beschädigte Datenbankdateien</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="165" />
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="247" />
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="168" />
        <source>Choose another file…</source>
        <translation>Andere Datei wählen…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="188" />
        <source>Conversations from this file were already recovered on %1. Recovering again adds them a second time.</source>
        <translation>Die Unterhaltungen dieser Datei wurden bereits am %1 wiederhergestellt. Erneutes Wiederherstellen fügt sie ein zweites Mal hinzu.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="209" />
        <source>Conversation databases (*.sqlite3*);;All files (*)</source>
        <translation>Unterhaltungsdatenbanken (*.sqlite3*);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="235" />
        <source>Recover conversations from a damaged file…</source>
        <translation>Unterhaltungen aus einer beschädigten Datei wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="269" />
        <source>Recovering conversations from %s…</source>
        <translation>Unterhaltungen werden aus %s wiederhergestellt…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="278" />
        <source>Could not recover from %1: %2. The file was not changed.</source>
        <translation>Wiederherstellen aus %1 nicht möglich: %2. Die Datei wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="28" />
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="36" />
        <source>Export conversation</source>
        <translation>Unterhaltung exportieren</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="44" />
        <source>Export all</source>
        <translation>Alle exportieren</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="60" />
        <source>Import conversations</source>
        <translation>Unterhaltungen importieren</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="85" />
        <source>Import its conversations again, as copies?</source>
        <translation>Seine Unterhaltungen erneut importieren, als Kopien?</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="88" />
        <source>Import copies</source>
        <translation>Kopien importieren</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="90" />
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../lumichats_desktop/ui/welcome.py" line="120" />
        <source>What can I help you with?</source>
        <translation>Wobei kann ich helfen?</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/welcome.py" line="125" />
        <source>LumiChats runs on this computer: what you write here stays here. Try one of these:</source>
        <translation>LumiChats läuft auf diesem Computer: Was Sie hier schreiben, bleibt hier. Probieren Sie eines davon:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/welcome.py" line="140" />
        <source>Puts this example in the message box, ready to send or edit.</source>
        <translation>Setzt dieses Beispiel ins Nachrichtenfeld, bereit zum Senden oder Bearbeiten.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/welcome.py" line="154" />
        <source>Explain how a rainbow forms, in three sentences.</source>
        <translation>Erkläre in drei Sätzen, wie ein Regenbogen entsteht.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/welcome.py" line="155" />
        <source>Write a short, friendly email declining a meeting.</source>
        <translation>Schreibe eine kurze, freundliche E-Mail, die ein Treffen absagt.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/welcome.py" line="156" />
        <source>Give me five ideas for a quick vegetarian dinner.</source>
        <translation>Gib mir fünf Ideen für ein schnelles vegetarisches Abendessen.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/welcome.py" line="157" />
        <source>Write a Python function that reverses the words in a sentence.</source>
        <translation>Schreibe eine Python-Funktion, die die Wörter in einem Satz umkehrt.</translation>
    </message>
</context>
<context>
    <name>WizardText</name>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="51" />
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="52" />
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="53" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="56" />
        <source>%1 %2/%3: %4</source>
        <translation>%1 %2/%3: %4</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="65" />
        <source>%1 tokens/s</source>
        <translation>%1 Tokens/s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="69" />
        <source>peak %1 GB</source>
        <translation>Spitze %1 GB</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="79" />
        <source>Fits: about %1 GB needed, %2 GB free on %3.</source>
        <translation>Passt: etwa %1 GB nötig, %2 GB frei auf %3.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="81" />
        <source>Will not fit: about %1 GB needed, %2 GB free on %3. Lower the maximum length or the batch size, turn on 4-bit, or pick a smaller base model.</source>
        <translation>Passt nicht: etwa %1 GB nötig, %2 GB frei auf %3. Verringern Sie die maximale Länge oder die Batchgröße, schalten Sie 4 Bit ein oder wählen Sie ein kleineres Basismodell.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="92" />
        <source>this computer (CPU)</source>
        <translation>diesem Computer (CPU)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="94" />
        <source>the GPU</source>
        <translation>der GPU</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="100" />
        <source>%1, row %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="114" />
        <source>%1: %2 rows, %3 kept, %4 dropped</source>
        <translation>%1: %2 Zeilen, %3 behalten, %4 verworfen</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="121" />
        <source>fixed (%1): %2</source>
        <translation>korrigiert (%1): %2</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="122" />
        <source>dropped (%1): %2</source>
        <translation>verworfen (%1): %2</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="129" />
        <source>Dropped rows:</source>
        <translation>Verworfene Zeilen:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="134" />
        <source>Fixed rows:</source>
        <translation>Korrigierte Zeilen:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="145" />
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="168" />
        <source>%1 conversations for training, %2 held out.</source>
        <translation>%1 Unterhaltungen zum Trainieren, %2 zurückgehalten.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="178" />
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="188" />
        <source>Conversation lengths:</source>
        <translation>Länge der Unterhaltungen:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="201" />
        <source>Dropped rows (%1 in all):</source>
        <translation>Verworfene Zeilen (insgesamt %1):</translation>
    </message>
</context>
</TS>