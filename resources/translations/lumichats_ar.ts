<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name />
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="100" />
        <source>Send the message</source>
        <translation>إرسال الرسالة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="101" />
        <source>New line in the message</source>
        <translation>سطر جديد في الرسالة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="102" />
        <source>Next / previous control</source>
        <translation>عنصر التحكم التالي / السابق</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="103" />
        <source>Actions of the focused message or conversation</source>
        <translation>إجراءات الرسالة أو المحادثة المحددة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="104" />
        <source>Open the focused conversation or press the focused button</source>
        <translation>فتح المحادثة المحددة أو الضغط على الزر المحدد</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="140" />
        <source>About LumiChats</source>
        <translation>حول LumiChats</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="144" />
        <source>A private assistant that runs on your own computer.</source>
        <translation>مساعد خاص يعمل على حاسوبك أنت.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="146" />
        <source>Model: %s</source>
        <translation>النموذج: %s</translation>
    </message>
</context>
<context>
    <name>AttachmentBar</name>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="168" />
        <source>Images can be attached once a model that sees them has loaded.</source>
        <translation>يمكن إرفاق الصور بعد تحميل نموذج يستطيع رؤيتها.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="172" />
        <source>Attach documents (text, Markdown, code, CSV, JSON, HTML, PDF) or images (Ctrl+Shift+A)</source>
        <translation>إرفاق مستندات (نص، Markdown، شيفرة، CSV، JSON، HTML، PDF) أو صور (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="203" />
        <source>Attach an image: PNG, JPEG or WebP (Ctrl+Shift+I)</source>
        <translation>إرفاق صورة: PNG أو JPEG أو WebP ‏(Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="211" />
        <source>%1 was not attached: %2</source>
        <translation>لم يُرفق %1: %2</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="218" />
        <source>%1 was not attached: at most %2 files go with one message.</source>
        <translation>لم يُرفق %1: يحمل الرسالة الواحدة %2 ملفات على الأكثر.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="260" />
        <source>Documents and images</source>
        <translation>المستندات والصور</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="260" />
        <source>Images</source>
        <translation>الصور</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="262" />
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="265" />
        <source>Attach files</source>
        <translation>إرفاق ملفات</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="338" />
        <source>pasted image</source>
        <translation>صورة ملصقة</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="75" />
        <source>%1 pages</source>
        <translation>%1 صفحات</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="79" />
        <source>first %1 of %2 characters</source>
        <translation>أول %1 من %2 حرفًا</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="130" />
        <source>Remove %1</source>
        <translation>إزالة %1</translation>
    </message>
</context>
<context>
    <name>ChatStatusBar</name>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="20" />
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="65" />
        <source>No model</source>
        <translation>لا يوجد نموذج</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="26" />
        <source>Loading the model</source>
        <translation>تحميل النموذج</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="35" />
        <source>Loading %s…</source>
        <translation>جارٍ تحميل %s…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="49" />
        <source>about %s left</source>
        <translation>يتبقى نحو %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="71" />
        <source>Writing…</source>
        <translation>جارٍ الكتابة…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="75" />
        <source>Context: %d / %d tokens</source>
        <translation>السياق: %d / %d رمزًا</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="77" />
        <source> (%d oldest messages left out)</source>
        <translation> (تم استبعاد %d من أقدم الرسائل)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="90" />
        <source>%.1f tokens/s · first token %.2f s</source>
        <translation>%.1f رمز/ث · أول رمز %.2f ث</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../lumichats_desktop/ui/chat_view.py" line="78" />
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lumichats_desktop/ui/chat_view.py" line="145" />
        <source>Show %n earlier message(s)</source>
        <translation><numerusform>عرض %n من الرسائل السابقة</numerusform><numerusform>عرض %n من الرسائل السابقة</numerusform><numerusform>عرض %n من الرسائل السابقة</numerusform><numerusform>عرض %n من الرسائل السابقة</numerusform><numerusform>عرض %n من الرسائل السابقة</numerusform><numerusform>عرض %n من الرسائل السابقة</numerusform></translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/chat_view.py" line="259" />
        <source>Copy message</source>
        <translation>نسخ الرسالة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/chat_view.py" line="261" />
        <source>Edit message</source>
        <translation>تعديل الرسالة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/chat_view.py" line="266" />
        <source>Regenerate reply</source>
        <translation>إعادة توليد الرد</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/chat_view.py" line="271" />
        <source>Delete message</source>
        <translation>حذف الرسالة</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../lumichats_desktop/ui/composer.py" line="27" />
        <source>Message LumiChats… (Enter to send, Shift+Enter for a new line)</source>
        <translation>اكتب رسالة إلى LumiChats… (Enter للإرسال، Shift+Enter لسطر جديد)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/composer.py" line="28" />
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/composer.py" line="29" />
        <source>Write to LumiChats. Alt+Up moves to the newest message.</source>
        <translation>اكتب إلى LumiChats. ينتقل Alt+أعلى إلى أحدث رسالة.</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="61" />
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="106" />
        <source>Training data</source>
        <translation>بيانات التدريب</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="62" />
        <source>Conversations in ShareGPT or messages form: .json, .jsonl or .parquet.</source>
        <translation>محادثات بصيغة ShareGPT أو messages: ‏.json أو .jsonl أو .parquet.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="64" />
        <source>The bundled sample (40 conversations in 10 languages)</source>
        <translation>العينة المرفقة (40 محادثة بعشر لغات)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="65" />
        <source>A file on this computer</source>
        <translation>ملف على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="66" />
        <source>A Hugging Face dataset (downloaded when the run starts)</source>
        <translation>مجموعة بيانات من Hugging Face (تُنزَّل عند بدء التدريب)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="69" />
        <source>…/conversations.jsonl</source>
        <translation>…/conversations.jsonl</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="70" />
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="92" />
        <source>Held out for evaluation:</source>
        <translation>محجوز للتقييم:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="106" />
        <source>Conversations (*.json *.jsonl *.parquet)</source>
        <translation>محادثات (*.json *.jsonl *.parquet)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="132" />
        <source>The trainer downloads and checks this dataset when the run starts.</source>
        <translation>يُنزّل المدرِّب هذه البيانات ويفحصها عند البدء.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="138" />
        <source>Choose a file (.json, .jsonl or .parquet) with Browse…, or type its path above.</source>
        <translation>اختر ملفًا (.json أو .jsonl أو .parquet) بزر «استعراض…»، أو اكتب مساره أعلاه.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="144" />
        <source>Reading the first rows…</source>
        <translation>جارٍ قراءة الصفوف الأولى…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="162" />
        <source>The first %n rows:</source>
        <translation><numerusform>أول %n صف:</numerusform><numerusform>أول %n صف:</numerusform><numerusform>أول %n صف:</numerusform><numerusform>أول %n صف:</numerusform><numerusform>أول %n صف:</numerusform><numerusform>أول %n صف:</numerusform></translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="190" />
        <source>%1 does not exist. Choose a .json, .jsonl or .parquet file.</source>
        <translation>%1 غير موجود. اختر ملف ‎.json أو ‎.jsonl أو ‎.parquet.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="195" />
        <source>%1 is not a .json, .jsonl or .parquet file. Save the conversations in one of those forms.</source>
        <translation>%1 ليس ملف ‎.json أو ‎.jsonl أو ‎.parquet. احفظ المحادثات بإحدى هذه الصيغ.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="199" />
        <source>%1 is empty. It needs conversations: one JSON object per line (.jsonl), or a JSON array.</source>
        <translation>%1 فارغ. يجب أن يحتوي على محادثات: كائن JSON في كل سطر (‎.jsonl)، أو مصفوفة JSON.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="202" />
        <source>None of the first rows of %1 is a conversation to train on. Each row needs a "conversations" (ShareGPT) or "messages" list with a question and a reply.</source>
        <translation>لا يوجد في الصفوف الأولى من %1 محادثة صالحة للتدريب. يحتاج كل صف إلى قائمة "conversations" (ShareGPT) أو "messages" فيها سؤال ورد.</translation>
    </message>
</context>
<context>
    <name>DocumentCutDialog</name>
    <message>
        <location filename="../../lumichats_desktop/ui/document_cut_dialog.py" line="27" />
        <source>Document too long</source>
        <translation>المستند طويل جدًا</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/document_cut_dialog.py" line="31" />
        <source>%1 needs about %2 tokens, but only about %3 are free in this chat (its context holds %4 tokens and %5 are kept for the reply). The whole document cannot be sent.

Send only its beginning? Choose how many characters (of %6) to include; the model is told that the rest was left out.</source>
        <translation>يحتاج %1 إلى نحو %2 رمزًا، لكن المتاح في هذه المحادثة نحو %3 فقط (يتسع سياقها لـ%4 رمزًا ويُحجز %5 للرد). لا يمكن إرسال المستند كاملًا.

هل تُرسل بدايته فقط؟ اختر عدد الأحرف (من %6) التي تُضمَّن؛ ويُخبَر النموذج بأن الباقي تُرك.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/document_cut_dialog.py" line="50" />
        <source> characters</source>
        <translation> حرفًا</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/document_cut_dialog.py" line="51" />
        <source>Characters to send</source>
        <translation>الأحرف المرسلة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/document_cut_dialog.py" line="61" />
        <source>Send the beginning</source>
        <translation>إرسال البداية</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/document_cut_dialog.py" line="65" />
        <source>Nothing of it fits: shorten your message or raise the context limit.</source>
        <translation>لا يتسع منه شيء: اختصر رسالتك أو ارفع حد السياق.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/document_cut_dialog.py" line="73" />
        <source>%1% of the document</source>
        <translation>%1% من المستند</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="21" />
        <source>Loading the model</source>
        <translation>تحميل النموذج</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="22" />
        <source>Unpacking the embedded model (first run only)</source>
        <translation>فك حزمة النموذج المدمج (في التشغيل الأول فقط)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="23" />
        <source>Reading the model file</source>
        <translation>قراءة ملف النموذج</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="24" />
        <source>Reading the tokenizer</source>
        <translation>قراءة المقطِّع</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="25" />
        <source>Unpacking the weights</source>
        <translation>فك الأوزان</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="26" />
        <source>Saving</source>
        <translation>جارٍ الحفظ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="27" />
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="28" />
        <source>Loading data</source>
        <translation>تحميل البيانات</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="29" />
        <source>Evaluating on held-out conversations</source>
        <translation>التقييم على المحادثات المحجوزة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="30" />
        <source>Training</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="31" />
        <source>Saving the adapter</source>
        <translation>حفظ المحوّل</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="32" />
        <source>Starting</source>
        <translation>البدء</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="33" />
        <source>user</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="34" />
        <source>assistant</source>
        <translation>المساعد</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="35" />
        <source>system</source>
        <translation>النظام</translation>
    </message>
</context>
<context>
    <name>FineTuneWizard</name>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="32" />
        <source>Fine-tune a LumiChats adapter</source>
        <translation>ضبط محوّل LumiChats</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="83" />
        <source>The trainer could not start: %s</source>
        <translation>تعذّر بدء عملية التدريب: %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="112" />
        <source>A training run is going; check again when it ends.</source>
        <translation>يجري تدريب الآن؛ افحص مرة أخرى عند انتهائه.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="116" />
        <source>Checking… (tokenizing the data and sizing the run)</source>
        <translation>جارٍ الفحص… (تقطيع البيانات وتقدير حجم التدريب)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="145" />
        <source>The check stopped unexpectedly (exit code %s).</source>
        <translation>توقف الفحص بشكل غير متوقع (رمز الخروج %s).</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="154" />
        <source>Stop training? A checkpoint is saved and Resume continues from it.</source>
        <translation>إيقاف التدريب؟ تُحفظ نقطة ويستأنف زر الاستئناف منها.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="173" />
        <source>Training is running. Stop it (keeping a checkpoint) and close?</source>
        <translation>التدريب جارٍ. إيقافه (مع حفظ نقطة) والإغلاق؟</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="105" />
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="109" />
        <source>Chat with it</source>
        <translation>تحدّث معه</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="119" />
        <source>Held-out loss: %1 before, %2 after (lower is better).
The adapter is in %3.</source>
        <translation>الخسارة على البيانات المحجوزة: %1 قبل، %2 بعد (الأقل أفضل).
المحوّل موجود في %3.</translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <location filename="../../lumichats_desktop/ui/loss_chart.py" line="36" />
        <source>The loss appears here once training starts.</source>
        <translation>تظهر الخسارة هنا عند بدء التدريب.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lumichats_desktop/ui/loss_chart.py" line="54" />
        <source>step (of %n)</source>
        <translation><numerusform>الخطوة (من %n)</numerusform><numerusform>الخطوة (من %n)</numerusform><numerusform>الخطوة (من %n)</numerusform><numerusform>الخطوة (من %n)</numerusform><numerusform>الخطوة (من %n)</numerusform><numerusform>الخطوة (من %n)</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="89" />
        <location filename="../../lumichats_desktop/ui/reply_flow.py" line="179" />
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="92" />
        <source>Sends the message; while a reply is written, stops it.</source>
        <translation>يرسل الرسالة؛ وأثناء كتابة الرد يوقفه.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="149" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="150" />
        <source>New chat</source>
        <translation>محادثة جديدة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="154" />
        <source>Import conversations…</source>
        <translation>استيراد المحادثات…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="161" />
        <source>Export all conversations…</source>
        <translation>تصدير كل المحادثات…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="166" />
        <source>Models…</source>
        <translation>النماذج…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="168" />
        <source>Fine-tune…</source>
        <translation>ضبط دقيق…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="170" />
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="171" />
        <source>&amp;Conversation</source>
        <translation>&amp;المحادثة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="175" />
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="179" />
        <source>Stop reply</source>
        <translation>إيقاف الرد</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="181" />
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="49" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="52" />
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="57" />
        <source>Smaller text</source>
        <translation>نص أصغر</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="62" />
        <source>Actual text size</source>
        <translation>حجم النص الأصلي</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="68" />
        <source>Previous message</source>
        <translation>الرسالة السابقة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="73" />
        <source>Next message</source>
        <translation>الرسالة التالية</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="78" />
        <source>Go to the message box</source>
        <translation>الانتقال إلى مربع الرسالة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="83" />
        <source>Go to the conversation list</source>
        <translation>الانتقال إلى قائمة المحادثات</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="101" />
        <source>Text size %d%%</source>
        <translation>حجم النص %d%%</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="121" />
        <source>LumiChats is writing a reply.</source>
        <translation>يكتب LumiChats ردًا.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="131" />
        <source>The reply failed: %s</source>
        <translation>فشل الرد: %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="135" />
        <source>Reply stopped.</source>
        <translation>توقف الرد.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="138" />
        <source>LumiChats replied: %s</source>
        <translation>ردّ LumiChats: %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="276" />
        <source>Something went wrong: %s</source>
        <translation>حدث خطأ: %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/tool_windows.py" line="66" />
        <source>Chat with %s</source>
        <translation>محادثة مع %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/model_loading.py" line="49" />
        <source>%1 cannot see images; LumiChats 4B can: load it in Models (Ctrl+M).</source>
        <translation>لا يرى %1 الصور؛ أما LumiChats 4B فيراها: حمّله من النماذج (Ctrl+M).</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/model_loading.py" line="57" />
        <source>You are chatting with LumiChats 270M, a small model that works offline. It handles simple questions and often gets facts wrong. LumiChats 4B is the real assistant: get it in Models (Ctrl+M).</source>
        <translation>أنت تتحدث مع LumiChats 270M، وهو نموذج صغير يعمل دون اتصال. يجيب عن الأسئلة البسيطة ويخطئ كثيرًا في الحقائق. المساعد الحقيقي هو LumiChats 4B: احصل عليه من النماذج (Ctrl+M).</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/model_loading.py" line="66" />
        <location filename="../../lumichats_desktop/ui/reply_flow.py" line="208" />
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/model_loading.py" line="68" />
        <source>Load on the CPU</source>
        <translation>التحميل على المعالج</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/model_loading.py" line="70" />
        <source>Use LumiChats 270M</source>
        <translation>استخدام LumiChats 270M</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="345" />
        <source>Rename</source>
        <translation>إعادة التسمية</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="345" />
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="355" />
        <source>Conversation deleted.</source>
        <translation>تم حذف المحادثة.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/reply_flow.py" line="170" />
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/reply_flow.py" line="190" />
        <source>The reply could not start: %s</source>
        <translation>تعذّر بدء الرد: %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/reply_flow.py" line="253" />
        <source>The model ended its reply without writing anything.</source>
        <translation>أنهى النموذج رده دون أن يكتب شيئًا.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="421" />
        <source>Edit message</source>
        <translation>تعديل الرسالة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="421" />
        <source>Message:</source>
        <translation>الرسالة:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="183" />
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="184" />
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="188" />
        <source>About LumiChats</source>
        <translation>حول LumiChats</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="378" />
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="205" />
        <source>Previous alternative</source>
        <translation>البديل السابق</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="207" />
        <source>Next alternative</source>
        <translation>البديل التالي</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="163" />
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="163" />
        <source>Copy this message</source>
        <translation>نسخ هذه الرسالة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="225" />
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="226" />
        <source>Go on writing this reply</source>
        <translation>متابعة كتابة هذا الرد</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="231" />
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="232" />
        <source>Write this reply again</source>
        <translation>كتابة هذا الرد من جديد</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="382" />
        <source>Alt+Up and Alt+Down move between messages; Tab reaches this message's actions.</source>
        <translation>ينتقل Alt+أعلى وAlt+أسفل بين الرسائل؛ ويصل Tab إلى إجراءات هذه الرسالة.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="454" />
        <source>Copy message</source>
        <translation>نسخ الرسالة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="456" />
        <source>Copy code block %d</source>
        <translation>نسخ كتلة الشفرة %d</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="170" />
        <source>Regenerate</source>
        <translation>إعادة التوليد</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="171" />
        <source>Write another reply</source>
        <translation>كتابة رد آخر</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="166" />
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="166" />
        <source>Edit and resend</source>
        <translation>تعديل وإعادة الإرسال</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="175" />
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="175" />
        <source>Delete this message</source>
        <translation>حذف هذه الرسالة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="301" />
        <source>Alternative %d of %d</source>
        <translation>البديل %d من %d</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="304" />
        <source>stopped</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="305" />
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="306" />
        <source>writing…</source>
        <translation>يكتب…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="307" />
        <source>interrupted</source>
        <translation>مقطوع</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="215" />
        <source>Base model</source>
        <translation>النموذج الأساسي</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="217" />
        <source>The adapter is trained on this model; check that it fits before you start.</source>
        <translation>يُدرَّب المحوّل على هذا النموذج؛ تأكد أنه يتسع قبل البدء.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="224" />
        <source>Load the base in 4-bit (QLoRA): a quarter of the memory, a bit slower</source>
        <translation>تحميل النموذج الأساسي بـ4 بت (QLoRA): ربع الذاكرة وأبطأ قليلًا</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="227" />
        <source>Check data and memory</source>
        <translation>فحص البيانات والذاكرة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="229" />
        <source>Not checked yet.</source>
        <translation>لم يُفحص بعد.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="231" />
        <source>Model:</source>
        <translation>النموذج:</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="48" />
        <source>Models</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="74" />
        <source>Checking this computer's hardware…</source>
        <translation>جارٍ فحص عتاد هذا الحاسوب…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="81" />
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="82" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="83" />
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="84" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="85" />
        <source>Fits here?</source>
        <translation>هل يتسع هنا؟</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="86" />
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="96" />
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="212" />
        <source>Download</source>
        <translation>تنزيل</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="97" />
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="98" />
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="99" />
        <source>Set as default</source>
        <translation>تعيين كافتراضي</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="100" />
        <source>Use now</source>
        <translation>استخدام الآن</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="101" />
        <source>Import .gguf…</source>
        <translation>استيراد ‎.gguf…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="102" />
        <source>Use a folder…</source>
        <translation>استخدام مجلد…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="118" />
        <source>A Hub repo id, e.g. google/gemma-3-4b-it or an adapter repo</source>
        <translation>معرّف مستودع على Hub، مثل google/gemma-3-4b-it أو مستودع محوّل</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="121" />
        <source>Add from the Hub</source>
        <translation>إضافة من Hub</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="137" />
        <source>Hugging Face token:</source>
        <translation>رمز Hugging Face:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="140" />
        <source>hf_… (needed for gated or private repos)</source>
        <translation>hf_… (مطلوب للمستودعات المقيّدة أو الخاصة)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="141" />
        <source>Save token</source>
        <translation>حفظ الرمز</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="142" />
        <source>Remove token</source>
        <translation>إزالة الرمز</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="150" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="187" />
        <source>A token is saved. </source>
        <translation>تم حفظ رمز. </translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="187" />
        <source>No token saved. </source>
        <translation>لا يوجد رمز محفوظ. </translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="212" />
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="228" />
        <source>Asking the Hub about %s…</source>
        <translation>جارٍ سؤال Hub عن %s…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="241" />
        <source>Type a Hub repo id as owner/name, e.g. google/gemma-3-4b-it.</source>
        <translation>اكتب معرّف المستودع بصيغة المالك/الاسم، مثل google/gemma-3-4b-it.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="254" />
        <source>Deleting %s…</source>
        <translation>جارٍ حذف %s…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="272" />
        <source>Delete model</source>
        <translation>حذف النموذج</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="273" />
        <source>Delete %1 (%2) from this computer? Downloading it again takes a while.</source>
        <translation>حذف %1 (%2) من هذا الحاسوب؟ إعادة تنزيله تستغرق وقتًا.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="293" />
        <source>Import a GGUF model</source>
        <translation>استيراد نموذج GGUF</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="301" />
        <source>A model or adapter folder</source>
        <translation>مجلد نموذج أو محوّل</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="307" />
        <source>%s holds neither config.json (a model) nor adapter_config.json (an adapter).</source>
        <translation>لا يحتوي %s على config.json (نموذج) ولا على adapter_config.json (محوّل).</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="342" />
        <source>%s is ready.</source>
        <translation>%s جاهز.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="370" />
        <source>Download running</source>
        <translation>التنزيل جارٍ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="370" />
        <source>Pause the download and close? It resumes later.</source>
        <translation>إيقاف التنزيل مؤقتًا والإغلاق؟ سيُستأنف لاحقًا.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../lumichats_desktop/ui/notices.py" line="59" />
        <source>Dismiss</source>
        <translation>إغلاق التنبيه</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/notices.py" line="60" />
        <source>Dismiss this notice</source>
        <translation>إغلاق هذا التنبيه</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/notices.py" line="66" />
        <source>Information</source>
        <translation>معلومة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/notices.py" line="66" />
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/notices.py" line="66" />
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
</context>
<context>
    <name>ReplyRenderer</name>
    <message>
        <location filename="../../lumichats_desktop/ui/markdown_render.py" line="65" />
        <source>code</source>
        <translation>شفرة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/markdown_render.py" line="67" />
        <source>Copy code</source>
        <translation>نسخ الشيفرة</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="29" />
        <source>Training</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="30" />
        <source>The trainer runs in its own process; the app stays usable meanwhile.</source>
        <translation>يعمل المدرِّب في عملية مستقلة؛ ويبقى التطبيق قابلًا للاستخدام أثناء ذلك.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="41" />
        <source>Stop (keeps a checkpoint)</source>
        <translation>إيقاف (مع حفظ نقطة)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="42" />
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="70" />
        <source>  Held-out loss before: %s</source>
        <translation>  الخسارة على البيانات المحجوزة قبل التدريب: %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="76" />
        <source>Stopping: finishing this step and saving a checkpoint…</source>
        <translation>جارٍ الإيقاف: إنهاء هذه الخطوة وحفظ نقطة استئناف…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="87" />
        <source>Finished: the adapter is saved. Next shows the result.</source>
        <translation>انتهى: حُفظ المحوّل. «التالي» يعرض النتيجة.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="90" />
        <source>Stopped before the first step. Resume starts the run again.</source>
        <translation>توقف قبل الخطوة الأولى. «استئناف» يبدأ التدريب من جديد.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="92" />
        <source>Stopped at step %1 of %2. A checkpoint is kept: Resume continues from it.</source>
        <translation>توقف عند الخطوة %1 من %2. حُفظت نقطة استئناف: «استئناف» يتابع منها.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="97" />
        <source>The run stopped with an error (below).</source>
        <translation>توقف التدريب بسبب خطأ (أدناه).</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="98" />
        <source>Starting the trainer…</source>
        <translation>جارٍ بدء المدرِّب…</translation>
    </message>
</context>
<context>
    <name>ServerSettingsTab</name>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="43" />
        <source>Let other programs use the loaded model (OpenAI-compatible API)</source>
        <translation>السماح للبرامج الأخرى باستخدام النموذج المحمَّل (واجهة API متوافقة مع OpenAI)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="50" />
        <source>Optional on this computer; clients send it as a Bearer token</source>
        <translation>اختياري على هذا الحاسوب؛ يرسله العملاء كرمز Bearer</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="51" />
        <source>Also accept other computers on the network (needs an API key)</source>
        <translation>قبول الحواسيب الأخرى على الشبكة أيضًا (يتطلب مفتاح API)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="54" />
        <source>None: web pages cannot call the server</source>
        <translation>لا شيء: لا يمكن لصفحات الويب استدعاء الخادم</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="55" />
        <source>Save API conversations in the chat history</source>
        <translation>حفظ محادثات API في سجل المحادثات</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="57" />
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="76" />
        <source>Off</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="60" />
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="61" />
        <source>API key</source>
        <translation>مفتاح API</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="63" />
        <source>Allowed web origins</source>
        <translation>مصادر الويب المسموح بها</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="65" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>ServerStatus</name>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="27" />
        <source>Local API server not started: %s</source>
        <translation>لم يبدأ خادم API المحلي: %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="30" />
        <source>API: %1 · requests served: %2</source>
        <translation>API: %1 · الطلبات المخدومة: %2</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="33" />
        <source> · generating for another program…</source>
        <translation> · يولّد ردًا لبرنامج آخر…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="59" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="65" />
        <source>Instructions for this conversation (optional)</source>
        <translation>تعليمات لهذه المحادثة (اختياري)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="66" />
        <source>System prompt</source>
        <translation>تعليمات النظام</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="68" />
        <source>App default</source>
        <translation>الافتراضي للتطبيق</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="74" />
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="76" />
        <source>LoRA adapter folder (optional)</source>
        <translation>مجلد محوّل LoRA (اختياري)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="77" />
        <source>Adapter</source>
        <translation>المحوّل</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="79" />
        <source>0 always picks the most likely word; higher is more varied.</source>
        <translation>القيمة 0 تختار دائمًا الكلمة الأرجح؛ القيم الأعلى أكثر تنوعًا.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="82" />
        <source>0 turns top-k off.</source>
        <translation>القيمة 0 تعطّل top-k.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="88" />
        <source>Stops the reply from repeating itself: words that would repeat an earlier passage of the reply become less likely. 0 turns it off.</source>
        <translation>يمنع الرد من تكرار نفسه: تصبح الكلمات التي تعيد مقطعًا سابقًا من الرد أقل احتمالًا. القيمة 0 توقفه.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="94" />
        <source>Temperature</source>
        <translation>درجة الحرارة</translation>
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
        <translation>عقوبة التكرار</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="99" />
        <source>Loop guard</source>
        <translation>منع التكرار الحلقي</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="100" />
        <source>Max reply length (tokens)</source>
        <translation>أقصى طول للرد (رموز)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="103" />
        <source>This conversation</source>
        <translation>هذه المحادثة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="108" />
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="124" />
        <source>Follow the system</source>
        <translation>حسب النظام</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="109" />
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="110" />
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="115" />
        <source>Enter sends, Shift+Enter new line</source>
        <translation>Enter للإرسال، Shift+Enter لسطر جديد</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="116" />
        <source>Ctrl+Enter sends, Enter new line</source>
        <translation>Ctrl+Enter للإرسال، Enter لسطر جديد</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="119" />
        <source>Best available</source>
        <translation>أفضل نموذج متاح</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="131" />
        <source>Theme</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="132" />
        <source>Language (next start)</source>
        <translation>اللغة (عند التشغيل القادم)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="133" />
        <source>Send with</source>
        <translation>الإرسال بـ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="134" />
        <source>Default model (next start)</source>
        <translation>النموذج الافتراضي (عند التشغيل القادم)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="135" />
        <source>Context limit (tokens)</source>
        <translation>حد السياق (رموز)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="136" />
        <source>Default reply length</source>
        <translation>طول الرد الافتراضي</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="137" />
        <source>App</source>
        <translation>التطبيق</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="139" />
        <source>Local API server</source>
        <translation>خادم API المحلي</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="240" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="241" />
        <source>The LumiChats recipe is filled in; the defaults are a good start.</source>
        <translation>وصفة LumiChats معبأة مسبقًا؛ القيم الافتراضية بداية جيدة.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="257" />
        <source>linear (falls to zero)</source>
        <translation>خطي (ينخفض حتى الصفر)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="258" />
        <source>cosine (falls to zero, gently at both ends)</source>
        <translation>جيب التمام (ينخفض حتى الصفر، بلطف عند الطرفين)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="259" />
        <source>constant</source>
        <translation>ثابت</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="267" />
        <source>LoRA rank r (capacity of the adapter):</source>
        <translation>رتبة LoRA ‏r (سعة المحوّل):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="268" />
        <source>LoRA alpha (scale; r and alpha equal is the recipe):</source>
        <translation>LoRA alpha (المقياس؛ الوصفة تجعل r وalpha متساويين):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="269" />
        <source>Learning rate:</source>
        <translation>معدّل التعلّم:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="270" />
        <source>Batch size (conversations per step on the device):</source>
        <translation>حجم الدفعة (محادثات لكل خطوة على الجهاز):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="271" />
        <source>Gradient accumulation (batches per optimizer step):</source>
        <translation>تجميع التدرّج (دفعات لكل خطوة من المُحسِّن):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="272" />
        <source>Steps:</source>
        <translation>الخطوات:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="273" />
        <source>Maximum length in tokens (longer ones are cut):</source>
        <translation>الطول الأقصى بالرموز (يُقصّ ما هو أطول):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="274" />
        <source>Adapter name:</source>
        <translation>اسم المحوّل:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="275" />
        <source>Saved in:</source>
        <translation>يُحفظ في:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="283" />
        <source>Show advanced settings</source>
        <translation>إظهار الإعدادات المتقدمة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="291" />
        <source>Learning-rate schedule:</source>
        <translation>جدول معدّل التعلّم:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="292" />
        <source>Warm-up steps:</source>
        <translation>خطوات الإحماء:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="293" />
        <source>Checkpoint every (steps):</source>
        <translation>نقطة حفظ كل (خطوات):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="294" />
        <source>Held-out loss every (steps, 0 = only before and after):</source>
        <translation>الخسارة على المحجوز كل (خطوات، 0 = قبل وبعد فقط):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="295" />
        <source>Seed:</source>
        <translation>البذرة:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="302" />
        <source>Use all %n GPUs (one trainer process each; the same batch per step)</source>
        <translation><numerusform>استخدام وحدات معالجة الرسومات الـ%n كلها (عملية تدريب على كل منها؛ الدفعة نفسها في كل خطوة)</numerusform><numerusform>استخدام وحدات معالجة الرسومات الـ%n كلها (عملية تدريب على كل منها؛ الدفعة نفسها في كل خطوة)</numerusform><numerusform>استخدام وحدات معالجة الرسومات الـ%n كلها (عملية تدريب على كل منها؛ الدفعة نفسها في كل خطوة)</numerusform><numerusform>استخدام وحدات معالجة الرسومات الـ%n كلها (عملية تدريب على كل منها؛ الدفعة نفسها في كل خطوة)</numerusform><numerusform>استخدام وحدات معالجة الرسومات الـ%n كلها (عملية تدريب على كل منها؛ الدفعة نفسها في كل خطوة)</numerusform><numerusform>استخدام وحدات معالجة الرسومات الـ%n كلها (عملية تدريب على كل منها؛ الدفعة نفسها في كل خطوة)</numerusform></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="113" />
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="119" />
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="120" />
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="120" />
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="44" />
        <source>New chat</source>
        <translation>محادثة جديدة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="46" />
        <source>Starts an empty conversation (Ctrl+N).</source>
        <translation>يبدأ محادثة فارغة (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="48" />
        <source>New chat (Ctrl+N)</source>
        <translation>محادثة جديدة (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="53" />
        <source>Search conversations</source>
        <translation>البحث في المحادثات</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="54" />
        <source>Search conversations (Ctrl+F)</source>
        <translation>البحث في المحادثات (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="62" />
        <source>Conversations</source>
        <translation>المحادثات</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="65" />
        <source>Enter opens a conversation; F2 renames it, Delete deletes it, the Menu key shows the rest.</source>
        <translation>يفتح Enter المحادثة؛ ويعيد F2 تسميتها، ويحذفها Delete، ويعرض مفتاح القائمة بقية الإجراءات.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="78" />
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="80" />
        <source>Brings back the conversation just deleted (Ctrl+Z).</source>
        <translation>يعيد المحادثة المحذوفة للتو (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="91" />
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="169" />
        <source>Rename</source>
        <translation>إعادة التسمية</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="93" />
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="179" />
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="115" />
        <source>%s, pinned</source>
        <translation>%s، مثبتة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="134" />
        <source>No matches</source>
        <translation>لا توجد نتائج</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="171" />
        <source>Unpin</source>
        <translation>إلغاء التثبيت</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="171" />
        <source>Pin</source>
        <translation>تثبيت</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="175" />
        <source>Export as Markdown…</source>
        <translation>تصدير بصيغة Markdown…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="177" />
        <source>Export as JSON…</source>
        <translation>تصدير بصيغة JSON…</translation>
    </message>
</context>
<context>
    <name>StorageRecovery</name>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="48" />
        <source>The conversation database was written by a newer LumiChats (schema %1; this version knows %2). It was kept as %3; update LumiChats to see those conversations again. A new database was started.</source>
        <translation>كُتبت قاعدة بيانات المحادثات بإصدار أحدث من LumiChats (المخطط %1؛ هذا الإصدار يعرف %2). حُفظت باسم %3؛ حدّث LumiChats لترى تلك المحادثات مجددًا. بدأت قاعدة بيانات جديدة.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="59" />
        <source>The conversation database was damaged (%1). It was kept unchanged as %2 in %3 and a new, empty database was started. Press Recover to copy every conversation that can still be read into the new database, now or later from File &gt; Recover conversations from a damaged file…</source>
        <translation>كانت قاعدة بيانات المحادثات تالفة (%1). حُفظت دون تغيير باسم %2 في %3 وبدأت قاعدة بيانات جديدة فارغة. اضغط استعادة لنسخ كل محادثة ما زالت قابلة للقراءة إلى قاعدة البيانات الجديدة، الآن أو لاحقًا من ملف &gt; استعادة المحادثات من ملف تالف…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="74" />
        <source>Nothing could be read from %1: it may not be a LumiChats conversation database. The file was not changed.</source>
        <translation>تعذّرت قراءة أي شيء من %1: قد لا يكون قاعدة بيانات محادثات LumiChats. لم يتغير الملف.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="80" />
        <source>Recovered %1 conversation(s) and %2 message(s) from %3.</source>
        <translation>استُعيدت %1 محادثة و%2 رسالة من %3.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="89" />
        <source>%1 attached file(s) came back with them.</source>
        <translation>عاد معها %1 ملف مرفق.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="95" />
        <source>Up to %1 message(s) could not be read.</source>
        <translation>تعذّرت قراءة ما يصل إلى %1 رسالة.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="101" />
        <source>%1 attachment(s) were damaged and left out.</source>
        <translation>كان %1 مرفقًا تالفًا فاستُبعد.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="105" />
        <source>The damaged file was not changed.</source>
        <translation>لم يتغير الملف التالف.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="116" />
        <source>%1, set aside %2, %3</source>
        <translation>%1، نُحّي جانبًا في %2، %3</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="122" />
        <source> (recovered from on %1)</source>
        <translation> (استُعيد منه في %1)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="133" />
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="207" />
        <source>Recover conversations</source>
        <translation>استعادة المحادثات</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="137" />
        <source>Damaged copies of the conversation database kept in %1:</source>
        <translation>نسخ تالفة من قاعدة بيانات المحادثات محفوظة في %1:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="141" />
        <source>No damaged conversation database is kept in %1. LumiChats sets a damaged database aside there when it finds one at start; to recover from a copy kept elsewhere, choose the file.</source>
        <translation>لا توجد قاعدة بيانات محادثات تالفة محفوظة في %1. ينحّي LumiChats قاعدة البيانات التالفة هناك عندما يجدها عند البدء؛ للاستعادة من نسخة محفوظة في مكان آخر، اختر الملف.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="153" />
        <source>Damaged database files</source>
        <translation>ملفات قواعد البيانات التالفة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="165" />
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="247" />
        <source>Recover</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="168" />
        <source>Choose another file…</source>
        <translation>اختيار ملف آخر…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="188" />
        <source>Conversations from this file were already recovered on %1. Recovering again adds them a second time.</source>
        <translation>سبق أن استُعيدت محادثات هذا الملف في %1. الاستعادة مرة أخرى تضيفها مرة ثانية.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="209" />
        <source>Conversation databases (*.sqlite3*);;All files (*)</source>
        <translation>قواعد بيانات المحادثات (*.sqlite3*);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="235" />
        <source>Recover conversations from a damaged file…</source>
        <translation>استعادة المحادثات من ملف تالف…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="269" />
        <source>Recovering conversations from %s…</source>
        <translation>جارٍ استعادة المحادثات من %s…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="278" />
        <source>Could not recover from %1: %2. The file was not changed.</source>
        <translation>تعذّرت الاستعادة من %1: %2. لم يتغير الملف.</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="28" />
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="36" />
        <source>Export conversation</source>
        <translation>تصدير المحادثة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="44" />
        <source>Export all</source>
        <translation>تصدير الكل</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="60" />
        <source>Import conversations</source>
        <translation>استيراد المحادثات</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="85" />
        <source>Import its conversations again, as copies?</source>
        <translation>هل تريد استيراد محادثاته مرة أخرى كنسخ؟</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="88" />
        <source>Import copies</source>
        <translation>استيراد نسخ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="90" />
        <source>Skip</source>
        <translation>تخطٍّ</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../lumichats_desktop/ui/welcome.py" line="120" />
        <source>What can I help you with?</source>
        <translation>كيف يمكنني مساعدتك؟</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/welcome.py" line="125" />
        <source>LumiChats runs on this computer: what you write here stays here. Try one of these:</source>
        <translation>يعمل LumiChats على هذا الحاسوب: ما تكتبه هنا يبقى هنا. جرّب أحد هذه:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/welcome.py" line="140" />
        <source>Puts this example in the message box, ready to send or edit.</source>
        <translation>يضع هذا المثال في مربع الرسالة، جاهزًا للإرسال أو التعديل.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/welcome.py" line="154" />
        <source>Explain how a rainbow forms, in three sentences.</source>
        <translation>اشرح في ثلاث جمل كيف يتكوّن قوس قزح.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/welcome.py" line="155" />
        <source>Write a short, friendly email declining a meeting.</source>
        <translation>اكتب رسالة بريد قصيرة ولطيفة تعتذر فيها عن اجتماع.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/welcome.py" line="156" />
        <source>Give me five ideas for a quick vegetarian dinner.</source>
        <translation>أعطني خمس أفكار لعشاء نباتي سريع.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/welcome.py" line="157" />
        <source>Write a Python function that reverses the words in a sentence.</source>
        <translation>اكتب دالة بلغة Python تعكس ترتيب الكلمات في جملة.</translation>
    </message>
</context>
<context>
    <name>WizardText</name>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="51" />
        <source>Finished</source>
        <translation>انتهى</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="52" />
        <source>Stopped</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="53" />
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="56" />
        <source>%1 %2/%3: %4</source>
        <translation>%1 ‏%2/%3: %4</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="65" />
        <source>%1 tokens/s</source>
        <translation>%1 رمز/ث</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="69" />
        <source>peak %1 GB</source>
        <translation>الذروة %1 GB</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="79" />
        <source>Fits: about %1 GB needed, %2 GB free on %3.</source>
        <translation>يتسع: يلزم نحو %1 GB، والمتاح %2 GB على %3.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="81" />
        <source>Will not fit: about %1 GB needed, %2 GB free on %3. Lower the maximum length or the batch size, turn on 4-bit, or pick a smaller base model.</source>
        <translation>لن يتسع: يلزم نحو %1 GB، والمتاح %2 GB على %3. خفّض الطول الأقصى أو حجم الدفعة، أو فعّل 4 بت، أو اختر نموذجًا أساسيًا أصغر.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="92" />
        <source>this computer (CPU)</source>
        <translation>هذا الحاسوب (المعالج)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="94" />
        <source>the GPU</source>
        <translation>وحدة معالجة الرسومات</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="100" />
        <source>%1, row %2: %3</source>
        <translation>%1، الصف %2: %3</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="114" />
        <source>%1: %2 rows, %3 kept, %4 dropped</source>
        <translation>%1: %2 صفًا، أُبقي %3، وأُسقط %4</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="121" />
        <source>fixed (%1): %2</source>
        <translation>صُحّح (%1): %2</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="122" />
        <source>dropped (%1): %2</source>
        <translation>أُسقط (%1): %2</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="129" />
        <source>Dropped rows:</source>
        <translation>الصفوف المُسقطة:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="134" />
        <source>Fixed rows:</source>
        <translation>الصفوف المُصحّحة:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="145" />
        <source>… and %1 more</source>
        <translation>… و%1 غيرها</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="168" />
        <source>%1 conversations for training, %2 held out.</source>
        <translation>%1 محادثة للتدريب، و%2 محجوزة للتقييم.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="178" />
        <source>%1 tokens</source>
        <translation>%1 رمزًا</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="188" />
        <source>Conversation lengths:</source>
        <translation>أطوال المحادثات:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="201" />
        <source>Dropped rows (%1 in all):</source>
        <translation>الصفوف المستبعدة (%1 في المجموع):</translation>
    </message>
</context>
</TS>