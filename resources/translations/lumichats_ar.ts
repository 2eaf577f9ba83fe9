<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="119" />
        <source>About LumiChats</source>
        <translation>حول LumiChats</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="123" />
        <source>A private assistant that runs on your own computer.</source>
        <translation>مساعد خاص يعمل على حاسوبك أنت.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="125" />
        <source>Model: %s</source>
        <translation>النموذج: %s</translation>
    </message>
</context>
<context>
    <name>ChatStatusBar</name>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="19" />
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="63" />
        <source>No model</source>
        <translation>لا يوجد نموذج</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="33" />
        <source>Loading %s…</source>
        <translation>جارٍ تحميل %s…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="47" />
        <source>about %s left</source>
        <translation>يتبقى نحو %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="69" />
        <source>Writing…</source>
        <translation>جارٍ الكتابة…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="73" />
        <source>Context: %d / %d tokens</source>
        <translation>السياق: %d / %d رمزًا</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="75" />
        <source> (%d oldest messages left out)</source>
        <translation> (تم استبعاد %d من أقدم الرسائل)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="88" />
        <source>%.1f tokens/s · first token %.2f s</source>
        <translation>%.1f رمز/ث · أول رمز %.2f ث</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message numerus="yes">
        <location filename="../../lumichats_desktop/ui/chat_view.py" line="75" />
        <source>Show %n earlier message(s)</source>
        <translation><numerusform>عرض %n من الرسائل السابقة</numerusform><numerusform>عرض %n من الرسائل السابقة</numerusform><numerusform>عرض %n من الرسائل السابقة</numerusform><numerusform>عرض %n من الرسائل السابقة</numerusform><numerusform>عرض %n من الرسائل السابقة</numerusform><numerusform>عرض %n من الرسائل السابقة</numerusform></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../lumichats_desktop/ui/composer.py" line="20" />
        <source>Message LumiChats… (Enter to send, Shift+Enter for a new line)</source>
        <translation>اكتب رسالة إلى LumiChats… (Enter للإرسال، Shift+Enter لسطر جديد)</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="64" />
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="100" />
        <source>Training data</source>
        <translation>بيانات التدريب</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="65" />
        <source>Conversations in ShareGPT or messages form: .json, .jsonl or .parquet.</source>
        <translation>محادثات بصيغة ShareGPT أو messages: ‏.json أو .jsonl أو .parquet.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="67" />
        <source>The bundled sample (40 conversations in 10 languages)</source>
        <translation>العينة المرفقة (40 محادثة بعشر لغات)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="68" />
        <source>A file on this computer</source>
        <translation>ملف على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="69" />
        <source>A Hugging Face dataset (downloaded when the run starts)</source>
        <translation>مجموعة بيانات من Hugging Face (تُنزَّل عند بدء التدريب)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="72" />
        <source>…/conversations.jsonl</source>
        <translation>…/conversations.jsonl</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="73" />
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="90" />
        <source>Held out for evaluation:</source>
        <translation>محجوز للتقييم:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="100" />
        <source>Conversations (*.json *.jsonl *.parquet)</source>
        <translation>محادثات (*.json *.jsonl *.parquet)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="121" />
        <source>The trainer downloads and checks this dataset when the run starts.</source>
        <translation>يُنزّل المدرِّب هذه البيانات ويفحصها عند البدء.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="135" />
        <source>The first %n rows:</source>
        <translation><numerusform>أول %n صف:</numerusform><numerusform>أول %n صف:</numerusform><numerusform>أول %n صف:</numerusform><numerusform>أول %n صف:</numerusform><numerusform>أول %n صف:</numerusform><numerusform>أول %n صف:</numerusform></translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="16" />
        <source>Loading the model</source>
        <translation>تحميل النموذج</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="17" />
        <source>Unpacking the embedded model (first run only)</source>
        <translation>فك حزمة النموذج المدمج (في التشغيل الأول فقط)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="18" />
        <source>Reading the model file</source>
        <translation>قراءة ملف النموذج</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="19" />
        <source>Reading the tokenizer</source>
        <translation>قراءة المقطِّع</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="20" />
        <source>Unpacking the weights</source>
        <translation>فك الأوزان</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="21" />
        <source>Saving</source>
        <translation>جارٍ الحفظ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="22" />
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="23" />
        <source>Loading data</source>
        <translation>تحميل البيانات</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="24" />
        <source>Evaluating on held-out conversations</source>
        <translation>التقييم على المحادثات المحجوزة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="25" />
        <source>Training</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="26" />
        <source>Saving the adapter</source>
        <translation>حفظ المحوّل</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="27" />
        <source>Starting</source>
        <translation>البدء</translation>
    </message>
