<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="hi">
<context>
    <name />
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="100" />
        <source>Send the message</source>
        <translation>संदेश भेजें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="101" />
        <source>New line in the message</source>
        <translation>संदेश में नई पंक्ति</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="102" />
        <source>Next / previous control</source>
        <translation>अगला / पिछला नियंत्रण</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="103" />
        <source>Actions of the focused message or conversation</source>
        <translation>चुने हुए संदेश या बातचीत की क्रियाएँ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="104" />
        <source>Open the focused conversation or press the focused button</source>
        <translation>चुनी हुई बातचीत खोलें या चुना हुआ बटन दबाएँ</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="140" />
        <source>About LumiChats</source>
        <translation>LumiChats के बारे में</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="144" />
        <source>A private assistant that runs on your own computer.</source>
        <translation>एक निजी सहायक जो आपके अपने कंप्यूटर पर चलता है।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="146" />
        <source>Model: %s</source>
        <translation>मॉडल: %s</translation>
    </message>
</context>
<context>
    <name>AttachmentBar</name>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="168" />
        <source>Images can be attached once a model that sees them has loaded.</source>
        <translation>चित्र समझने वाला मॉडल लोड होने के बाद चित्र जोड़े जा सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="172" />
        <source>Attach documents (text, Markdown, code, CSV, JSON, HTML, PDF) or images (Ctrl+Shift+A)</source>
        <translation>दस्तावेज़ (टेक्स्ट, Markdown, कोड, CSV, JSON, HTML, PDF) या चित्र जोड़ें (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="203" />
        <source>Attach an image: PNG, JPEG or WebP (Ctrl+Shift+I)</source>
        <translation>चित्र जोड़ें: PNG, JPEG या WebP (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="211" />
        <source>%1 was not attached: %2</source>
        <translation>%1 नहीं जोड़ा गया: %2</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="218" />
        <source>%1 was not attached: at most %2 files go with one message.</source>
        <translation>%1 नहीं जोड़ा गया: एक संदेश के साथ अधिकतम %2 फ़ाइलें जा सकती हैं।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="260" />
        <source>Documents and images</source>
        <translation>दस्तावेज़ और चित्र</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="260" />
        <source>Images</source>
        <translation>चित्र</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="262" />
        <source>Documents</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="265" />
        <source>Attach files</source>
        <translation>फ़ाइलें जोड़ें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="338" />
        <source>pasted image</source>
        <translation>चिपकाया गया चित्र</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="75" />
        <source>%1 pages</source>
        <translation>%1 पृष्ठ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="79" />
        <source>first %1 of %2 characters</source>
        <translation>%2 में से पहले %1 अक्षर</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="130" />
        <source>Remove %1</source>
        <translation>%1 हटाएँ</translation>
    </message>
</context>
<context>
    <name>ChatStatusBar</name>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="20" />
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="65" />
        <source>No model</source>
        <translation>कोई मॉडल नहीं</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="26" />
        <source>Loading the model</source>
        <translation>मॉडल लोड हो रहा है</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="35" />
        <source>Loading %s…</source>
        <translation>%s लोड हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="49" />
        <source>about %s left</source>
        <translation>लगभग %s बाकी</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="71" />
        <source>Writing…</source>
        <translation>लिख रहा है…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="75" />
        <source>Context: %d / %d tokens</source>
        <translation>संदर्भ: %d / %d टोकन</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="77" />
        <source> (%d oldest messages left out)</source>
        <translation> (%d सबसे पुराने संदेश छोड़े गए)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="90" />
        <source>%.1f tokens/s · first token %.2f s</source>
        <translation>%.1f टोकन/से · पहला टोकन %.2f से</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../lumichats_desktop/ui/chat_view.py" line="78" />
        <source>Messages</source>
        <translation>संदेश</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lumichats_desktop/ui/chat_view.py" line="145" />
        <source>Show %n earlier message(s)</source>
        <translation><numerusform>%n पिछला संदेश दिखाएँ</numerusform><numerusform>%n पिछले संदेश दिखाएँ</numerusform></translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/chat_view.py" line="259" />
        <source>Copy message</source>
        <translation>संदेश कॉपी करें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/chat_view.py" line="261" />
        <source>Edit message</source>
        <translation>संदेश संपादित करें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/chat_view.py" line="266" />
        <source>Regenerate reply</source>
        <translation>उत्तर फिर से बनाएँ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/chat_view.py" line="271" />
        <source>Delete message</source>
        <translation>संदेश हटाएँ</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../lumichats_desktop/ui/composer.py" line="27" />
        <source>Message LumiChats… (Enter to send, Shift+Enter for a new line)</source>
        <translation>LumiChats को संदेश लिखें… (भेजने के लिए Enter, नई पंक्ति के लिए Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/composer.py" line="28" />
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/composer.py" line="29" />
        <source>Write to LumiChats. Alt+Up moves to the newest message.</source>
        <translation>LumiChats को लिखें। Alt+Up सबसे नए संदेश पर ले जाता है।</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="61" />
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="106" />
        <source>Training data</source>
        <translation>प्रशिक्षण डेटा</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="62" />
        <source>Conversations in ShareGPT or messages form: .json, .jsonl or .parquet.</source>
        <translation>ShareGPT या messages रूप में बातचीत: .json, .jsonl या .parquet।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="64" />
        <source>The bundled sample (40 conversations in 10 languages)</source>
        <translation>साथ आया नमूना (10 भाषाओं में 40 बातचीत)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="65" />
        <source>A file on this computer</source>
        <translation>इस कंप्यूटर पर एक फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="66" />
        <source>A Hugging Face dataset (downloaded when the run starts)</source>
        <translation>Hugging Face डेटासेट (प्रशिक्षण शुरू होने पर डाउनलोड होता है)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="69" />
        <source>…/conversations.jsonl</source>
        <translation>…/conversations.jsonl</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="70" />
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="92" />
        <source>Held out for evaluation:</source>
        <translation>मूल्यांकन के लिए अलग रखा गया:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="106" />
        <source>Conversations (*.json *.jsonl *.parquet)</source>
        <translation>बातचीत (*.json *.jsonl *.parquet)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="132" />
        <source>The trainer downloads and checks this dataset when the run starts.</source>
        <translation>प्रशिक्षण शुरू होने पर ट्रेनर यह डेटासेट डाउनलोड करके जाँचता है।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="138" />
        <source>Choose a file (.json, .jsonl or .parquet) with Browse…, or type its path above.</source>
        <translation>ब्राउज़ करें… से एक फ़ाइल (.json, .jsonl या .parquet) चुनें, या ऊपर उसका पथ लिखें।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="144" />
        <source>Reading the first rows…</source>
        <translation>पहली पंक्तियाँ पढ़ी जा रही हैं…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="162" />
        <source>The first %n rows:</source>
        <translation><numerusform>पहली %n पंक्ति:</numerusform><numerusform>पहली %n पंक्तियाँ:</numerusform></translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="190" />
        <source>%1 does not exist. Choose a .json, .jsonl or .parquet file.</source>
        <translation>%1 मौजूद नहीं है। कोई .json, .jsonl या .parquet फ़ाइल चुनें।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="195" />
        <source>%1 is not a .json, .jsonl or .parquet file. Save the conversations in one of those forms.</source>
        <translation>%1 कोई .json, .jsonl या .parquet फ़ाइल नहीं है। बातचीत इनमें से किसी रूप में सहेजें।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="199" />
        <source>%1 is empty. It needs conversations: one JSON object per line (.jsonl), or a JSON array.</source>
        <translation>%1 खाली है। इसमें बातचीत होनी चाहिए: हर पंक्ति में एक JSON ऑब्जेक्ट (.jsonl), या एक JSON ऐरे।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="202" />
        <source>None of the first rows of %1 is a conversation to train on. Each row needs a "conversations" (ShareGPT) or "messages" list with a question and a reply.</source>
        <translation>%1 की शुरुआती पंक्तियों में प्रशिक्षण लायक कोई बातचीत नहीं है। हर पंक्ति में एक प्रश्न और एक उत्तर वाली "conversations" (ShareGPT) या "messages" सूची होनी चाहिए।</translation>
    </message>
</context>
<context>
    <name>DocumentCutDialog</name>
    <message>
        <location filename="../../lumichats_desktop/ui/document_cut_dialog.py" line="27" />
        <source>Document too long</source>
        <translation>दस्तावेज़ बहुत लंबा है</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/document_cut_dialog.py" line="31" />
        <source>%1 needs about %2 tokens, but only about %3 are free in this chat (its context holds %4 tokens and %5 are kept for the reply). The whole document cannot be sent.

Send only its beginning? Choose how many characters (of %6) to include; the model is told that the rest was left out.</source>
        <translation>%1 को लगभग %2 टोकन चाहिए, लेकिन इस चैट में केवल लगभग %3 खाली हैं (इसका संदर्भ %4 टोकन का है और %5 उत्तर के लिए रखे गए हैं)। पूरा दस्तावेज़ नहीं भेजा जा सकता।

क्या केवल इसकी शुरुआत भेजें? चुनें कि (%6 में से) कितने अक्षर शामिल करने हैं; मॉडल को बताया जाता है कि बाकी हिस्सा छोड़ दिया गया।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/document_cut_dialog.py" line="50" />
        <source> characters</source>
        <translation> अक्षर</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/document_cut_dialog.py" line="51" />
        <source>Characters to send</source>
        <translation>भेजने के लिए अक्षर</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/document_cut_dialog.py" line="61" />
        <source>Send the beginning</source>
        <translation>शुरुआत भेजें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/document_cut_dialog.py" line="65" />
        <source>Nothing of it fits: shorten your message or raise the context limit.</source>
        <translation>इसका कुछ भी नहीं समाता: अपना संदेश छोटा करें या संदर्भ सीमा बढ़ाएँ।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/document_cut_dialog.py" line="73" />
        <source>%1% of the document</source>
        <translation>दस्तावेज़ का %1%</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="21" />
        <source>Loading the model</source>
        <translation>मॉडल लोड हो रहा है</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="22" />
        <source>Unpacking the embedded model (first run only)</source>
        <translation>अंतर्निहित मॉडल खोला जा रहा है (केवल पहली बार)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="23" />
        <source>Reading the model file</source>
        <translation>मॉडल फ़ाइल पढ़ी जा रही है</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="24" />
        <source>Reading the tokenizer</source>
        <translation>टोकनाइज़र पढ़ा जा रहा है</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="25" />
        <source>Unpacking the weights</source>
        <translation>वेट खोले जा रहे हैं</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="26" />
        <source>Saving</source>
        <translation>सहेजा जा रहा है</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="27" />
        <source>Ready</source>
        <translation>तैयार</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="28" />
        <source>Loading data</source>
        <translation>डेटा लोड हो रहा है</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="29" />
        <source>Evaluating on held-out conversations</source>
        <translation>अलग रखी गई बातचीत पर मूल्यांकन</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="30" />
        <source>Training</source>
        <translation>प्रशिक्षण</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="31" />
        <source>Saving the adapter</source>
        <translation>एडेप्टर सहेजा जा रहा है</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="32" />
        <source>Starting</source>
        <translation>शुरू हो रहा है</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="33" />
        <source>user</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="34" />
        <source>assistant</source>
        <translation>सहायक</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="35" />
        <source>system</source>
        <translation>सिस्टम</translation>
    </message>
</context>
<context>
    <name>FineTuneWizard</name>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="32" />
        <source>Fine-tune a LumiChats adapter</source>
        <translation>LumiChats एडेप्टर को फ़ाइन-ट्यून करें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="83" />
        <source>The trainer could not start: %s</source>
        <translation>ट्रेनर शुरू नहीं हो सका: %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="112" />
        <source>A training run is going; check again when it ends.</source>
        <translation>प्रशिक्षण चल रहा है; इसके खत्म होने पर फिर से जाँचें।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="116" />
        <source>Checking… (tokenizing the data and sizing the run)</source>
        <translation>जाँच हो रही है… (डेटा को टोकन में बाँटा जा रहा है और प्रशिक्षण का आकार आँका जा रहा है)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="145" />
        <source>The check stopped unexpectedly (exit code %s).</source>
        <translation>जाँच अचानक रुक गई (निकास कोड %s)।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="154" />
        <source>Stop training? A checkpoint is saved and Resume continues from it.</source>
        <translation>प्रशिक्षण रोकें? एक चेकपॉइंट सहेजा जाता है और "फिर से शुरू करें" वहीं से आगे बढ़ता है।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="173" />
        <source>Training is running. Stop it (keeping a checkpoint) and close?</source>
        <translation>प्रशिक्षण चल रहा है। इसे रोककर (चेकपॉइंट रखते हुए) बंद करें?</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="105" />
        <source>Done</source>
        <translation>हो गया</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="109" />
        <source>Chat with it</source>
        <translation>इससे चैट करें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="119" />
        <source>Held-out loss: %1 before, %2 after (lower is better).
The adapter is in %3.</source>
        <translation>अलग रखे डेटा पर लॉस: पहले %1, बाद में %2 (कम बेहतर है)।
एडेप्टर %3 में है।</translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <location filename="../../lumichats_desktop/ui/loss_chart.py" line="36" />
        <source>The loss appears here once training starts.</source>
        <translation>प्रशिक्षण शुरू होते ही लॉस यहाँ दिखेगा।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lumichats_desktop/ui/loss_chart.py" line="54" />
        <source>step (of %n)</source>
        <translation><numerusform>चरण (%n में से)</numerusform><numerusform>चरण (%n में से)</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="183" />
        <source>&amp;Help</source>
        <translation>सहायता(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="184" />
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="188" />
        <source>About LumiChats</source>
        <translation>LumiChats के बारे में</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="89" />
        <location filename="../../lumichats_desktop/ui/reply_flow.py" line="179" />
        <source>Send</source>
        <translation>भेजें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="92" />
        <source>Sends the message; while a reply is written, stops it.</source>
        <translation>संदेश भेजता है; उत्तर लिखे जाते समय उसे रोकता है।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="149" />
        <source>&amp;File</source>
        <translation>फ़ाइल(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="150" />
        <source>New chat</source>
        <translation>नई चैट</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="154" />
        <source>Import conversations…</source>
        <translation>बातचीत आयात करें…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="161" />
        <source>Export all conversations…</source>
        <translation>सभी बातचीत निर्यात करें…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="166" />
        <source>Models…</source>
        <translation>मॉडल…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="168" />
        <source>Fine-tune…</source>
        <translation>फ़ाइन-ट्यून…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="170" />
        <source>Quit</source>
        <translation>बाहर निकलें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="171" />
        <source>&amp;Conversation</source>
        <translation>बातचीत(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="175" />
        <source>Settings…</source>
        <translation>सेटिंग्स…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="179" />
        <source>Stop reply</source>
        <translation>उत्तर रोकें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="181" />
        <source>Search</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="49" />
        <source>&amp;View</source>
        <translation>दृश्य(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="52" />
        <source>Larger text</source>
        <translation>बड़ा टेक्स्ट</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="57" />
        <source>Smaller text</source>
        <translation>छोटा टेक्स्ट</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="62" />
        <source>Actual text size</source>
        <translation>वास्तविक टेक्स्ट आकार</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="68" />
        <source>Previous message</source>
        <translation>पिछला संदेश</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="73" />
        <source>Next message</source>
        <translation>अगला संदेश</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="78" />
        <source>Go to the message box</source>
        <translation>संदेश बॉक्स पर जाएँ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="83" />
        <source>Go to the conversation list</source>
        <translation>बातचीत सूची पर जाएँ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="101" />
        <source>Text size %d%%</source>
        <translation>टेक्स्ट आकार %d%%</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="121" />
        <source>LumiChats is writing a reply.</source>
        <translation>LumiChats उत्तर लिख रहा है।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="131" />
        <source>The reply failed: %s</source>
        <translation>उत्तर विफल रहा: %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="135" />
        <source>Reply stopped.</source>
        <translation>उत्तर रोका गया।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="138" />
        <source>LumiChats replied: %s</source>
        <translation>LumiChats का उत्तर: %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="276" />
        <source>Something went wrong: %s</source>
        <translation>कुछ गलत हो गया: %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/model_loading.py" line="49" />
        <source>%1 cannot see images; LumiChats 4B can: load it in Models (Ctrl+M).</source>
        <translation>%1 चित्र नहीं देख सकता; LumiChats 4B देख सकता है: उसे मॉडल में लोड करें (Ctrl+M)।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/model_loading.py" line="57" />
        <source>You are chatting with LumiChats 270M, a small model that works offline. It handles simple questions and often gets facts wrong. LumiChats 4B is the real assistant: get it in Models (Ctrl+M).</source>
        <translation>आप LumiChats 270M से चैट कर रहे हैं, जो ऑफ़लाइन चलने वाला एक छोटा मॉडल है। यह सरल प्रश्न सँभाल लेता है और अक्सर तथ्यों में गलती करता है। असली सहायक LumiChats 4B है: इसे मॉडल में पाएँ (Ctrl+M)।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/model_loading.py" line="66" />
        <location filename="../../lumichats_desktop/ui/reply_flow.py" line="208" />
        <source>Retry</source>
        <translation>फिर से कोशिश करें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/model_loading.py" line="68" />
        <source>Load on the CPU</source>
        <translation>CPU पर लोड करें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/model_loading.py" line="70" />
        <source>Use LumiChats 270M</source>
        <translation>LumiChats 270M इस्तेमाल करें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="345" />
        <source>Rename</source>
        <translation>नाम बदलें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="345" />
        <source>Title:</source>
        <translation>शीर्षक:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="355" />
        <source>Conversation deleted.</source>
        <translation>बातचीत हटा दी गई।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="421" />
        <source>Edit message</source>
        <translation>संदेश संपादित करें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="421" />
        <source>Message:</source>
        <translation>संदेश:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/reply_flow.py" line="170" />
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/reply_flow.py" line="190" />
        <source>The reply could not start: %s</source>
        <translation>उत्तर शुरू नहीं हो सका: %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/reply_flow.py" line="253" />
        <source>The model ended its reply without writing anything.</source>
        <translation>मॉडल ने कुछ लिखे बिना उत्तर समाप्त कर दिया।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/tool_windows.py" line="66" />
        <source>Chat with %s</source>
        <translation>%s से चैट करें</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="378" />
        <source>You</source>
        <translation>आप</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="205" />
        <source>Previous alternative</source>
        <translation>पिछला विकल्प</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="207" />
        <source>Next alternative</source>
        <translation>अगला विकल्प</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="163" />
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="163" />
        <source>Copy this message</source>
        <translation>यह संदेश कॉपी करें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="166" />
        <source>Edit</source>
        <translation>संपादित करें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="166" />
        <source>Edit and resend</source>
        <translation>संपादित करके फिर भेजें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="170" />
        <source>Regenerate</source>
        <translation>फिर से बनाएँ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="171" />
        <source>Write another reply</source>
        <translation>दूसरा उत्तर लिखें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="175" />
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="175" />
        <source>Delete this message</source>
        <translation>यह संदेश हटाएँ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="225" />
        <source>Continue</source>
        <translation>जारी रखें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="226" />
        <source>Go on writing this reply</source>
        <translation>यह उत्तर आगे लिखें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="231" />
        <source>Retry</source>
        <translation>फिर से कोशिश करें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="232" />
        <source>Write this reply again</source>
        <translation>यह उत्तर फिर से लिखें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="301" />
        <source>Alternative %d of %d</source>
        <translation>विकल्प %d / %d</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="304" />
        <source>stopped</source>
        <translation>रोका गया</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="305" />
        <source>error</source>
        <translation>त्रुटि</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="306" />
        <source>writing…</source>
        <translation>लिख रहा है…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="307" />
        <source>interrupted</source>
        <translation>बाधित</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="382" />
        <source>Alt+Up and Alt+Down move between messages; Tab reaches this message's actions.</source>
        <translation>Alt+Up और Alt+Down संदेशों के बीच ले जाते हैं; Tab इस संदेश की क्रियाओं तक पहुँचाता है।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="454" />
        <source>Copy message</source>
        <translation>संदेश कॉपी करें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="456" />
        <source>Copy code block %d</source>
        <translation>कोड ब्लॉक %d कॉपी करें</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="215" />
        <source>Base model</source>
        <translation>आधार मॉडल</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="217" />
        <source>The adapter is trained on this model; check that it fits before you start.</source>
        <translation>एडेप्टर इसी मॉडल पर प्रशिक्षित होता है; शुरू करने से पहले जाँच लें कि यह समाता है।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="224" />
        <source>Load the base in 4-bit (QLoRA): a quarter of the memory, a bit slower</source>
        <translation>आधार को 4-बिट में लोड करें (QLoRA): एक-चौथाई मेमोरी, थोड़ा धीमा</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="227" />
        <source>Check data and memory</source>
        <translation>डेटा और मेमोरी जाँचें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="229" />
        <source>Not checked yet.</source>
        <translation>अभी जाँचा नहीं गया।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="231" />
        <source>Model:</source>
        <translation>मॉडल:</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="48" />
        <source>Models</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="74" />
        <source>Checking this computer's hardware…</source>
        <translation>इस कंप्यूटर का हार्डवेयर जाँचा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="81" />
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="82" />
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="83" />
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="84" />
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="85" />
        <source>Fits here?</source>
        <translation>यहाँ समाएगा?</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="86" />
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="96" />
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="212" />
        <source>Download</source>
        <translation>डाउनलोड करें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="97" />
        <source>Pause</source>
        <translation>विराम दें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="98" />
        <source>Delete…</source>
        <translation>हटाएँ…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="99" />
        <source>Set as default</source>
        <translation>डिफ़ॉल्ट बनाएँ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="100" />
        <source>Use now</source>
        <translation>अभी इस्तेमाल करें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="101" />
        <source>Import .gguf…</source>
        <translation>.gguf आयात करें…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="102" />
        <source>Use a folder…</source>
        <translation>फ़ोल्डर इस्तेमाल करें…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="118" />
        <source>A Hub repo id, e.g. google/gemma-3-4b-it or an adapter repo</source>
        <translation>Hub रिपॉज़िटरी ID, जैसे google/gemma-3-4b-it या कोई एडेप्टर रिपॉज़िटरी</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="121" />
        <source>Add from the Hub</source>
        <translation>Hub से जोड़ें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="137" />
        <source>Hugging Face token:</source>
        <translation>Hugging Face टोकन:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="140" />
        <source>hf_… (needed for gated or private repos)</source>
        <translation>hf_… (प्रतिबंधित या निजी रिपॉज़िटरी के लिए ज़रूरी)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="141" />
        <source>Save token</source>
        <translation>टोकन सहेजें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="142" />
        <source>Remove token</source>
        <translation>टोकन हटाएँ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="150" />
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="187" />
        <source>A token is saved. </source>
        <translation>एक टोकन सहेजा गया है। </translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="187" />
        <source>No token saved. </source>
        <translation>कोई टोकन सहेजा नहीं गया। </translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="212" />
        <source>Resume</source>
        <translation>फिर से शुरू करें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="228" />
        <source>Asking the Hub about %s…</source>
        <translation>Hub से %s के बारे में पूछा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="241" />
        <source>Type a Hub repo id as owner/name, e.g. google/gemma-3-4b-it.</source>
        <translation>Hub रिपॉज़िटरी ID को owner/name रूप में लिखें, जैसे google/gemma-3-4b-it।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="254" />
        <source>Deleting %s…</source>
        <translation>%s हटाया जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="272" />
        <source>Delete model</source>
        <translation>मॉडल हटाएँ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="273" />
        <source>Delete %1 (%2) from this computer? Downloading it again takes a while.</source>
        <translation>%1 (%2) को इस कंप्यूटर से हटाएँ? इसे फिर से डाउनलोड करने में समय लगता है।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="293" />
        <source>Import a GGUF model</source>
        <translation>GGUF मॉडल आयात करें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="301" />
        <source>A model or adapter folder</source>
        <translation>मॉडल या एडेप्टर फ़ोल्डर</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="307" />
        <source>%s holds neither config.json (a model) nor adapter_config.json (an adapter).</source>
        <translation>%s में न config.json (मॉडल) है और न adapter_config.json (एडेप्टर)।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="342" />
        <source>%s is ready.</source>
        <translation>%s तैयार है।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="370" />
        <source>Download running</source>
        <translation>डाउनलोड चल रहा है</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="370" />
        <source>Pause the download and close? It resumes later.</source>
        <translation>डाउनलोड रोककर बंद करें? यह बाद में फिर शुरू होगा।</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../lumichats_desktop/ui/notices.py" line="59" />
        <source>Dismiss</source>
        <translation>खारिज करें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/notices.py" line="60" />
        <source>Dismiss this notice</source>
        <translation>यह सूचना खारिज करें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/notices.py" line="66" />
        <source>Information</source>
        <translation>जानकारी</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/notices.py" line="66" />
        <source>Warning</source>
        <translation>चेतावनी</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/notices.py" line="66" />
        <source>Error</source>
        <translation>त्रुटि</translation>
    </message>
</context>
<context>
    <name>ReplyRenderer</name>
    <message>
        <location filename="../../lumichats_desktop/ui/markdown_render.py" line="65" />
        <source>code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/markdown_render.py" line="67" />
        <source>Copy code</source>
        <translation>कोड कॉपी करें</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="29" />
        <source>Training</source>
        <translation>प्रशिक्षण</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="30" />
        <source>The trainer runs in its own process; the app stays usable meanwhile.</source>
        <translation>ट्रेनर अपनी अलग प्रक्रिया में चलता है; इस बीच ऐप इस्तेमाल किया जा सकता है।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="41" />
        <source>Stop (keeps a checkpoint)</source>
        <translation>रोकें (चेकपॉइंट रखता है)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="42" />
        <source>Resume</source>
        <translation>फिर से शुरू करें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="70" />
        <source>  Held-out loss before: %s</source>
        <translation>  अलग रखे डेटा पर पहले का लॉस: %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="76" />
        <source>Stopping: finishing this step and saving a checkpoint…</source>
        <translation>रोका जा रहा है: यह चरण पूरा करके चेकपॉइंट सहेजा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="87" />
        <source>Finished: the adapter is saved. Next shows the result.</source>
        <translation>पूरा हुआ: एडॉप्टर सहेज लिया गया। आगे पर परिणाम दिखेगा।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="90" />
        <source>Stopped before the first step. Resume starts the run again.</source>
        <translation>पहले चरण से पहले रोका गया। फिर से शुरू करें प्रशिक्षण को दोबारा शुरू करता है।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="92" />
        <source>Stopped at step %1 of %2. A checkpoint is kept: Resume continues from it.</source>
        <translation>चरण %1 / %2 पर रोका गया। एक चेकपॉइंट रखा गया है: फिर से शुरू करें वहीं से आगे बढ़ता है।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="97" />
        <source>The run stopped with an error (below).</source>
        <translation>प्रशिक्षण एक त्रुटि के कारण रुक गया (नीचे देखें)।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="98" />
        <source>Starting the trainer…</source>
        <translation>ट्रेनर शुरू हो रहा है…</translation>
    </message>
</context>
<context>
    <name>ServerSettingsTab</name>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="43" />
        <source>Let other programs use the loaded model (OpenAI-compatible API)</source>
        <translation>दूसरे प्रोग्रामों को लोड किया गया मॉडल इस्तेमाल करने दें (OpenAI-संगत API)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="50" />
        <source>Optional on this computer; clients send it as a Bearer token</source>
        <translation>इस कंप्यूटर पर वैकल्पिक; क्लाइंट इसे Bearer टोकन के रूप में भेजते हैं</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="51" />
        <source>Also accept other computers on the network (needs an API key)</source>
        <translation>नेटवर्क के दूसरे कंप्यूटरों को भी अनुमति दें (API कुंजी ज़रूरी)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="54" />
        <source>None: web pages cannot call the server</source>
        <translation>कोई नहीं: वेब पेज सर्वर को कॉल नहीं कर सकते</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="55" />
        <source>Save API conversations in the chat history</source>
        <translation>API बातचीत को चैट इतिहास में सहेजें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="57" />
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="76" />
        <source>Off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="60" />
        <source>Port</source>
        <translation>पोर्ट</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="61" />
        <source>API key</source>
        <translation>API कुंजी</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="63" />
        <source>Allowed web origins</source>
        <translation>अनुमत वेब ऑरिजिन</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="65" />
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
</context>
<context>
    <name>ServerStatus</name>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="27" />
        <source>Local API server not started: %s</source>
        <translation>स्थानीय API सर्वर शुरू नहीं हुआ: %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="30" />
        <source>API: %1 · requests served: %2</source>
        <translation>API: %1 · पूरे किए गए अनुरोध: %2</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="33" />
        <source> · generating for another program…</source>
        <translation> · दूसरे प्रोग्राम के लिए बना रहा है…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="59" />
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="65" />
        <source>Instructions for this conversation (optional)</source>
        <translation>इस बातचीत के लिए निर्देश (वैकल्पिक)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="66" />
        <source>System prompt</source>
        <translation>सिस्टम प्रॉम्प्ट</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="68" />
        <source>App default</source>
        <translation>ऐप डिफ़ॉल्ट</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="74" />
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="76" />
        <source>LoRA adapter folder (optional)</source>
        <translation>LoRA एडेप्टर फ़ोल्डर (वैकल्पिक)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="77" />
        <source>Adapter</source>
        <translation>एडेप्टर</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="79" />
        <source>0 always picks the most likely word; higher is more varied.</source>
        <translation>0 हमेशा सबसे संभावित शब्द चुनता है; अधिक मान ज़्यादा विविधता देता है।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="82" />
        <source>0 turns top-k off.</source>
        <translation>0 top-k को बंद करता है।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="88" />
        <source>Stops the reply from repeating itself: words that would repeat an earlier passage of the reply become less likely. 0 turns it off.</source>
        <translation>उत्तर को खुद को दोहराने से रोकता है: जो शब्द उत्तर के पहले वाले हिस्से को दोहराएँगे, उनकी संभावना कम हो जाती है। 0 इसे बंद करता है।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="94" />
        <source>Temperature</source>
        <translation>तापमान</translation>
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
        <translation>दोहराव दंड</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="99" />
        <source>Loop guard</source>
        <translation>लूप सुरक्षा</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="100" />
        <source>Max reply length (tokens)</source>
        <translation>अधिकतम उत्तर लंबाई (टोकन)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="103" />
        <source>This conversation</source>
        <translation>यह बातचीत</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="108" />
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="124" />
        <source>Follow the system</source>
        <translation>सिस्टम के अनुसार</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="109" />
        <source>Light</source>
        <translation>हल्का</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="110" />
        <source>Dark</source>
        <translation>गहरा</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="115" />
        <source>Enter sends, Shift+Enter new line</source>
        <translation>Enter भेजता है, Shift+Enter नई पंक्ति</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="116" />
        <source>Ctrl+Enter sends, Enter new line</source>
        <translation>Ctrl+Enter भेजता है, Enter नई पंक्ति</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="119" />
        <source>Best available</source>
        <translation>सबसे अच्छा उपलब्ध</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="131" />
        <source>Theme</source>
        <translation>थीम</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="132" />
        <source>Language (next start)</source>
        <translation>भाषा (अगली बार शुरू करने पर)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="133" />
        <source>Send with</source>
        <translation>इससे भेजें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="134" />
        <source>Default model (next start)</source>
        <translation>डिफ़ॉल्ट मॉडल (अगली बार शुरू करने पर)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="135" />
        <source>Context limit (tokens)</source>
        <translation>संदर्भ सीमा (टोकन)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="136" />
        <source>Default reply length</source>
        <translation>डिफ़ॉल्ट उत्तर लंबाई</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="137" />
        <source>App</source>
        <translation>ऐप</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="139" />
        <source>Local API server</source>
        <translation>स्थानीय API सर्वर</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="240" />
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="241" />
        <source>The LumiChats recipe is filled in; the defaults are a good start.</source>
        <translation>LumiChats की विधि भरी हुई है; डिफ़ॉल्ट मान अच्छी शुरुआत हैं।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="257" />
        <source>linear (falls to zero)</source>
        <translation>रैखिक (शून्य तक घटता है)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="258" />
        <source>cosine (falls to zero, gently at both ends)</source>
        <translation>कोसाइन (शून्य तक घटता है, दोनों सिरों पर धीरे)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="259" />
        <source>constant</source>
        <translation>स्थिर</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="267" />
        <source>LoRA rank r (capacity of the adapter):</source>
        <translation>LoRA रैंक r (एडेप्टर की क्षमता):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="268" />
        <source>LoRA alpha (scale; r and alpha equal is the recipe):</source>
        <translation>LoRA alpha (स्केल; विधि में r और alpha बराबर होते हैं):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="269" />
        <source>Learning rate:</source>
        <translation>लर्निंग रेट:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="270" />
        <source>Batch size (conversations per step on the device):</source>
        <translation>बैच आकार (डिवाइस पर प्रति चरण बातचीत):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="271" />
        <source>Gradient accumulation (batches per optimizer step):</source>
        <translation>ग्रेडिएंट संचय (प्रति ऑप्टिमाइज़र चरण बैच):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="272" />
        <source>Steps:</source>
        <translation>चरण:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="273" />
        <source>Maximum length in tokens (longer ones are cut):</source>
        <translation>टोकन में अधिकतम लंबाई (लंबी बातचीत काटी जाती है):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="274" />
        <source>Adapter name:</source>
        <translation>एडेप्टर का नाम:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="275" />
        <source>Saved in:</source>
        <translation>यहाँ सहेजा गया:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="283" />
        <source>Show advanced settings</source>
        <translation>उन्नत सेटिंग्स दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="291" />
        <source>Learning-rate schedule:</source>
        <translation>लर्निंग रेट शेड्यूल:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="292" />
        <source>Warm-up steps:</source>
        <translation>वार्म-अप चरण:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="293" />
        <source>Checkpoint every (steps):</source>
        <translation>हर इतने चरणों पर चेकपॉइंट:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="294" />
        <source>Held-out loss every (steps, 0 = only before and after):</source>
        <translation>हर इतने चरणों पर अलग रखे डेटा का लॉस (0 = केवल पहले और बाद में):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="295" />
        <source>Seed:</source>
        <translation>सीड:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="302" />
        <source>Use all %n GPUs (one trainer process each; the same batch per step)</source>
        <translation><numerusform>सभी %n GPU इस्तेमाल करें (हर एक पर एक ट्रेनर प्रक्रिया; प्रति चरण वही बैच)</numerusform><numerusform>सभी %n GPU इस्तेमाल करें (हर एक पर एक ट्रेनर प्रक्रिया; प्रति चरण वही बैच)</numerusform></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="113" />
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="119" />
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="120" />
        <source>Action</source>
        <translation>क्रिया</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="120" />
        <source>Keys</source>
        <translation>कुंजियाँ</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="44" />
        <source>New chat</source>
        <translation>नई चैट</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="46" />
        <source>Starts an empty conversation (Ctrl+N).</source>
        <translation>एक खाली बातचीत शुरू करता है (Ctrl+N)।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="48" />
        <source>New chat (Ctrl+N)</source>
        <translation>नई चैट (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="53" />
        <source>Search conversations</source>
        <translation>बातचीत खोजें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="54" />
        <source>Search conversations (Ctrl+F)</source>
        <translation>बातचीत खोजें (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="62" />
        <source>Conversations</source>
        <translation>बातचीत</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="65" />
        <source>Enter opens a conversation; F2 renames it, Delete deletes it, the Menu key shows the rest.</source>
        <translation>Enter बातचीत खोलता है; F2 उसका नाम बदलता है, Delete उसे हटाता है, Menu कुंजी बाकी विकल्प दिखाती है।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="78" />
        <source>Undo</source>
        <translation>पूर्ववत करें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="80" />
        <source>Brings back the conversation just deleted (Ctrl+Z).</source>
        <translation>अभी हटाई गई बातचीत वापस लाता है (Ctrl+Z)।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="91" />
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="169" />
        <source>Rename</source>
        <translation>नाम बदलें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="93" />
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="179" />
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="115" />
        <source>%s, pinned</source>
        <translation>%s, पिन की गई</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="134" />
        <source>No matches</source>
        <translation>कोई मेल नहीं</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="171" />
        <source>Unpin</source>
        <translation>पिन हटाएँ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="171" />
        <source>Pin</source>
        <translation>पिन करें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="175" />
        <source>Export as Markdown…</source>
        <translation>Markdown के रूप में निर्यात करें…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="177" />
        <source>Export as JSON…</source>
        <translation>JSON के रूप में निर्यात करें…</translation>
    </message>
</context>
<context>
    <name>StorageRecovery</name>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="48" />
        <source>The conversation database was written by a newer LumiChats (schema %1; this version knows %2). It was kept as %3; update LumiChats to see those conversations again. A new database was started.</source>
        <translation>बातचीत का डेटाबेस LumiChats के नए संस्करण ने लिखा था (स्कीमा %1; यह संस्करण %2 जानता है)। इसे %3 के रूप में रखा गया है; उन बातचीतों को फिर से देखने के लिए LumiChats अपडेट करें। एक नया डेटाबेस शुरू किया गया।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="59" />
        <source>The conversation database was damaged (%1). It was kept unchanged as %2 in %3 and a new, empty database was started. Press Recover to copy every conversation that can still be read into the new database, now or later from File &gt; Recover conversations from a damaged file…</source>
        <translation>बातचीत का डेटाबेस खराब था (%1)। इसे बिना बदले %3 में %2 के रूप में रखा गया है और एक नया, खाली डेटाबेस शुरू किया गया। जो भी बातचीत अब भी पढ़ी जा सकती है उसे नए डेटाबेस में कॉपी करने के लिए पुनर्प्राप्त करें दबाएँ, अभी या बाद में फ़ाइल &gt; खराब फ़ाइल से बातचीत पुनर्प्राप्त करें… से।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="74" />
        <source>Nothing could be read from %1: it may not be a LumiChats conversation database. The file was not changed.</source>
        <translation>%1 से कुछ भी नहीं पढ़ा जा सका: हो सकता है यह LumiChats का बातचीत डेटाबेस न हो। फ़ाइल बदली नहीं गई।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="80" />
        <source>Recovered %1 conversation(s) and %2 message(s) from %3.</source>
        <translation>%3 से %1 बातचीत और %2 संदेश पुनर्प्राप्त किए गए।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="89" />
        <source>%1 attached file(s) came back with them.</source>
        <translation>उनके साथ %1 संलग्न फ़ाइलें भी वापस आईं।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="95" />
        <source>Up to %1 message(s) could not be read.</source>
        <translation>अधिकतम %1 संदेश पढ़े नहीं जा सके।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="101" />
        <source>%1 attachment(s) were damaged and left out.</source>
        <translation>%1 अनुलग्नक खराब थे और छोड़ दिए गए।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="105" />
        <source>The damaged file was not changed.</source>
        <translation>खराब फ़ाइल बदली नहीं गई।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="116" />
        <source>%1, set aside %2, %3</source>
        <translation>%1, %2 को अलग रखा गया, %3</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="122" />
        <source> (recovered from on %1)</source>
        <translation> (%1 को इससे पुनर्प्राप्त किया गया)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="133" />
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="207" />
        <source>Recover conversations</source>
        <translation>बातचीत पुनर्प्राप्त करें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="137" />
        <source>Damaged copies of the conversation database kept in %1:</source>
        <translation>%1 में रखी बातचीत डेटाबेस की खराब प्रतियाँ:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="141" />
        <source>No damaged conversation database is kept in %1. LumiChats sets a damaged database aside there when it finds one at start; to recover from a copy kept elsewhere, choose the file.</source>
        <translation>%1 में कोई खराब बातचीत डेटाबेस नहीं रखा है। शुरू होते समय खराब डेटाबेस मिलने पर LumiChats उसे वहीं अलग रख देता है; कहीं और रखी प्रति से पुनर्प्राप्त करने के लिए फ़ाइल चुनें।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="153" />
        <source>Damaged database files</source>
        <translation>खराब डेटाबेस फ़ाइलें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="165" />
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="247" />
        <source>Recover</source>
        <translation>पुनर्प्राप्त करें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="168" />
        <source>Choose another file…</source>
        <translation>दूसरी फ़ाइल चुनें…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="188" />
        <source>Conversations from this file were already recovered on %1. Recovering again adds them a second time.</source>
        <translation>इस फ़ाइल की बातचीत %1 को पहले ही पुनर्प्राप्त की जा चुकी है। फिर से पुनर्प्राप्त करने पर वे दूसरी बार जुड़ जाएँगी।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="209" />
        <source>Conversation databases (*.sqlite3*);;All files (*)</source>
        <translation>बातचीत डेटाबेस (*.sqlite3*);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="235" />
        <source>Recover conversations from a damaged file…</source>
        <translation>खराब फ़ाइल से बातचीत पुनर्प्राप्त करें…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="269" />
        <source>Recovering conversations from %s…</source>
        <translation>%s से बातचीत पुनर्प्राप्त की जा रही है…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="278" />
        <source>Could not recover from %1: %2. The file was not changed.</source>
        <translation>%1 से पुनर्प्राप्त नहीं किया जा सका: %2। फ़ाइल बदली नहीं गई।</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="28" />
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="36" />
        <source>Export conversation</source>
        <translation>बातचीत निर्यात करें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="44" />
        <source>Export all</source>
        <translation>सभी निर्यात करें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="60" />
        <source>Import conversations</source>
        <translation>बातचीत आयात करें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="85" />
        <source>Import its conversations again, as copies?</source>
        <translation>इसकी बातचीत को प्रतियों के रूप में फिर से आयात करें?</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="88" />
        <source>Import copies</source>
        <translation>प्रतियाँ आयात करें</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="90" />
        <source>Skip</source>
        <translation>छोड़ें</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../lumichats_desktop/ui/welcome.py" line="120" />
        <source>What can I help you with?</source>
        <translation>मैं आपकी क्या मदद कर सकता हूँ?</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/welcome.py" line="125" />
        <source>LumiChats runs on this computer: what you write here stays here. Try one of these:</source>
        <translation>LumiChats इसी कंप्यूटर पर चलता है: आप यहाँ जो लिखते हैं, वह यहीं रहता है। इनमें से कोई आज़माएँ:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/welcome.py" line="140" />
        <source>Puts this example in the message box, ready to send or edit.</source>
        <translation>यह उदाहरण संदेश बॉक्स में डालता है, भेजने या संपादित करने के लिए तैयार।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/welcome.py" line="154" />
        <source>Explain how a rainbow forms, in three sentences.</source>
        <translation>तीन वाक्यों में समझाओ कि इंद्रधनुष कैसे बनता है।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/welcome.py" line="155" />
        <source>Write a short, friendly email declining a meeting.</source>
        <translation>किसी मीटिंग से विनम्रता से मना करते हुए एक छोटा, दोस्ताना ईमेल लिखो।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/welcome.py" line="156" />
        <source>Give me five ideas for a quick vegetarian dinner.</source>
        <translation>झटपट बनने वाले शाकाहारी रात के खाने के पाँच सुझाव दो।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/welcome.py" line="157" />
        <source>Write a Python function that reverses the words in a sentence.</source>
        <translation>एक Python फ़ंक्शन लिखो जो किसी वाक्य के शब्दों का क्रम उलट दे।</translation>
    </message>
</context>
<context>
    <name>WizardText</name>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="51" />
        <source>Finished</source>
        <translation>पूरा हुआ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="52" />
        <source>Stopped</source>
        <translation>रोका गया</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="53" />
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="56" />
        <source>%1 %2/%3: %4</source>
        <translation>%1 %2/%3: %4</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="65" />
        <source>%1 tokens/s</source>
        <translation>%1 टोकन/से</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="69" />
        <source>peak %1 GB</source>
        <translation>अधिकतम %1 GB</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="79" />
        <source>Fits: about %1 GB needed, %2 GB free on %3.</source>
        <translation>समाता है: लगभग %1 GB चाहिए, %3 पर %2 GB खाली।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="81" />
        <source>Will not fit: about %1 GB needed, %2 GB free on %3. Lower the maximum length or the batch size, turn on 4-bit, or pick a smaller base model.</source>
        <translation>नहीं समाएगा: लगभग %1 GB चाहिए, %3 पर %2 GB खाली है। अधिकतम लंबाई या बैच आकार घटाएँ, 4-बिट चालू करें, या कोई छोटा आधार मॉडल चुनें।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="92" />
        <source>this computer (CPU)</source>
        <translation>इस कंप्यूटर (CPU)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="94" />
        <source>the GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="100" />
        <source>%1, row %2: %3</source>
        <translation>%1, पंक्ति %2: %3</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="114" />
        <source>%1: %2 rows, %3 kept, %4 dropped</source>
        <translation>%1: %2 पंक्तियाँ, %3 रखी गईं, %4 छोड़ी गईं</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="121" />
        <source>fixed (%1): %2</source>
        <translation>ठीक की गईं (%1): %2</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="122" />
        <source>dropped (%1): %2</source>
        <translation>छोड़ी गईं (%1): %2</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="129" />
        <source>Dropped rows:</source>
        <translation>छोड़ी गई पंक्तियाँ:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="134" />
        <source>Fixed rows:</source>
        <translation>ठीक की गई पंक्तियाँ:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="145" />
        <source>… and %1 more</source>
        <translation>… और %1</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="168" />
        <source>%1 conversations for training, %2 held out.</source>
        <translation>प्रशिक्षण के लिए %1 बातचीत, %2 अलग रखी गईं।</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="178" />
        <source>%1 tokens</source>
        <translation>%1 टोकन</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="188" />
        <source>Conversation lengths:</source>
        <translation>बातचीत की लंबाई:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="201" />
        <source>Dropped rows (%1 in all):</source>
        <translation>छोड़ी गई पंक्तियाँ (कुल %1):</translation>
    </message>
</context>
</TS>