<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>ChatStatusBar</name>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="15" />
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="44" />
        <source>No model</source>
        <translation>لا يوجد نموذج</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="26" />
        <source>Loading %s…</source>
        <translation>جارٍ تحميل %s…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="48" />
        <source>Context: %d / %d tokens</source>
        <translation>السياق: %d / %d رمزًا</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="50" />
        <source> (%d oldest messages left out)</source>
        <translation> (تم استبعاد %d من أقدم الرسائل)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="56" />
        <source>%.1f tokens/s · first token %.2f s</source>
        <translation>%.1f رمز/ث · أول رمز %.2f ث</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message numerus="yes">
        <location filename="../../lumichats_desktop/ui/chat_view.py" line="72" />
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
    <name>MainWindow</name>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="70" />
        <location filename="../../lumichats_desktop/ui/main_window.py" line="397" />
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="96" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="97" />
        <source>New chat</source>
        <translation>محادثة جديدة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="99" />
        <source>Import conversations…</source>
        <translation>استيراد المحادثات…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="103" />
        <source>Export all conversations…</source>
        <translation>تصدير كل المحادثات…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="107" />
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="108" />
        <source>&amp;Conversation</source>
        <translation>&amp;المحادثة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="111" />
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="115" />
        <source>Stop reply</source>
        <translation>إيقاف الرد</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="117" />
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="173" />
        <source>Something went wrong: %s</source>
        <translation>حدث خطأ: %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="207" />
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="258" />
        <source>Rename</source>
        <translation>إعادة التسمية</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="258" />
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="268" />
        <source>Conversation deleted.</source>
        <translation>تم حذف المحادثة.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="362" />
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="408" />
        <source>The model ended its reply without writing anything.</source>
        <translation>أنهى النموذج رده دون أن يكتب شيئًا.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="448" />
        <source>Edit message</source>
        <translation>تعديل الرسالة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="448" />
        <source>Message:</source>
        <translation>الرسالة:</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="57" />
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="65" />
        <source>Previous alternative</source>
        <translation>البديل السابق</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="66" />
        <source>Next alternative</source>
        <translation>البديل التالي</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="69" />
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="69" />
        <source>Copy this message</source>
        <translation>نسخ هذه الرسالة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="73" />
        <source>Regenerate</source>
        <translation>إعادة التوليد</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="74" />
        <source>Write another reply</source>
        <translation>كتابة رد آخر</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="81" />
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="81" />
        <source>Edit and resend</source>
        <translation>تعديل وإعادة الإرسال</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="86" />
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="86" />
        <source>Delete this message</source>
        <translation>حذف هذه الرسالة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="114" />
        <source>stopped</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="114" />
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="114" />
        <source>writing…</source>
        <translation>يكتب…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="67" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="73" />
        <source>Instructions for this conversation (optional)</source>
        <translation>تعليمات لهذه المحادثة (اختياري)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="74" />
        <source>System prompt</source>
        <translation>تعليمات النظام</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="76" />
        <source>App default</source>
        <translation>الافتراضي للتطبيق</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="82" />
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="84" />
        <source>LoRA adapter folder (optional)</source>
        <translation>مجلد محوّل LoRA (اختياري)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="85" />
        <source>Adapter</source>
        <translation>المحوّل</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="87" />
        <source>0 always picks the most likely word; higher is more varied.</source>
        <translation>القيمة 0 تختار دائمًا الكلمة الأرجح؛ القيم الأعلى أكثر تنوعًا.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="90" />
        <source>0 turns top-k off.</source>
        <translation>القيمة 0 تعطّل top-k.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="95" />
        <source>Temperature</source>
        <translation>درجة الحرارة</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="96" />
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="97" />
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="98" />
        <source>Min-p</source>
        <translation>Min-p</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="99" />
        <source>Repetition penalty</source>
        <translation>عقوبة التكرار</translation>
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
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="135" />
        <source>Rename</source>
        <translation>إعادة التسمية</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="73" />
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="145" />
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="112" />
        <source>No matches</source>
        <translation>لا توجد نتائج</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="137" />
        <source>Unpin</source>
        <translation>إلغاء التثبيت</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="137" />
        <source>Pin</source>
        <translation>تثبيت</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="141" />
        <source>Export as Markdown…</source>
        <translation>تصدير بصيغة Markdown…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="143" />
        <source>Export as JSON…</source>
        <translation>تصدير بصيغة JSON…</translation>
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
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="61" />
        <source>Import conversations</source>
        <translation>استيراد المحادثات</translation>
    </message>
</context>
</TS>