</context>
<context>
    <name>FineTuneWizard</name>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="340" />
        <source>Fine-tune a LumiChats adapter</source>
        <translation>ضبط محوّل LumiChats</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="417" />
        <source>A training run is going; check again when it ends.</source>
        <translation>يجري تدريب الآن؛ افحص مرة أخرى عند انتهائه.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="420" />
        <source>Checking… (tokenizing the data and sizing the run)</source>
        <translation>جارٍ الفحص… (تقطيع البيانات وتقدير حجم التدريب)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="458" />
        <source>The check stopped unexpectedly (exit code %s).</source>
        <translation>توقف الفحص بشكل غير متوقع (رمز الخروج %s).</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="478" />
        <source>%1 conversations for training, %2 held out.</source>
        <translation>%1 محادثة للتدريب، و%2 محجوزة للتقييم.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="488" />
        <source>Stop training? A checkpoint is saved and Resume continues from it.</source>
        <translation>إيقاف التدريب؟ تُحفظ نقطة ويستأنف زر الاستئناف منها.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="501" />
        <source>Training is running. Stop it (keeping a checkpoint) and close?</source>
        <translation>التدريب جارٍ. إيقافه (مع حفظ نقطة) والإغلاق؟</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="311" />
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="315" />
        <source>Chat with it</source>
        <translation>تحدّث معه</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="325" />
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
        <location filename="../../lumichats_desktop/ui/main_window.py" line="80" />
        <location filename="../../lumichats_desktop/ui/reply_flow.py" line="135" />
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="107" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="108" />
        <source>New chat</source>
        <translation>محادثة جديدة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="110" />
        <source>Import conversations…</source>
        <translation>استيراد المحادثات…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="114" />
        <source>Export all conversations…</source>
        <translation>تصدير كل المحادثات…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="118" />
        <source>Models…</source>
        <translation>النماذج…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="119" />
        <source>Fine-tune…</source>
        <translation>ضبط دقيق…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="120" />
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="121" />
        <source>&amp;Conversation</source>
        <translation>&amp;المحادثة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="124" />
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="128" />
        <source>Stop reply</source>
        <translation>إيقاف الرد</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="130" />
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="189" />
        <source>Something went wrong: %s</source>
        <translation>حدث خطأ: %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="197" />
        <source>Recover</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/tool_windows.py" line="55" />
        <source>Chat with %s</source>
        <translation>محادثة مع %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="228" />
        <source>You are chatting with LumiChats 270M, a small model that works offline. It handles simple questions and often gets facts wrong. LumiChats 4B is the real assistant: get it in Models (Ctrl+M).</source>
        <translation>أنت تتحدث مع LumiChats 270M، وهو نموذج صغير يعمل دون اتصال. يجيب عن الأسئلة البسيطة ويخطئ كثيرًا في الحقائق. المساعد الحقيقي هو LumiChats 4B: احصل عليه من النماذج (Ctrl+M).</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="235" />
        <location filename="../../lumichats_desktop/ui/reply_flow.py" line="164" />
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="237" />
        <source>Load on the CPU</source>
        <translation>التحميل على المعالج</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="239" />
        <source>Use LumiChats 270M</source>
        <translation>استخدام LumiChats 270M</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="254" />
        <source>Recovering conversations from %s…</source>
        <translation>جارٍ استعادة المحادثات من %s…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="300" />
        <source>Rename</source>
        <translation>إعادة التسمية</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="300" />
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="310" />
        <source>Conversation deleted.</source>
        <translation>تم حذف المحادثة.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/reply_flow.py" line="128" />
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/reply_flow.py" line="146" />
        <source>The reply could not start: %s</source>
        <translation>تعذّر بدء الرد: %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/reply_flow.py" line="211" />
        <source>The model ended its reply without writing anything.</source>
        <translation>أنهى النموذج رده دون أن يكتب شيئًا.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="393" />
        <source>Edit message</source>
        <translation>تعديل الرسالة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="393" />
        <source>Message:</source>
        <translation>الرسالة:</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="59" />
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="72" />
        <source>Previous alternative</source>
        <translation>البديل السابق</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="73" />
        <source>Next alternative</source>
        <translation>البديل التالي</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="76" />
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="76" />
        <source>Copy this message</source>
        <translation>نسخ هذه الرسالة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="79" />
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="80" />
        <source>Go on writing this reply</source>
        <translation>متابعة كتابة هذا الرد</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="84" />
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="84" />
        <source>Write this reply again</source>
        <translation>كتابة هذا الرد من جديد</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="91" />
        <source>Regenerate</source>
        <translation>إعادة التوليد</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="92" />
        <source>Write another reply</source>
        <translation>كتابة رد آخر</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="99" />
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="99" />
        <source>Edit and resend</source>
        <translation>تعديل وإعادة الإرسال</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="104" />
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="104" />
        <source>Delete this message</source>
        <translation>حذف هذه الرسالة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="133" />
        <source>stopped</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="134" />
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="135" />
        <source>writing…</source>
        <translation>يكتب…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="136" />
        <source>interrupted</source>
        <translation>مقطوع</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="152" />
        <source>Base model</source>
        <translation>النموذج الأساسي</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="154" />
        <source>The adapter is trained on this model; check that it fits before you start.</source>
        <translation>يُدرَّب المحوّل على هذا النموذج؛ تأكد أنه يتسع قبل البدء.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="161" />
        <source>Load the base in 4-bit (QLoRA): a quarter of the memory, a bit slower</source>
        <translation>تحميل النموذج الأساسي بـ4 بت (QLoRA): ربع الذاكرة وأبطأ قليلًا</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="164" />
        <source>Check data and memory</source>
        <translation>فحص البيانات والذاكرة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="166" />
        <source>Not checked yet.</source>
        <translation>لم يُفحص بعد.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="168" />
        <source>Model:</source>
        <translation>النموذج:</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="45" />
        <source>Models</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="68" />
        <source>Checking this computer's hardware…</source>
        <translation>جارٍ فحص عتاد هذا الحاسوب…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="75" />
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="76" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="77" />
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="78" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="79" />
        <source>Fits here?</source>
        <translation>هل يتسع هنا؟</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="80" />
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="90" />
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="189" />
        <source>Download</source>
        <translation>تنزيل</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="91" />
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="92" />
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="93" />
        <source>Set as default</source>
        <translation>تعيين كافتراضي</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="94" />
        <source>Use now</source>
        <translation>استخدام الآن</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="95" />
        <source>Import .gguf…</source>
        <translation>استيراد ‎.gguf…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="96" />
        <source>Use a folder…</source>
        <translation>استخدام مجلد…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="112" />
        <source>A Hub repo id, e.g. google/gemma-3-4b-it or an adapter repo</source>
        <translation>معرّف مستودع على Hub، مثل google/gemma-3-4b-it أو مستودع محوّل</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="115" />
        <source>Add from the Hub</source>
        <translation>إضافة من Hub</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="131" />
        <source>Hugging Face token:</source>
        <translation>رمز Hugging Face:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="134" />
        <source>hf_… (needed for gated or private repos)</source>
        <translation>hf_… (مطلوب للمستودعات المقيّدة أو الخاصة)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="135" />
        <source>Save token</source>
        <translation>حفظ الرمز</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="136" />
        <source>Remove token</source>
        <translation>إزالة الرمز</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="144" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="168" />
        <source>A token is saved. </source>
        <translation>تم حفظ رمز. </translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="168" />
        <source>No token saved. </source>
        <translation>لا يوجد رمز محفوظ. </translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="189" />
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="205" />
        <source>Asking the Hub about %s…</source>
        <translation>جارٍ سؤال Hub عن %s…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="218" />
        <source>Type a Hub repo id as owner/name, e.g. google/gemma-3-4b-it.</source>
        <translation>اكتب معرّف المستودع بصيغة المالك/الاسم، مثل google/gemma-3-4b-it.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="237" />
        <source>Delete model</source>
        <translation>حذف النموذج</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="238" />
        <source>Delete %1 (%2) from this computer? Downloading it again takes a while.</source>
        <translation>حذف %1 (%2) من هذا الحاسوب؟ إعادة تنزيله تستغرق وقتًا.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="258" />
        <source>Import a GGUF model</source>
        <translation>استيراد نموذج GGUF</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="266" />
        <source>A model or adapter folder</source>
        <translation>مجلد نموذج أو محوّل</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="272" />
        <source>%s holds neither config.json (a model) nor adapter_config.json (an adapter).</source>
        <translation>لا يحتوي %s على config.json (نموذج) ولا على adapter_config.json (محوّل).</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="302" />
        <source>%s is ready.</source>
        <translation>%s جاهز.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="332" />
        <source>Download running</source>
        <translation>التنزيل جارٍ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="332" />
        <source>Pause the download and close? It resumes later.</source>
        <translation>إيقاف التنزيل مؤقتًا والإغلاق؟ سيُستأنف لاحقًا.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../lumichats_desktop/ui/notices.py" line="47" />
        <source>Dismiss</source>
        <translation>إغلاق التنبيه</translation>
    </message>
