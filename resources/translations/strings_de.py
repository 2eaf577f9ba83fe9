# ruff: noqa: E501  (a table of UI strings: one line per string reads best)
"""German UI strings: {English source: German}; fill_translations.py writes them into lumichats_de.ts."""

DE = {
    "Send the message": "Nachricht senden",
    "New line in the message": "Neue Zeile in der Nachricht",
    "Next / previous control": "Nächstes / vorheriges Bedienelement",
    "Actions of the focused message or conversation": "Aktionen der ausgewählten Nachricht oder Unterhaltung",
    "Open the focused conversation or press the focused button": (
        "Ausgewählte Unterhaltung öffnen oder ausgewählte Schaltfläche drücken"
    ),
    "About LumiChats": "Über LumiChats",
    "A private assistant that runs on your own computer.": "Ein privater Assistent, der auf Ihrem eigenen Computer läuft.",
    "Model: %s": "Modell: %s",
    "Images can be attached once a model that sees them has loaded.": (
        "Bilder lassen sich anhängen, sobald ein Modell geladen ist, das Bilder erkennt."
    ),
    "Attach documents (text, Markdown, code, CSV, JSON, HTML, PDF) or images (Ctrl+Shift+A)": (
        "Dokumente (Text, Markdown, Code, CSV, JSON, HTML, PDF) oder Bilder anhängen (Ctrl+Shift+A)"
    ),
    "Attach an image: PNG, JPEG or WebP (Ctrl+Shift+I)": "Bild anhängen: PNG, JPEG oder WebP (Ctrl+Shift+I)",
    "%1 was not attached: %2": "%1 wurde nicht angehängt: %2",
    "%1 was not attached: at most %2 files go with one message.": (
        "%1 wurde nicht angehängt: Eine Nachricht kann höchstens %2 Dateien enthalten."
    ),
    "Documents and images": "Dokumente und Bilder",
    "Images": "Bilder",
    "Documents": "Dokumente",
    "Attach files": "Dateien anhängen",
    "pasted image": "eingefügtes Bild",
    "Remove %1": "%1 entfernen",
    "No model": "Kein Modell",
    "Loading the model": "Modell wird geladen",
    "Loading %s…": "%s wird geladen…",
    "about %s left": "noch etwa %s",
    "Writing…": "Schreibt…",
    "Context: %d / %d tokens": "Kontext: %d / %d Tokens",
    " (%d oldest messages left out)": " (%d älteste Nachrichten ausgelassen)",
    "%.1f tokens/s · first token %.2f s": "%.1f Tokens/s · erstes Token %.2f s",
    "Messages": "Nachrichten",
    "Show %n earlier message(s)": ("%n frühere Nachricht anzeigen", "%n frühere Nachrichten anzeigen"),
    "Copy message": "Nachricht kopieren",
    "Edit message": "Nachricht bearbeiten",
    "Regenerate reply": "Antwort neu erzeugen",
    "Delete message": "Nachricht löschen",
    "Message LumiChats… (Enter to send, Shift+Enter for a new line)": (
        "Nachricht an LumiChats… (Enter zum Senden, Umschalt+Enter für eine neue Zeile)"
    ),
    "Message": "Nachricht",
    "Write to LumiChats. Alt+Up moves to the newest message.": (
        "An LumiChats schreiben. Alt+Nach-oben springt zur neuesten Nachricht."
    ),
    "Training data": "Trainingsdaten",
    "Conversations in ShareGPT or messages form: .json, .jsonl or .parquet.": (
        "Unterhaltungen im ShareGPT- oder messages-Format: .json, .jsonl oder .parquet."
    ),
    "The bundled sample (40 conversations in 10 languages)": "Die mitgelieferte Probe (40 Unterhaltungen in 10 Sprachen)",
    "A file on this computer": "Eine Datei auf diesem Computer",
    "A Hugging Face dataset (downloaded when the run starts)": (
        "Ein Hugging-Face-Datensatz (wird beim Start des Trainings heruntergeladen)"
    ),
    "…/conversations.jsonl": "…/conversations.jsonl",
    "Browse…": "Durchsuchen…",
    "Held out for evaluation:": "Für die Auswertung zurückgehalten:",
    "Conversations (*.json *.jsonl *.parquet)": "Unterhaltungen (*.json *.jsonl *.parquet)",
    "The trainer downloads and checks this dataset when the run starts.": (
        "Der Trainer lädt diesen Datensatz beim Start des Trainings herunter und prüft ihn."
    ),
    "Reading the first rows…": "Erste Zeilen werden gelesen…",
    "The first %n rows:": ("Die erste Zeile:", "Die ersten %n Zeilen:"),
    "Document too long": "Dokument zu lang",
    "%1 needs about %2 tokens, but only about %3 are free in this chat (its context holds %4 tokens and %5 are kept for the reply). The whole document cannot be sent.\n\nSend only its beginning? Choose how many characters (of %6) to include; the model is told that the rest was left out.": (
        "%1 braucht etwa %2 Tokens, aber in diesem Chat sind nur etwa %3 frei (sein Kontext fasst %4 Tokens, "
        "und %5 sind für die Antwort reserviert). Das ganze Dokument kann nicht gesendet werden.\n\n"
        "Nur den Anfang senden? Wählen Sie, wie viele Zeichen (von %6) mitgehen; das Modell erfährt, "
        "dass der Rest ausgelassen wurde."
    ),
    " characters": " Zeichen",
    "Characters to send": "Zu sendende Zeichen",
    "Send the beginning": "Anfang senden",
    "Nothing of it fits: shorten your message or raise the context limit.": (
        "Nichts davon passt: Kürzen Sie Ihre Nachricht oder erhöhen Sie das Kontextlimit."
    ),
    "%1% of the document": "%1 % des Dokuments",
    "Unpacking the embedded model (first run only)": "Eingebettetes Modell wird entpackt (nur beim ersten Start)",
    "Reading the model file": "Modelldatei wird gelesen",
    "Reading the tokenizer": "Tokenizer wird gelesen",
    "Unpacking the weights": "Gewichte werden entpackt",
    "Saving": "Wird gespeichert",
    "Ready": "Bereit",
    "Loading data": "Daten werden geladen",
    "Evaluating on held-out conversations": "Auswertung auf zurückgehaltenen Unterhaltungen",
    "Training": "Training",
    "Saving the adapter": "Adapter wird gespeichert",
    "Starting": "Wird gestartet",
    "Fine-tune a LumiChats adapter": "LumiChats-Adapter feinabstimmen",
    "The trainer could not start: %s": "Der Trainer konnte nicht starten: %s",
    "A training run is going; check again when it ends.": "Ein Training läuft; prüfen Sie erneut, wenn es beendet ist.",
    "Checking… (tokenizing the data and sizing the run)": (
        "Prüfung läuft… (Daten werden tokenisiert und das Training wird abgeschätzt)"
    ),
    "The check stopped unexpectedly (exit code %s).": "Die Prüfung wurde unerwartet beendet (Exit-Code %s).",
    "Dropped rows (%1 in all):": "Verworfene Zeilen (insgesamt %1):",
    "%1 conversations for training, %2 held out.": "%1 Unterhaltungen zum Trainieren, %2 zurückgehalten.",
    "Stop training? A checkpoint is saved and Resume continues from it.": (
        "Training beenden? Ein Checkpoint wird gespeichert, und Fortsetzen macht dort weiter."
    ),
    "Training is running. Stop it (keeping a checkpoint) and close?": (
        "Das Training läuft. Beenden (mit Checkpoint) und schließen?"
    ),
    "Done": "Fertig",
    "Chat with it": "Damit chatten",
    "Held-out loss: %1 before, %2 after (lower is better).\nThe adapter is in %3.": (
        "Verlust auf zurückgehaltenen Daten: %1 vorher, %2 nachher (niedriger ist besser).\n"
        "Der Adapter liegt in %3."
    ),
    "The loss appears here once training starts.": "Der Verlust erscheint hier, sobald das Training beginnt.",
    "step (of %n)": "Schritt (von %n)",
    "Send": "Senden",
    "Sends the message; while a reply is written, stops it.": (
        "Sendet die Nachricht; während eine Antwort geschrieben wird, stoppt es sie."
    ),
    "&File": "&Datei",
    "New chat": "Neuer Chat",
    "Import conversations…": "Unterhaltungen importieren…",
    "Export all conversations…": "Alle Unterhaltungen exportieren…",
    "Models…": "Modelle…",
    "Fine-tune…": "Feinabstimmen…",
    "Quit": "Beenden",
    "&Conversation": "&Unterhaltung",
    "Settings…": "Einstellungen…",
    "Stop reply": "Antwort stoppen",
    "Search": "Suchen",
    "&View": "&Ansicht",
    "Larger text": "Größerer Text",
    "Smaller text": "Kleinerer Text",
    "Actual text size": "Originale Textgröße",
    "Previous message": "Vorherige Nachricht",
    "Next message": "Nächste Nachricht",
    "Go to the message box": "Zum Nachrichtenfeld",
    "Go to the conversation list": "Zur Unterhaltungsliste",
    "Text size %d%%": "Textgröße %d %%",
    "LumiChats is writing a reply.": "LumiChats schreibt eine Antwort.",
    "The reply failed: %s": "Die Antwort ist fehlgeschlagen: %s",
    "Reply stopped.": "Antwort gestoppt.",
    "LumiChats replied: %s": "LumiChats hat geantwortet: %s",
    "Something went wrong: %s": "Etwas ist schiefgelaufen: %s",
    "Recover": "Wiederherstellen",
    "%1 cannot see images; LumiChats 4B can: load it in Models (Ctrl+M).": (
        "%1 kann keine Bilder sehen; LumiChats 4B schon: Laden Sie es unter Modelle (Ctrl+M)."
    ),
    "Chat with %s": "Mit %s chatten",
    "You are chatting with LumiChats 270M, a small model that works offline. It handles simple questions and often gets facts wrong. LumiChats 4B is the real assistant: get it in Models (Ctrl+M).": (
        "Sie chatten mit LumiChats 270M, einem kleinen Modell, das offline arbeitet. Es bewältigt einfache "
        "Fragen und liegt bei Fakten oft daneben. LumiChats 4B ist der eigentliche Assistent: Sie erhalten "
        "ihn unter Modelle (Ctrl+M)."
    ),
    "Retry": "Wiederholen",
    "Load on the CPU": "Auf der CPU laden",
    "Use LumiChats 270M": "LumiChats 270M verwenden",
    "Recovering conversations from %s…": "Unterhaltungen werden aus %s wiederhergestellt…",
    "Rename": "Umbenennen",
    "Title:": "Titel:",
    "Conversation deleted.": "Unterhaltung gelöscht.",
    "Stop": "Stopp",
    "The reply could not start: %s": "Die Antwort konnte nicht starten: %s",
    "The model ended its reply without writing anything.": "Das Modell hat seine Antwort beendet, ohne etwas zu schreiben.",
    "Message:": "Nachricht:",
    "&Help": "&Hilfe",
    "Keyboard shortcuts": "Tastenkürzel",
    "You": "Sie",
    "Previous alternative": "Vorherige Variante",
    "Next alternative": "Nächste Variante",
    "Copy": "Kopieren",
    "Copy this message": "Diese Nachricht kopieren",
    "Continue": "Fortfahren",
    "Go on writing this reply": "Diese Antwort weiterschreiben",
    "Write this reply again": "Diese Antwort neu schreiben",
    "Alt+Up and Alt+Down move between messages; Tab reaches this message's actions.": (
        "Alt+Nach-oben und Alt+Nach-unten wechseln zwischen Nachrichten; Tab erreicht die Aktionen dieser Nachricht."
    ),
    "Copy code block %d": "Codeblock %d kopieren",
    "Regenerate": "Neu erzeugen",
    "Write another reply": "Eine andere Antwort schreiben",
    "Edit": "Bearbeiten",
    "Edit and resend": "Bearbeiten und erneut senden",
    "Delete": "Löschen",
    "Delete this message": "Diese Nachricht löschen",
    "Alternative %d of %d": "Variante %d von %d",
    "stopped": "gestoppt",
    "error": "Fehler",
    "writing…": "schreibt…",
    "interrupted": "unterbrochen",
    "Base model": "Basismodell",
    "The adapter is trained on this model; check that it fits before you start.": (
        "Der Adapter wird auf diesem Modell trainiert; prüfen Sie vor dem Start, ob es passt."
    ),
    "Load the base in 4-bit (QLoRA): a quarter of the memory, a bit slower": (
        "Basis in 4 Bit laden (QLoRA): ein Viertel des Speichers, etwas langsamer"
    ),
    "Check data and memory": "Daten und Speicher prüfen",
    "Not checked yet.": "Noch nicht geprüft.",
    "Model:": "Modell:",
    "Models": "Modelle",
    "Checking this computer's hardware…": "Hardware dieses Computers wird geprüft…",
    "Model": "Modell",
    "Status": "Status",
    "Size": "Größe",
    "Kind": "Art",
    "Fits here?": "Passt hier?",
    "Details": "Details",
    "Download": "Herunterladen",
    "Pause": "Pausieren",
    "Delete…": "Löschen…",
    "Set as default": "Als Standard festlegen",
    "Use now": "Jetzt verwenden",
    "Import .gguf…": ".gguf importieren…",
    "Use a folder…": "Ordner verwenden…",
    "A Hub repo id, e.g. google/gemma-3-4b-it or an adapter repo": (
        "Eine Hub-Repo-ID, z. B. google/gemma-3-4b-it oder ein Adapter-Repo"
    ),
    "Add from the Hub": "Vom Hub hinzufügen",
    "Hugging Face token:": "Hugging-Face-Token:",
    "hf_… (needed for gated or private repos)": "hf_… (nötig für zugangsbeschränkte oder private Repos)",
    "Save token": "Token speichern",
    "Remove token": "Token entfernen",
    "Close": "Schließen",
    "A token is saved. ": "Ein Token ist gespeichert. ",
    "No token saved. ": "Kein Token gespeichert. ",
    "Resume": "Fortsetzen",
    "Asking the Hub about %s…": "Hub wird zu %s befragt…",
    "Type a Hub repo id as owner/name, e.g. google/gemma-3-4b-it.": (
        "Geben Sie eine Hub-Repo-ID als Besitzer/Name ein, z. B. google/gemma-3-4b-it."
    ),
    "Deleting %s…": "%s wird gelöscht…",
    "Delete model": "Modell löschen",
    "Delete %1 (%2) from this computer? Downloading it again takes a while.": (
        "%1 (%2) von diesem Computer löschen? Ein erneuter Download dauert eine Weile."
    ),
    "Import a GGUF model": "GGUF-Modell importieren",
    "A model or adapter folder": "Ein Modell- oder Adapterordner",
    "%s holds neither config.json (a model) nor adapter_config.json (an adapter).": (
        "%s enthält weder config.json (ein Modell) noch adapter_config.json (einen Adapter)."
    ),
    "%s is ready.": "%s ist bereit.",
    "Download running": "Download läuft",
    "Pause the download and close? It resumes later.": "Download pausieren und schließen? Er wird später fortgesetzt.",
    "Dismiss": "Schließen",
    "Dismiss this notice": "Diesen Hinweis schließen",
    "Information": "Information",
    "Warning": "Warnung",
    "Error": "Fehler",
    "code": "Code",
    "Copy code": "Code kopieren",
    "The trainer runs in its own process; the app stays usable meanwhile.": (
        "Der Trainer läuft in einem eigenen Prozess; die App bleibt währenddessen benutzbar."
    ),
    "Stop (keeps a checkpoint)": "Stoppen (behält einen Checkpoint)",
    "  Held-out loss before: %s": "  Verlust auf zurückgehaltenen Daten vorher: %s",
    "Stopping: finishing this step and saving a checkpoint…": (
        "Wird gestoppt: Dieser Schritt wird beendet und ein Checkpoint gespeichert…"
    ),
    "Let other programs use the loaded model (OpenAI-compatible API)": (
        "Anderen Programmen das geladene Modell bereitstellen (OpenAI-kompatible API)"
    ),
    "Optional on this computer; clients send it as a Bearer token": (
        "Auf diesem Computer optional; Clients senden ihn als Bearer-Token"
    ),
    "Also accept other computers on the network (needs an API key)": (
        "Auch andere Computer im Netzwerk zulassen (erfordert einen API-Schlüssel)"
    ),
    "None: web pages cannot call the server": "Keine: Webseiten können den Server nicht aufrufen",
    "Save API conversations in the chat history": "API-Unterhaltungen im Chatverlauf speichern",
    "Off": "Aus",
    "Port": "Port",
    "API key": "API-Schlüssel",
    "Allowed web origins": "Erlaubte Web-Ursprünge",
    "Local API server not started: %s": "Lokaler API-Server nicht gestartet: %s",
    "API: %1 · requests served: %2": "API: %1 · bediente Anfragen: %2",
    " · generating for another program…": " · erzeugt für ein anderes Programm…",
    "Settings": "Einstellungen",
    "Instructions for this conversation (optional)": "Anweisungen für diese Unterhaltung (optional)",
    "System prompt": "Systemprompt",
    "App default": "App-Standard",
    "LoRA adapter folder (optional)": "LoRA-Adapterordner (optional)",
    "Adapter": "Adapter",
    "0 always picks the most likely word; higher is more varied.": (
        "0 wählt immer das wahrscheinlichste Wort; höhere Werte sind abwechslungsreicher."
    ),
    "0 turns top-k off.": "0 schaltet Top-k aus.",
    "Stops the reply from repeating itself: words that would repeat an earlier passage of the reply become less likely. 0 turns it off.": (
        "Verhindert, dass sich die Antwort wiederholt: Wörter, die eine frühere Passage der Antwort "
        "wiederholen würden, werden unwahrscheinlicher. 0 schaltet es aus."
    ),
    "Temperature": "Temperatur",
    "Top-p": "Top-p",
    "Top-k": "Top-k",
    "Min-p": "Min-p",
    "Repetition penalty": "Wiederholungsstrafe",
    "Loop guard": "Schleifenschutz",
    "Max reply length (tokens)": "Maximale Antwortlänge (Tokens)",
    "This conversation": "Diese Unterhaltung",
    "Follow the system": "Wie das System",
    "Light": "Hell",
    "Dark": "Dunkel",
    "Enter sends, Shift+Enter new line": "Enter sendet, Umschalt+Enter neue Zeile",
    "Ctrl+Enter sends, Enter new line": "Ctrl+Enter sendet, Enter neue Zeile",
    "Best available": "Bestes verfügbares",
    "Theme": "Design",
    "Language (next start)": "Sprache (beim nächsten Start)",
    "Send with": "Senden mit",
    "Default model (next start)": "Standardmodell (beim nächsten Start)",
    "Context limit (tokens)": "Kontextlimit (Tokens)",
    "Default reply length": "Standard-Antwortlänge",
    "App": "App",
    "Local API server": "Lokaler API-Server",
    "The LumiChats recipe is filled in; the defaults are a good start.": (
        "Das LumiChats-Rezept ist eingetragen; die Standardwerte sind ein guter Anfang."
    ),
    "LoRA rank r (capacity of the adapter):": "LoRA-Rang r (Kapazität des Adapters):",
    "LoRA alpha (scale; r and alpha equal is the recipe):": "LoRA-Alpha (Skalierung; das Rezept setzt r und Alpha gleich):",
    "Learning rate:": "Lernrate:",
    "Batch size (conversations per step on the device):": "Batchgröße (Unterhaltungen pro Schritt auf dem Gerät):",
    "Gradient accumulation (batches per optimizer step):": "Gradientenakkumulation (Batches pro Optimiererschritt):",
    "Steps:": "Schritte:",
    "Maximum length in tokens (longer ones are cut):": "Maximale Länge in Tokens (längere werden gekürzt):",
    "Adapter name:": "Adaptername:",
    "Saved in:": "Gespeichert in:",
    "Show advanced settings": "Erweiterte Einstellungen anzeigen",
    "Learning-rate schedule:": "Lernraten-Verlauf:",
    "Warm-up steps:": "Aufwärmschritte:",
    "Checkpoint every (steps):": "Checkpoint alle (Schritte):",
    "Held-out loss every (steps, 0 = only before and after):": (
        "Verlust auf zurückgehaltenen Daten alle (Schritte, 0 = nur vorher und nachher):"
    ),
    "Seed:": "Seed:",
    "Use all %n GPUs (one trainer process each; the same batch per step)": (
        "Alle %n GPUs verwenden (je ein Trainerprozess; derselbe Batch pro Schritt)"
    ),
    "Action": "Aktion",
    "Keys": "Tasten",
    "Starts an empty conversation (Ctrl+N).": "Beginnt eine leere Unterhaltung (Ctrl+N).",
    "New chat (Ctrl+N)": "Neuer Chat (Ctrl+N)",
    "Search conversations": "Unterhaltungen durchsuchen",
    "Search conversations (Ctrl+F)": "Unterhaltungen durchsuchen (Ctrl+F)",
    "Conversations": "Unterhaltungen",
    "Enter opens a conversation; F2 renames it, Delete deletes it, the Menu key shows the rest.": (
        "Enter öffnet eine Unterhaltung; F2 benennt sie um, Entf löscht sie, die Menütaste zeigt den Rest."
    ),
    "Undo": "Rückgängig",
    "Brings back the conversation just deleted (Ctrl+Z).": "Holt die gerade gelöschte Unterhaltung zurück (Ctrl+Z).",
    "%s, pinned": "%s, angeheftet",
    "No matches": "Keine Treffer",
    "Unpin": "Lösen",
    "Pin": "Anheften",
    "Export as Markdown…": "Als Markdown exportieren…",
    "Export as JSON…": "Als JSON exportieren…",
    "Export conversation": "Unterhaltung exportieren",
    "Export all": "Alle exportieren",
    "Import conversations": "Unterhaltungen importieren",
    "Import its conversations again, as copies?": "Seine Unterhaltungen erneut importieren, als Kopien?",
    "Import copies": "Kopien importieren",
    "Skip": "Überspringen",
    "What can I help you with?": "Wobei kann ich helfen?",
    "LumiChats runs on this computer: what you write here stays here. Try one of these:": (
        "LumiChats läuft auf diesem Computer: Was Sie hier schreiben, bleibt hier. Probieren Sie eines davon:"
    ),
    "Puts this example in the message box, ready to send or edit.": (
        "Setzt dieses Beispiel ins Nachrichtenfeld, bereit zum Senden oder Bearbeiten."
    ),
    "Explain how a rainbow forms, in three sentences.": "Erkläre in drei Sätzen, wie ein Regenbogen entsteht.",
    "Write a short, friendly email declining a meeting.": "Schreibe eine kurze, freundliche E-Mail, die ein Treffen absagt.",
    "Give me five ideas for a quick vegetarian dinner.": "Gib mir fünf Ideen für ein schnelles vegetarisches Abendessen.",
    "Write a Python function that reverses the words in a sentence.": (
        "Schreibe eine Python-Funktion, die die Wörter in einem Satz umkehrt."
    ),
    "%1 %2/%3: %4": "%1 %2/%3: %4",
    "%1 tokens/s": "%1 Tokens/s",
    "peak %1 GB": "Spitze %1 GB",
    "Fits: about %1 GB needed, %2 GB free on %3.": "Passt: etwa %1 GB nötig, %2 GB frei auf %3.",
    "Will not fit: about %1 GB needed, %2 GB free on %3. Lower the maximum length or the batch size, turn on 4-bit, or pick a smaller base model.": (
        "Passt nicht: etwa %1 GB nötig, %2 GB frei auf %3. Verringern Sie die maximale Länge oder die "
        "Batchgröße, schalten Sie 4 Bit ein oder wählen Sie ein kleineres Basismodell."
    ),
    "The conversation database was written by a newer LumiChats (schema %1; this version knows %2). It was kept as %3; update LumiChats to see those conversations again. A new database was started.": "Die Unterhaltungsdatenbank wurde von einem neueren LumiChats geschrieben (Schema %1; diese Version kennt %2). Sie wurde als %3 aufbewahrt; aktualisieren Sie LumiChats, um diese Unterhaltungen wieder zu sehen. Eine neue Datenbank wurde angelegt.",
    "The conversation database was damaged (%1). It was kept unchanged as %2 in %3 and a new, empty database was started. Press Recover to copy every conversation that can still be read into the new database, now or later from File > Recover conversations from a damaged file…": "Die Unterhaltungsdatenbank war beschädigt (%1). Sie wurde unverändert als %2 in %3 aufbewahrt und eine neue, leere Datenbank wurde angelegt. Klicken Sie auf Wiederherstellen, um jede noch lesbare Unterhaltung in die neue Datenbank zu kopieren, jetzt oder später über Datei > Unterhaltungen aus einer beschädigten Datei wiederherstellen…",
    "Nothing could be read from %1: it may not be a LumiChats conversation database. The file was not changed.": "Aus %1 konnte nichts gelesen werden: Es ist womöglich keine LumiChats-Unterhaltungsdatenbank. Die Datei wurde nicht verändert.",
    "Recovered %1 conversation(s) and %2 message(s) from %3.": "%1 Unterhaltung(en) und %2 Nachricht(en) aus %3 wiederhergestellt.",
    "%1 attached file(s) came back with them.": "%1 angehängte Datei(en) kamen mit ihnen zurück.",
    "Up to %1 message(s) could not be read.": "Bis zu %1 Nachricht(en) konnten nicht gelesen werden.",
    "%1 attachment(s) were damaged and left out.": "%1 Anhang/Anhänge waren beschädigt und wurden ausgelassen.",
    "The damaged file was not changed.": "Die beschädigte Datei wurde nicht verändert.",
    "%1, set aside %2, %3": "%1, beiseitegelegt am %2, %3",
    " (recovered from on %1)": " (wiederhergestellt am %1)",
    "Recover conversations": "Unterhaltungen wiederherstellen",
    "Damaged copies of the conversation database kept in %1:": "Beschädigte Kopien der Unterhaltungsdatenbank in %1:",
    "No damaged conversation database is kept in %1. LumiChats sets a damaged database aside there when it finds one at start; to recover from a copy kept elsewhere, choose the file.": "In %1 wird keine beschädigte Unterhaltungsdatenbank aufbewahrt. LumiChats legt eine beschädigte Datenbank dort beiseite, wenn es beim Start eine findet; um aus einer anderswo aufbewahrten Kopie wiederherzustellen, wählen Sie die Datei.",
    "Damaged database files": "Beschädigte Datenbankdateien",
    "Choose another file…": "Andere Datei wählen…",
    "Conversations from this file were already recovered on %1. Recovering again adds them a second time.": "Die Unterhaltungen dieser Datei wurden bereits am %1 wiederhergestellt. Erneutes Wiederherstellen fügt sie ein zweites Mal hinzu.",
    "Conversation databases (*.sqlite3*);;All files (*)": "Unterhaltungsdatenbanken (*.sqlite3*);;Alle Dateien (*)",
    "Recover conversations from a damaged file…": "Unterhaltungen aus einer beschädigten Datei wiederherstellen…",
    "Could not recover from %1: %2. The file was not changed.": "Wiederherstellen aus %1 nicht möglich: %2. Die Datei wurde nicht verändert.",
    # hui3: the wizard walk
    "Finished: the adapter is saved. Next shows the result.": "Fertig: Der Adapter ist gespeichert. Weiter zeigt das Ergebnis.",
    "Stopped before the first step. Resume starts the run again.": "Vor dem ersten Schritt angehalten. Fortsetzen startet das Training neu.",
    "Stopped at step %1 of %2. A checkpoint is kept: Resume continues from it.": "Bei Schritt %1 von %2 angehalten. Ein Checkpoint ist gespeichert: Fortsetzen macht dort weiter.",
    "The run stopped with an error (below).": "Das Training wurde durch einen Fehler beendet (unten).",
    "Starting the trainer…": "Training wird gestartet…",
    "Finished": "Fertig",
    "Stopped": "Angehalten",
    "Failed": "Fehlgeschlagen",
    "this computer (CPU)": "diesem Computer (CPU)",
    "the GPU": "der GPU",
    "%1 tokens": "%1 Tokens",
    "Conversation lengths:": "Länge der Unterhaltungen:",
    "%1, row %2: %3": "%1, Zeile %2: %3",
    "%1: %2 rows, %3 kept, %4 dropped": "%1: %2 Zeilen, %3 behalten, %4 verworfen",
    "fixed (%1): %2": "korrigiert (%1): %2",
    "dropped (%1): %2": "verworfen (%1): %2",
    "Dropped rows:": "Verworfene Zeilen:",
    "Fixed rows:": "Korrigierte Zeilen:",
    "… and %1 more": "… und %1 weitere",
    "user": "Benutzer",
    "assistant": "Assistent",
    "system": "System",
    "Choose a file (.json, .jsonl or .parquet) with Browse…, or type its path above.": "Wählen Sie eine Datei (.json, .jsonl oder .parquet) mit Durchsuchen… oder geben Sie oben ihren Pfad ein.",
    "%1 does not exist. Choose a .json, .jsonl or .parquet file.": "%1 existiert nicht. Wählen Sie eine .json-, .jsonl- oder .parquet-Datei.",
    "%1 is not a .json, .jsonl or .parquet file. Save the conversations in one of those forms.": "%1 ist keine .json-, .jsonl- oder .parquet-Datei. Speichern Sie die Unterhaltungen in einem dieser Formate.",
    "%1 is empty. It needs conversations: one JSON object per line (.jsonl), or a JSON array.": "%1 ist leer. Es braucht Unterhaltungen: ein JSON-Objekt pro Zeile (.jsonl) oder ein JSON-Array.",
    'None of the first rows of %1 is a conversation to train on. Each row needs a "conversations" (ShareGPT) or "messages" list with a question and a reply.': 'Keine der ersten Zeilen von %1 ist eine Unterhaltung zum Trainieren. Jede Zeile braucht eine Liste "conversations" (ShareGPT) oder "messages" mit einer Frage und einer Antwort.',
    "linear (falls to zero)": "linear (fällt auf null)",
    "cosine (falls to zero, gently at both ends)": "Kosinus (fällt auf null, sanft an beiden Enden)",
    "constant": "konstant",
    "%1 pages": "%1 Seiten",
    "first %1 of %2 characters": "erste %1 von %2 Zeichen",
}