</context>
<context>
    <name>ReplyRenderer</name>
    <message>
        <location filename="../../lumichats_desktop/ui/markdown_render.py" line="51" />
        <source>Copy code</source>
        <translation>نسخ الشيفرة</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="258" />
        <source>Training</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="259" />
        <source>The trainer runs in its own process; the app stays usable meanwhile.</source>
        <translation>يعمل المدرِّب في عملية مستقلة؛ ويبقى التطبيق قابلًا للاستخدام أثناء ذلك.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="270" />
        <source>Stop (keeps a checkpoint)</source>
        <translation>إيقاف (مع حفظ نقطة)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="271" />
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="296" />
        <source>  Held-out loss before: %s</source>
        <translation>  الخسارة على البيانات المحجوزة قبل التدريب: %s</translation>
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
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="177" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="178" />
        <source>The LumiChats recipe is filled in; the defaults are a good start.</source>
        <translation>وصفة LumiChats معبأة مسبقًا؛ القيم الافتراضية بداية جيدة.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="198" />
        <source>LoRA rank r (capacity of the adapter):</source>
        <translation>رتبة LoRA ‏r (سعة المحوّل):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="199" />
        <source>LoRA alpha (scale; r and alpha equal is the recipe):</source>
        <translation>LoRA alpha (المقياس؛ الوصفة تجعل r وalpha متساويين):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="200" />
        <source>Learning rate:</source>
        <translation>معدّل التعلّم:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="201" />
        <source>Batch size (conversations per step on the device):</source>
        <translation>حجم الدفعة (محادثات لكل خطوة على الجهاز):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="202" />
        <source>Gradient accumulation (batches per optimizer step):</source>
        <translation>تجميع التدرّج (دفعات لكل خطوة من المُحسِّن):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="203" />
        <source>Steps:</source>
        <translation>الخطوات:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="204" />
        <source>Maximum length in tokens (longer ones are cut):</source>
        <translation>الطول الأقصى بالرموز (يُقصّ ما هو أطول):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="205" />
        <source>Adapter name:</source>
        <translation>اسم المحوّل:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="206" />
        <source>Saved in:</source>
        <translation>يُحفظ في:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="214" />
        <source>Show advanced settings</source>
        <translation>إظهار الإعدادات المتقدمة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="222" />
        <source>Learning-rate schedule:</source>
        <translation>جدول معدّل التعلّم:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="223" />
        <source>Warm-up steps:</source>
        <translation>خطوات الإحماء:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="224" />
        <source>Checkpoint every (steps):</source>
        <translation>نقطة حفظ كل (خطوات):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="225" />
        <source>Held-out loss every (steps, 0 = only before and after):</source>
        <translation>الخسارة على المحجوز كل (خطوات، 0 = قبل وبعد فقط):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="226" />
        <source>Seed:</source>
        <translation>البذرة:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="233" />
        <source>Use all %n GPUs (one trainer process each; the same batch per step)</source>
        <translation><numerusform>استخدام وحدات معالجة الرسومات الـ%n كلها (عملية تدريب على كل منها؛ الدفعة نفسها في كل خطوة)</numerusform><numerusform>استخدام وحدات معالجة الرسومات الـ%n كلها (عملية تدريب على كل منها؛ الدفعة نفسها في كل خطوة)</numerusform><numerusform>استخدام وحدات معالجة الرسومات الـ%n كلها (عملية تدريب على كل منها؛ الدفعة نفسها في كل خطوة)</numerusform><numerusform>استخدام وحدات معالجة الرسومات الـ%n كلها (عملية تدريب على كل منها؛ الدفعة نفسها في كل خطوة)</numerusform><numerusform>استخدام وحدات معالجة الرسومات الـ%n كلها (عملية تدريب على كل منها؛ الدفعة نفسها في كل خطوة)</numerusform><numerusform>استخدام وحدات معالجة الرسومات الـ%n كلها (عملية تدريب على كل منها؛ الدفعة نفسها في كل خطوة)</numerusform></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="96" />
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="100" />
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="100" />
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="40" />
        <source>New chat</source>
        <translation>محادثة جديدة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="42" />
        <source>New chat (Ctrl+N)</source>
        <translation>محادثة جديدة (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="46" />
        <source>Search conversations (Ctrl+F)</source>
        <translation>البحث في المحادثات (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="61" />
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="71" />
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="144" />
        <source>Rename</source>
        <translation>إعادة التسمية</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="73" />
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="154" />
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="112" />
        <source>No matches</source>
        <translation>لا توجد نتائج</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="146" />
        <source>Unpin</source>
        <translation>إلغاء التثبيت</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="146" />
        <source>Pin</source>
        <translation>تثبيت</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="150" />
        <source>Export as Markdown…</source>
        <translation>تصدير بصيغة Markdown…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="152" />
        <source>Export as JSON…</source>
        <translation>تصدير بصيغة JSON…</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="30" />
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="38" />
        <source>Export conversation</source>
        <translation>تصدير المحادثة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="46" />
        <source>Export all</source>
        <translation>تصدير الكل</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="63" />
        <source>Import conversations</source>
        <translation>استيراد المحادثات</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="88" />
        <source>Import its conversations again, as copies?</source>
        <translation>هل تريد استيراد محادثاته مرة أخرى كنسخ؟</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="91" />
        <source>Import copies</source>
        <translation>استيراد نسخ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="93" />
        <source>Skip</source>
        <translation>تخطٍّ</translation>
    </message>
</context>
<context>
    <name>WizardText</name>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="39" />
        <source>%1 %2/%3: %4</source>
        <translation>%1 ‏%2/%3: %4</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="48" />
        <source>%1 tokens/s</source>
        <translation>%1 رمز/ث</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="52" />
        <source>peak %1 GB</source>
        <translation>الذروة %1 GB</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="62" />
        <source>Fits: about %1 GB needed, %2 GB free on %3.</source>
        <translation>يتسع: يلزم نحو %1 GB، والمتاح %2 GB على %3.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="64" />
        <source>Will not fit: about %1 GB needed, %2 GB free on %3. Lower the maximum length or the batch size, turn on 4-bit, or pick a smaller base model.</source>
        <translation>لن يتسع: يلزم نحو %1 GB، والمتاح %2 GB على %3. خفّض الطول الأقصى أو حجم الدفعة، أو فعّل 4 بت، أو اختر نموذجًا أساسيًا أصغر.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="161" />
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="162" />
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="165" />
        <source>About LumiChats</source>
        <translation>حول LumiChats</translation>
    </message>
</context>
</TS>