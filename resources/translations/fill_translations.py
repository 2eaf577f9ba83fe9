"""Write the translations into the .ts files, then compile them with lrelease.

    pyside6-lupdate lumichats_desktop/ui/*.py -ts resources/translations/lumichats_{es,ar,fr,de,hi,zh_CN,ja}.ts
    python resources/translations/fill_translations.py

Spanish and Arabic live in T below (source: (Spanish, Arabic)); every other language has its own table,
strings_<language>.py with one dict {source: translation}, so adding a language means adding one file and
one entry in LANGUAGES. A %n (plural) string may map to a tuple with one text per plural form.
A source string missing from a table stays untranslated and the test in tests/ui/test_translations.py fails.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).parent
# source: (Spanish, Arabic)
T = {
    "The first %n rows:": ("Las primeras %n filas:", "أول %n صف:"),
    "Use all %n GPUs (one trainer process each; the same batch per step)": (
        "Usar las %n GPU (un proceso de entrenamiento en cada una; el mismo lote por paso)",
        "استخدام وحدات معالجة الرسومات الـ%n كلها (عملية تدريب على كل منها؛ الدفعة نفسها في كل خطوة)",
    ),
    "Fits here?": ("¿Cabe aquí?", "هل يتسع هنا؟"),
    "  Held-out loss before: %s": (
        "  Pérdida en datos reservados antes: %s",
        "  الخسارة على البيانات المحجوزة قبل التدريب: %s",
    ),
    "%1 conversations for training, %2 held out.": (
        "%1 conversaciones para entrenar, %2 reservadas.",
        "%1 محادثة للتدريب، و%2 محجوزة للتقييم.",
    ),
    "%s holds neither config.json (a model) nor adapter_config.json (an adapter).": (
        "%s no contiene config.json (un modelo) ni adapter_config.json (un adaptador).",
        "لا يحتوي %s على config.json (نموذج) ولا على adapter_config.json (محوّل).",
    ),
    "%s is ready.": ("%s está listo.", "%s جاهز."),
    "A Hub repo id, e.g. google/gemma-3-4b-it or an adapter repo": (
        "Un repositorio del Hub, p. ej. google/gemma-3-4b-it o un adaptador",
        "معرّف مستودع على Hub، مثل google/gemma-3-4b-it أو مستودع محوّل",
    ),
    "A Hugging Face dataset (downloaded when the run starts)": (
        "Un conjunto de datos de Hugging Face (se descarga al empezar)",
        "مجموعة بيانات من Hugging Face (تُنزَّل عند بدء التدريب)",
    ),
    "A file on this computer": ("Un archivo de este ordenador", "ملف على هذا الحاسوب"),
    "A model or adapter folder": ("Una carpeta de modelo o adaptador", "مجلد نموذج أو محوّل"),
    "A token is saved. ": ("Hay un token guardado. ", "تم حفظ رمز. "),
    "Adapter name:": ("Nombre del adaptador:", "اسم المحوّل:"),
    "Add from the Hub": ("Añadir desde el Hub", "إضافة من Hub"),
    "Asking the Hub about %s…": ("Consultando %s en el Hub…", "جارٍ سؤال Hub عن %s…"),
    "Base model": ("Modelo base", "النموذج الأساسي"),
    "Batch size (conversations per step on the device):": (
        "Tamaño de lote (conversaciones por paso en el dispositivo):",
        "حجم الدفعة (محادثات لكل خطوة على الجهاز):",
    ),
    "Browse…": ("Examinar…", "استعراض…"),
    "Chat with %s": ("Conversar con %s", "محادثة مع %s"),
    "Chat with it": ("Conversar con él", "تحدّث معه"),
    "Check data and memory": ("Comprobar datos y memoria", "فحص البيانات والذاكرة"),
    "Checking this computer's hardware…": (
        "Comprobando el hardware de este ordenador…",
        "جارٍ فحص عتاد هذا الحاسوب…",
    ),
    "Checking… (tokenizing the data and sizing the run)": (
        "Comprobando… (tokenizando los datos y estimando el entrenamiento)",
        "جارٍ الفحص… (تقطيع البيانات وتقدير حجم التدريب)",
    ),
    "Checkpoint every (steps):": ("Punto de control cada (pasos):", "نقطة حفظ كل (خطوات):"),
    "Close": ("Cerrar", "إغلاق"),
    "Conversations (*.json *.jsonl *.parquet)": (
        "Conversaciones (*.json *.jsonl *.parquet)",
        "محادثات (*.json *.jsonl *.parquet)",
    ),
    "Conversations in ShareGPT or messages form: .json, .jsonl or .parquet.": (
        "Conversaciones en formato ShareGPT o messages: .json, .jsonl o .parquet.",
        "محادثات بصيغة ShareGPT أو messages: ‏.json أو .jsonl أو .parquet.",
    ),
    "Delete %1 (%2) from this computer? Downloading it again takes a while.": (
        "¿Borrar %1 (%2) de este ordenador? Volver a descargarlo lleva un rato.",
        "حذف %1 (%2) من هذا الحاسوب؟ إعادة تنزيله تستغرق وقتًا.",
    ),
    "Delete model": ("Borrar modelo", "حذف النموذج"),
    "Delete…": ("Borrar…", "حذف…"),
    "Details": ("Detalles", "التفاصيل"),
    "Done": ("Listo", "تم"),
    "Download": ("Descargar", "تنزيل"),
    "Download running": ("Descarga en curso", "التنزيل جارٍ"),
    "Fine-tune a LumiChats adapter": ("Ajustar un adaptador de LumiChats", "ضبط محوّل LumiChats"),
    "Fine-tune…": ("Ajuste fino…", "ضبط دقيق…"),
    "Gradient accumulation (batches per optimizer step):": (
        "Acumulación de gradiente (lotes por paso del optimizador):",
        "تجميع التدرّج (دفعات لكل خطوة من المُحسِّن):",
    ),
    "Held out for evaluation:": ("Reservado para evaluar:", "محجوز للتقييم:"),
    "Held-out loss every (steps, 0 = only before and after):": (
        "Pérdida reservada cada (pasos, 0 = solo antes y después):",
        "الخسارة على المحجوز كل (خطوات، 0 = قبل وبعد فقط):",
    ),
    "Held-out loss: %1 before, %2 after (lower is better).\nThe adapter is in %3.": (
        "Pérdida en datos reservados: %1 antes, %2 después (menos es mejor).\nEl adaptador está en %3.",
        "الخسارة على البيانات المحجوزة: %1 قبل، %2 بعد (الأقل أفضل).\nالمحوّل موجود في %3.",
    ),
    "Hugging Face token:": ("Token de Hugging Face:", "رمز Hugging Face:"),
    "Import .gguf…": ("Importar .gguf…", "استيراد ‎.gguf…"),
    "Import a GGUF model": ("Importar un modelo GGUF", "استيراد نموذج GGUF"),
    "Kind": ("Tipo", "النوع"),
    "Learning rate:": ("Tasa de aprendizaje:", "معدّل التعلّم:"),
    "Learning-rate schedule:": ("Programa de la tasa de aprendizaje:", "جدول معدّل التعلّم:"),
    "LoRA alpha (scale; r and alpha equal is the recipe):": (
        "LoRA alpha (escala; la receta usa r y alpha iguales):",
        "LoRA alpha (المقياس؛ الوصفة تجعل r وalpha متساويين):",
    ),
    "LoRA rank r (capacity of the adapter):": (
        "Rango LoRA r (capacidad del adaptador):",
        "رتبة LoRA ‏r (سعة المحوّل):",
    ),
    "Load on the CPU": ("Cargar en la CPU", "التحميل على المعالج"),
    "Load the base in 4-bit (QLoRA): a quarter of the memory, a bit slower": (
        "Cargar la base en 4 bits (QLoRA): un cuarto de la memoria, algo más lento",
        "تحميل النموذج الأساسي بـ4 بت (QLoRA): ربع الذاكرة وأبطأ قليلًا",
    ),
    "Maximum length in tokens (longer ones are cut):": (
        "Longitud máxima en tokens (lo más largo se corta):",
        "الطول الأقصى بالرموز (يُقصّ ما هو أطول):",
    ),
    "Model:": ("Modelo:", "النموذج:"),
    "Models": ("Modelos", "النماذج"),
    "Models…": ("Modelos…", "النماذج…"),
    "No token saved. ": ("No hay token guardado. ", "لا يوجد رمز محفوظ. "),
    "Not checked yet.": ("Aún sin comprobar.", "لم يُفحص بعد."),
    "Pause": ("Pausar", "إيقاف مؤقت"),
    "Pause the download and close? It resumes later.": (
        "¿Pausar la descarga y cerrar? Se reanuda después.",
        "إيقاف التنزيل مؤقتًا والإغلاق؟ سيُستأنف لاحقًا.",
    ),
    "Remove token": ("Quitar token", "إزالة الرمز"),
    "Resume": ("Reanudar", "استئناف"),
    "Save token": ("Guardar token", "حفظ الرمز"),
    "Saved in:": ("Se guarda en:", "يُحفظ في:"),
    "Seed:": ("Semilla:", "البذرة:"),
    "Set as default": ("Usar por defecto", "تعيين كافتراضي"),
    "Show advanced settings": ("Mostrar ajustes avanzados", "إظهار الإعدادات المتقدمة"),
    "Size": ("Tamaño", "الحجم"),
    "Status": ("Estado", "الحالة"),
    "Steps:": ("Pasos:", "الخطوات:"),
    "Stop (keeps a checkpoint)": ("Detener (guarda un punto de control)", "إيقاف (مع حفظ نقطة)"),
    "Stop training? A checkpoint is saved and Resume continues from it.": (
        "¿Detener el entrenamiento? Se guarda un punto de control y Reanudar sigue desde él.",
        "إيقاف التدريب؟ تُحفظ نقطة ويستأنف زر الاستئناف منها.",
    ),
    "The LumiChats recipe is filled in; the defaults are a good start.": (
        "La receta de LumiChats ya está puesta; los valores por defecto son un buen comienzo.",
        "وصفة LumiChats معبأة مسبقًا؛ القيم الافتراضية بداية جيدة.",
    ),
    "The adapter is trained on this model; check that it fits before you start.": (
        "El adaptador se entrena sobre este modelo; comprueba que cabe antes de empezar.",
        "يُدرَّب المحوّل على هذا النموذج؛ تأكد أنه يتسع قبل البدء.",
    ),
    "The bundled sample (40 conversations in 10 languages)": (
        "La muestra incluida (40 conversaciones en 10 idiomas)",
        "العينة المرفقة (40 محادثة بعشر لغات)",
    ),
    "The loss appears here once training starts.": (
        "La pérdida aparece aquí al empezar el entrenamiento.",
        "تظهر الخسارة هنا عند بدء التدريب.",
    ),
    "The trainer downloads and checks this dataset when the run starts.": (
        "El entrenador descarga y comprueba este conjunto al empezar.",
        "يُنزّل المدرِّب هذه البيانات ويفحصها عند البدء.",
    ),
    "The trainer runs in its own process; the app stays usable meanwhile.": (
        "El entrenador corre en su propio proceso; mientras tanto puedes seguir usando la app.",
        "يعمل المدرِّب في عملية مستقلة؛ ويبقى التطبيق قابلًا للاستخدام أثناء ذلك.",
    ),
    "Training": ("Entrenamiento", "التدريب"),
    "Training data": ("Datos de entrenamiento", "بيانات التدريب"),
    "Training is running. Stop it (keeping a checkpoint) and close?": (
        "El entrenamiento está en marcha. ¿Detenerlo (guardando un punto de control) y cerrar?",
        "التدريب جارٍ. إيقافه (مع حفظ نقطة) والإغلاق؟",
    ),
    "Type a Hub repo id as owner/name, e.g. google/gemma-3-4b-it.": (
        "Escribe el repositorio del Hub como propietario/nombre, p. ej. google/gemma-3-4b-it.",
        "اكتب معرّف المستودع بصيغة المالك/الاسم، مثل google/gemma-3-4b-it.",
    ),
    "Use LumiChats 270M": ("Usar LumiChats 270M", "استخدام LumiChats 270M"),
    "Use a folder…": ("Usar una carpeta…", "استخدام مجلد…"),
    "Use now": ("Usar ahora", "استخدام الآن"),
    "Warm-up steps:": ("Pasos de calentamiento:", "خطوات الإحماء:"),
    "You are chatting with LumiChats 270M, a small model that works offline. It handles simple questions and often gets facts wrong. LumiChats 4B is the real assistant: get it in Models (Ctrl+M).": (
        "Estás conversando con LumiChats 270M, un modelo pequeño que funciona sin conexión. Responde preguntas sencillas y a menudo se equivoca en los datos. LumiChats 4B es el asistente de verdad: consíguelo en Modelos (Ctrl+M).",
        "أنت تتحدث مع LumiChats 270M، وهو نموذج صغير يعمل دون اتصال. يجيب عن الأسئلة البسيطة ويخطئ كثيرًا في الحقائق. المساعد الحقيقي هو LumiChats 4B: احصل عليه من النماذج (Ctrl+M).",
    ),
    "hf_… (needed for gated or private repos)": (
        "hf_… (necesario para repositorios restringidos o privados)",
        "hf_… (مطلوب للمستودعات المقيّدة أو الخاصة)",
    ),
    "step (of %n)": ("paso (de %n)", "الخطوة (من %n)"),
    "…/conversations.jsonl": ("…/conversaciones.jsonl", "…/conversations.jsonl"),
    "Show %n earlier message(s)": ("Mostrar %n mensajes anteriores", "عرض %n من الرسائل السابقة"),
    "Message LumiChats… (Enter to send, Shift+Enter for a new line)": (
        "Escribe a LumiChats… (Intro para enviar, Mayús+Intro para otra línea)",
        "اكتب رسالة إلى LumiChats… (Enter للإرسال، Shift+Enter لسطر جديد)",
    ),
    "Send": ("Enviar", "إرسال"),
    "No model": ("Sin modelo", "لا يوجد نموذج"),
    "&File": ("&Archivo", "&ملف"),
    "New chat": ("Nueva conversación", "محادثة جديدة"),
    "Import conversations…": ("Importar conversaciones…", "استيراد المحادثات…"),
    "Export all conversations…": ("Exportar todas las conversaciones…", "تصدير كل المحادثات…"),
    "Quit": ("Salir", "خروج"),
    "&Conversation": ("&Conversación", "&المحادثة"),
    "Settings…": ("Ajustes…", "الإعدادات…"),
    "Stop reply": ("Detener respuesta", "إيقاف الرد"),
    "Search": ("Buscar", "بحث"),
    "Something went wrong: %s": ("Algo salió mal: %s", "حدث خطأ: %s"),
    "Loading %s…": ("Cargando %s…", "جارٍ تحميل %s…"),
    "Retry": ("Reintentar", "إعادة المحاولة"),
    "Rename": ("Cambiar nombre", "إعادة التسمية"),
    "Title:": ("Título:", "العنوان:"),
    "Conversation deleted.": ("Conversación eliminada.", "تم حذف المحادثة."),
    "Stop": ("Detener", "إيقاف"),
    "Context: %d / %d tokens": ("Contexto: %d / %d tokens", "السياق: %d / %d رمزًا"),
    " (%d oldest messages left out)": (
        " (%d mensajes antiguos omitidos)",
        " (تم استبعاد %d من أقدم الرسائل)",
    ),
    "%.1f tokens/s · first token %.2f s": (
        "%.1f tokens/s · primer token %.2f s",
        "%.1f رمز/ث · أول رمز %.2f ث",
    ),
    "Edit message": ("Editar mensaje", "تعديل الرسالة"),
    "Message:": ("Mensaje:", "الرسالة:"),
    "You": ("Tú", "أنت"),
    "Previous alternative": ("Alternativa anterior", "البديل السابق"),
    "Next alternative": ("Alternativa siguiente", "البديل التالي"),
    "Copy": ("Copiar", "نسخ"),
    "Copy this message": ("Copiar este mensaje", "نسخ هذه الرسالة"),
    "Regenerate": ("Regenerar", "إعادة التوليد"),
    "Write another reply": ("Escribir otra respuesta", "كتابة رد آخر"),
    "Edit": ("Editar", "تعديل"),
    "Edit and resend": ("Editar y reenviar", "تعديل وإعادة الإرسال"),
    "Delete": ("Eliminar", "حذف"),
    "Delete this message": ("Eliminar este mensaje", "حذف هذه الرسالة"),
    "stopped": ("detenida", "متوقف"),
    "error": ("error", "خطأ"),
    "writing…": ("escribiendo…", "يكتب…"),
    "Settings": ("Ajustes", "الإعدادات"),
    "Instructions for this conversation (optional)": (
        "Instrucciones para esta conversación (opcional)",
        "تعليمات لهذه المحادثة (اختياري)",
    ),
    "System prompt": ("Instrucciones del sistema", "تعليمات النظام"),
    "0 always picks the most likely word; higher is more varied.": (
        "0 elige siempre la palabra más probable; valores más altos dan más variedad.",
        "القيمة 0 تختار دائمًا الكلمة الأرجح؛ القيم الأعلى أكثر تنوعًا.",
    ),
    "0 turns top-k off.": ("0 desactiva top-k.", "القيمة 0 تعطّل top-k."),
    "Temperature": ("Temperatura", "درجة الحرارة"),
    "Top-p": ("Top-p", "Top-p"),
    "Top-k": ("Top-k", "Top-k"),
    "Min-p": ("Min-p", "Min-p"),
    "Repetition penalty": ("Penalización por repetición", "عقوبة التكرار"),
    "Loop guard": ("Freno a los bucles", "منع التكرار الحلقي"),
    "Stops the reply from repeating itself: words that would repeat an earlier passage of the reply become less likely. 0 turns it off.": (
        "Evita que la respuesta se repita: las palabras que repetirían un pasaje anterior de la respuesta se vuelven menos probables. 0 lo desactiva.",
        "يمنع الرد من تكرار نفسه: تصبح الكلمات التي تعيد مقطعًا سابقًا من الرد أقل احتمالًا. القيمة 0 توقفه.",
    ),
    "Max reply length (tokens)": ("Longitud máxima de respuesta (tokens)", "أقصى طول للرد (رموز)"),
    "This conversation": ("Esta conversación", "هذه المحادثة"),
    "Follow the system": ("Como el sistema", "حسب النظام"),
    "Light": ("Claro", "فاتح"),
    "Dark": ("Oscuro", "داكن"),
    "Enter sends, Shift+Enter new line": (
        "Intro envía, Mayús+Intro nueva línea",
        "Enter للإرسال، Shift+Enter لسطر جديد",
    ),
    "Ctrl+Enter sends, Enter new line": (
        "Ctrl+Intro envía, Intro nueva línea",
        "Ctrl+Enter للإرسال، Enter لسطر جديد",
    ),
    "Best available": ("El mejor disponible", "أفضل نموذج متاح"),
    "Theme": ("Tema", "المظهر"),
    "Send with": ("Enviar con", "الإرسال بـ"),
    "Default model (next start)": (
        "Modelo predeterminado (próximo inicio)",
        "النموذج الافتراضي (عند التشغيل القادم)",
    ),
    "Context limit (tokens)": ("Límite de contexto (tokens)", "حد السياق (رموز)"),
    "Default reply length": ("Longitud de respuesta predeterminada", "طول الرد الافتراضي"),
    "App": ("Aplicación", "التطبيق"),
    "Language (next start)": ("Idioma (próximo inicio)", "اللغة (عند التشغيل القادم)"),
    "New chat (Ctrl+N)": ("Nueva conversación (Ctrl+N)", "محادثة جديدة (Ctrl+N)"),
    "Search conversations (Ctrl+F)": ("Buscar conversaciones (Ctrl+F)", "البحث في المحادثات (Ctrl+F)"),
    "Undo": ("Deshacer", "تراجع"),
    "No matches": ("Sin resultados", "لا توجد نتائج"),
    "Unpin": ("Desfijar", "إلغاء التثبيت"),
    "Pin": ("Fijar", "تثبيت"),
    "Export as Markdown…": ("Exportar como Markdown…", "تصدير بصيغة Markdown…"),
    "Export as JSON…": ("Exportar como JSON…", "تصدير بصيغة JSON…"),
    "Export conversation": ("Exportar conversación", "تصدير المحادثة"),
    "Export all": ("Exportar todo", "تصدير الكل"),
    "Import conversations": ("Importar conversaciones", "استيراد المحادثات"),
    "The model ended its reply without writing anything.": (
        "El modelo terminó su respuesta sin escribir nada.",
        "أنهى النموذج رده دون أن يكتب شيئًا.",
    ),
    "App default": ("Predeterminado de la aplicación", "الافتراضي للتطبيق"),
    "Model": ("Modelo", "النموذج"),
    "Adapter": ("Adaptador", "المحوّل"),
    "LoRA adapter folder (optional)": ("Carpeta del adaptador LoRA (opcional)", "مجلد محوّل LoRA (اختياري)"),
    "Continue": ("Continuar", "متابعة"),
    "Go on writing this reply": ("Seguir escribiendo esta respuesta", "متابعة كتابة هذا الرد"),
    "Write this reply again": ("Escribir esta respuesta de nuevo", "كتابة هذا الرد من جديد"),
    "interrupted": ("interrumpida", "مقطوع"),
    "Dismiss": ("Cerrar aviso", "إغلاق التنبيه"),
    "Recover": ("Recuperar", "استعادة"),
    "Recovering conversations from %s…": (
        "Recuperando conversaciones de %s…",
        "جارٍ استعادة المحادثات من %s…",
    ),
    "The reply could not start: %s": ("No se pudo empezar la respuesta: %s", "تعذّر بدء الرد: %s"),
    "Import its conversations again, as copies?": (
        "¿Importar sus conversaciones otra vez, como copias?",
        "هل تريد استيراد محادثاته مرة أخرى كنسخ؟",
    ),
    "Import copies": ("Importar copias", "استيراد نسخ"),
    "Skip": ("Omitir", "تخطٍّ"),
    # The local API server (ui/server_settings.py)
    "Local API server": ("Servidor de API local", "خادم API المحلي"),
    "Let other programs use the loaded model (OpenAI-compatible API)": (
        "Permitir que otros programas usen el modelo cargado (API compatible con OpenAI)",
        "السماح للبرامج الأخرى باستخدام النموذج المحمَّل (واجهة API متوافقة مع OpenAI)",
    ),
    "Port": ("Puerto", "المنفذ"),
    "API key": ("Clave de API", "مفتاح API"),
    "Optional on this computer; clients send it as a Bearer token": (
        "Opcional en este equipo; los clientes la envían como token Bearer",
        "اختياري على هذا الحاسوب؛ يرسله العملاء كرمز Bearer",
    ),
    "Also accept other computers on the network (needs an API key)": (
        "Aceptar también otros equipos de la red (requiere una clave de API)",
        "قبول الحواسيب الأخرى على الشبكة أيضًا (يتطلب مفتاح API)",
    ),
    "Allowed web origins": ("Orígenes web permitidos", "مصادر الويب المسموح بها"),
    "None: web pages cannot call the server": (
        "Ninguno: las páginas web no pueden llamar al servidor",
        "لا شيء: لا يمكن لصفحات الويب استدعاء الخادم",
    ),
    "Save API conversations in the chat history": (
        "Guardar las conversaciones de la API en el historial",
        "حفظ محادثات API في سجل المحادثات",
    ),
    "Off": ("Apagado", "متوقف"),
    "Local API server not started: %s": (
        "El servidor de API local no se inició: %s",
        "لم يبدأ خادم API المحلي: %s",
    ),
    "API: %1 · requests served: %2": (
        "API: %1 · solicitudes atendidas: %2",
        "API: %1 · الطلبات المخدومة: %2",
    ),
    " · generating for another program…": (
        " · generando para otro programa…",
        " · يولّد ردًا لبرنامج آخر…",
    ),
    # issue 22: Qt-free layers' messages, the memory check, the status bar, Help
    "A training run is going; check again when it ends.": (
        "Hay un entrenamiento en marcha; comprueba de nuevo cuando termine.",
        "يجري تدريب الآن؛ افحص مرة أخرى عند انتهائه.",
    ),
    "Copy code": ("Copiar código", "نسخ الشيفرة"),
    "Evaluating on held-out conversations": (
        "Evaluando con las conversaciones reservadas",
        "التقييم على المحادثات المحجوزة",
    ),
    "Loading data": ("Cargando los datos", "تحميل البيانات"),
    "Loading the model": ("Cargando el modelo", "تحميل النموذج"),
    "Reading the model file": ("Leyendo el archivo del modelo", "قراءة ملف النموذج"),
    "Reading the tokenizer": ("Leyendo el tokenizador", "قراءة المقطِّع"),
    "Ready": ("Listo", "جاهز"),
    "Saving": ("Guardando", "جارٍ الحفظ"),
    "Saving the adapter": ("Guardando el adaptador", "حفظ المحوّل"),
    "Starting": ("Empezando", "البدء"),
    "The check stopped unexpectedly (exit code %s).": (
        "La comprobación se detuvo inesperadamente (código de salida %s).",
        "توقف الفحص بشكل غير متوقع (رمز الخروج %s).",
    ),
    "Unpacking the embedded model (first run only)": (
        "Desempaquetando el modelo integrado (solo la primera vez)",
        "فك حزمة النموذج المدمج (في التشغيل الأول فقط)",
    ),
    "Unpacking the weights": ("Desempaquetando los pesos", "فك الأوزان"),
    "Writing…": ("Escribiendo…", "جارٍ الكتابة…"),
    "about %s left": ("quedan unos %s", "يتبقى نحو %s"),
    "&Help": ("A&yuda", "م&ساعدة"),
    "Keyboard shortcuts": ("Atajos de teclado", "اختصارات لوحة المفاتيح"),
    "About LumiChats": ("Acerca de LumiChats", "حول LumiChats"),
    "Action": ("Acción", "الإجراء"),
    "Keys": ("Teclas", "المفاتيح"),
    "A private assistant that runs on your own computer.": (
        "Un asistente privado que funciona en tu propio ordenador.",
        "مساعد خاص يعمل على حاسوبك أنت.",
    ),
    "Model: %s": ("Modelo: %s", "النموذج: %s"),
    "Bundled model": ("Modelo incluido", "النموذج المرفق"),
    "Libraries": ("Bibliotecas", "المكتبات"),
    "Package": ("Paquete", "الحزمة"),
    "Version": ("Versión", "الإصدار"),
    "Licence": ("Licencia", "الترخيص"),
    "Used for": ("Se usa para", "يُستخدم لـ"),
    "LumiChats itself: Apache-2.0.": ("LumiChats en sí: Apache-2.0.", "LumiChats نفسه: Apache-2.0."),
    "%1 %2/%3: %4": ("%1 %2/%3: %4", "%1 ‏%2/%3: %4"),
    "%1 tokens/s": ("%1 tokens/s", "%1 رمز/ث"),
    "peak %1 GB": ("pico %1 GB", "الذروة %1 GB"),
    "Fits: about %1 GB needed, %2 GB free on %3.": (
        "Cabe: hacen falta unos %1 GB y hay %2 GB libres en %3.",
        "يتسع: يلزم نحو %1 GB، والمتاح %2 GB على %3.",
    ),
    "Will not fit: about %1 GB needed, %2 GB free on %3. Lower the maximum length or the batch size, turn on 4-bit, or pick a smaller base model.": (
        "No cabe: hacen falta unos %1 GB y hay %2 GB libres en %3. Baja la longitud máxima o el tamaño de lote, activa 4 bits o elige un modelo base más pequeño.",
        "لن يتسع: يلزم نحو %1 GB، والمتاح %2 GB على %3. خفّض الطول الأقصى أو حجم الدفعة، أو فعّل 4 بت، أو اختر نموذجًا أساسيًا أصغر.",
    ),
    # issue #15 (h15): the training run, the data preview and the Models dialog off the UI thread
    "Stopping: finishing this step and saving a checkpoint…": (
        "Deteniendo: terminando este paso y guardando un punto de control…",
        "جارٍ الإيقاف: إنهاء هذه الخطوة وحفظ نقطة استئناف…",
    ),
    "The trainer could not start: %s": (
        "No se pudo iniciar el entrenamiento: %s",
        "تعذّر بدء عملية التدريب: %s",
    ),
    "Reading the first rows…": ("Leyendo las primeras filas…", "جارٍ قراءة الصفوف الأولى…"),
    "Deleting %s…": ("Eliminando %s…", "جارٍ حذف %s…"),
    "Dropped rows (%1 in all):": ("Filas descartadas (%1 en total):", "الصفوف المستبعدة (%1 في المجموع):"),
    # Attachments (issue 17): ui/attachment_bar.py, ui/document_cut_dialog.py, ui/main_window.py.
    "%1 pages": ("%1 páginas", "%1 صفحات"),
    "first %1 of %2 characters": ("primeros %1 de %2 caracteres", "أول %1 من %2 حرفًا"),
    "Remove %1": ("Quitar %1", "إزالة %1"),
    "Images can be attached once a model that sees them has loaded.": (
        "Se pueden adjuntar imágenes cuando se haya cargado un modelo que las vea.",
        "يمكن إرفاق الصور بعد تحميل نموذج يستطيع رؤيتها.",
    ),
    "Attach documents (text, Markdown, code, CSV, JSON, HTML, PDF) or images (Ctrl+Shift+A)": (
        "Adjuntar documentos (texto, Markdown, código, CSV, JSON, HTML, PDF) o imágenes (Ctrl+Mayús+A)",
        "إرفاق مستندات (نص، Markdown، شيفرة، CSV، JSON، HTML، PDF) أو صور (Ctrl+Shift+A)",
    ),
    "Attach an image: PNG, JPEG or WebP (Ctrl+Shift+I)": (
        "Adjuntar una imagen: PNG, JPEG o WebP (Ctrl+Mayús+I)",
        "إرفاق صورة: PNG أو JPEG أو WebP ‏(Ctrl+Shift+I)",
    ),
    "%1 was not attached: %2": ("%1 no se adjuntó: %2", "لم يُرفق %1: %2"),
    "%1 was not attached: at most %2 files go with one message.": (
        "%1 no se adjuntó: un mensaje lleva como mucho %2 archivos.",
        "لم يُرفق %1: يحمل الرسالة الواحدة %2 ملفات على الأكثر.",
    ),
    "Documents and images": ("Documentos e imágenes", "المستندات والصور"),
    "Images": ("Imágenes", "الصور"),
    "Documents": ("Documentos", "المستندات"),
    "All files": ("Todos los archivos", "كل الملفات"),
    "Attach files": ("Adjuntar archivos", "إرفاق ملفات"),
    "pasted image": ("imagen pegada", "صورة ملصقة"),
    "Document too long": ("Documento demasiado largo", "المستند طويل جدًا"),
    "%1 needs about %2 tokens, but only about %3 are free in this chat (its context holds %4 tokens and %5 are kept for the reply). The whole document cannot be sent.\n\nSend only its beginning? Choose how many characters (of %6) to include; the model is told that the rest was left out.": (
        "%1 necesita unos %2 tokens, pero en esta conversación solo quedan libres unos %3 (su contexto admite %4 tokens y %5 se reservan para la respuesta). No se puede enviar el documento entero.\n\n¿Enviar solo el principio? Elige cuántos caracteres (de %6) incluir; al modelo se le dice que el resto se dejó fuera.",
        "يحتاج %1 إلى نحو %2 رمزًا، لكن المتاح في هذه المحادثة نحو %3 فقط (يتسع سياقها لـ%4 رمزًا ويُحجز %5 للرد). لا يمكن إرسال المستند كاملًا.\n\nهل تُرسل بدايته فقط؟ اختر عدد الأحرف (من %6) التي تُضمَّن؛ ويُخبَر النموذج بأن الباقي تُرك.",
    ),
    " characters": (" caracteres", " حرفًا"),
    "Characters to send": ("Caracteres que se envían", "الأحرف المرسلة"),
    "Send the beginning": ("Enviar el principio", "إرسال البداية"),
    "Nothing of it fits: shorten your message or raise the context limit.": (
        "No cabe nada: acorta tu mensaje o sube el límite de contexto.",
        "لا يتسع منه شيء: اختصر رسالتك أو ارفع حد السياق.",
    ),
    "%1% of the document": ("%1 % del documento", "%1% من المستند"),
    "%1 cannot see images; LumiChats 4B can: load it in Models (Ctrl+M).": (
        "%1 no ve imágenes; LumiChats 4B sí: cárgalo en Modelos (Ctrl+M).",
        "لا يرى %1 الصور؛ أما LumiChats 4B فيراها: حمّله من النماذج (Ctrl+M).",
    ),
    # issue 21: look, screen readers, keyboard (helper h21)
    "%s, pinned": ("%s, fijada", "%s، مثبتة"),
    "&View": ("&Ver", "&عرض"),
    "Actions of the focused message or conversation": (
        "Acciones del mensaje o la conversación con el foco",
        "إجراءات الرسالة أو المحادثة المحددة",
    ),
    "Actual text size": ("Tamaño de texto normal", "حجم النص الأصلي"),
    "Alt+Up and Alt+Down move between messages; Tab reaches this message's actions.": (
        "Alt+Arriba y Alt+Abajo pasan de un mensaje a otro; Tab llega a las acciones de este mensaje.",
        "ينتقل Alt+أعلى وAlt+أسفل بين الرسائل؛ ويصل Tab إلى إجراءات هذه الرسالة.",
    ),
    "Alternative %d of %d": ("Alternativa %d de %d", "البديل %d من %d"),
    "Brings back the conversation just deleted (Ctrl+Z).": (
        "Recupera la conversación que acabas de eliminar (Ctrl+Z).",
        "يعيد المحادثة المحذوفة للتو (Ctrl+Z).",
    ),
    "Conversations": ("Conversaciones", "المحادثات"),
    "Copy code block %d": ("Copiar el bloque de código %d", "نسخ كتلة الشفرة %d"),
    "Copy message": ("Copiar el mensaje", "نسخ الرسالة"),
    "Delete message": ("Eliminar el mensaje", "حذف الرسالة"),
    "Dismiss this notice": ("Cerrar este aviso", "إغلاق هذا التنبيه"),
    "Enter opens a conversation; F2 renames it, Delete deletes it, the Menu key shows the rest.": (
        "Intro abre una conversación; F2 la renombra, Supr la elimina y la tecla Menú muestra el resto.",
        "يفتح Enter المحادثة؛ ويعيد F2 تسميتها، ويحذفها Delete، ويعرض مفتاح القائمة بقية الإجراءات.",
    ),
    "Error": ("Error", "خطأ"),
    "Explain how a rainbow forms, in three sentences.": (
        "Explica en tres frases cómo se forma un arcoíris.",
        "اشرح في ثلاث جمل كيف يتكوّن قوس قزح.",
    ),
    "Give me five ideas for a quick vegetarian dinner.": (
        "Dame cinco ideas para una cena vegetariana rápida.",
        "أعطني خمس أفكار لعشاء نباتي سريع.",
    ),
    "Go to the conversation list": ("Ir a la lista de conversaciones", "الانتقال إلى قائمة المحادثات"),
    "Go to the message box": ("Ir al cuadro de mensaje", "الانتقال إلى مربع الرسالة"),
    "Information": ("Información", "معلومة"),
    "Larger text": ("Texto más grande", "نص أكبر"),
    "LumiChats is writing a reply.": ("LumiChats está escribiendo una respuesta.", "يكتب LumiChats ردًا."),
    "LumiChats replied: %s": ("LumiChats respondió: %s", "ردّ LumiChats: %s"),
    "LumiChats runs on this computer: what you write here stays here. Try one of these:": (
        "LumiChats funciona en este ordenador: lo que escribas aquí se queda aquí. Prueba uno de estos:",
        "يعمل LumiChats على هذا الحاسوب: ما تكتبه هنا يبقى هنا. جرّب أحد هذه:",
    ),
    "Message": ("Mensaje", "الرسالة"),
    "Messages": ("Mensajes", "الرسائل"),
    "New line in the message": ("Nueva línea en el mensaje", "سطر جديد في الرسالة"),
    "Next / previous control": ("Control siguiente / anterior", "عنصر التحكم التالي / السابق"),
    "Next message": ("Mensaje siguiente", "الرسالة التالية"),
    "Open the focused conversation or press the focused button": (
        "Abrir la conversación o pulsar el botón que tiene el foco",
        "فتح المحادثة المحددة أو الضغط على الزر المحدد",
    ),
    "Previous message": ("Mensaje anterior", "الرسالة السابقة"),
    "Puts this example in the message box, ready to send or edit.": (
        "Pone este ejemplo en el cuadro de mensaje, listo para enviar o editar.",
        "يضع هذا المثال في مربع الرسالة، جاهزًا للإرسال أو التعديل.",
    ),
    "Regenerate reply": ("Regenerar la respuesta", "إعادة توليد الرد"),
    "Reply stopped.": ("Respuesta detenida.", "توقف الرد."),
    "Search conversations": ("Buscar conversaciones", "البحث في المحادثات"),
    "Send the message": ("Enviar el mensaje", "إرسال الرسالة"),
    "Sends the message; while a reply is written, stops it.": (
        "Envía el mensaje; mientras se escribe una respuesta, la detiene.",
        "يرسل الرسالة؛ وأثناء كتابة الرد يوقفه.",
    ),
    "Smaller text": ("Texto más pequeño", "نص أصغر"),
    "Starts an empty conversation (Ctrl+N).": (
        "Empieza una conversación vacía (Ctrl+N).",
        "يبدأ محادثة فارغة (Ctrl+N).",
    ),
    "Text size %d%%": ("Tamaño del texto %d %%", "حجم النص %d%%"),
    "The reply failed: %s": ("La respuesta falló: %s", "فشل الرد: %s"),
    "Warning": ("Advertencia", "تحذير"),
    "What can I help you with?": ("¿En qué puedo ayudarte?", "كيف يمكنني مساعدتك؟"),
    "Write a Python function that reverses the words in a sentence.": (
        "Escribe una función de Python que invierta el orden de las palabras de una frase.",
        "اكتب دالة بلغة Python تعكس ترتيب الكلمات في جملة.",
    ),
    "Write a short, friendly email declining a meeting.": (
        "Escribe un correo breve y amable para rechazar una reunión.",
        "اكتب رسالة بريد قصيرة ولطيفة تعتذر فيها عن اجتماع.",
    ),
    "Write to LumiChats. Alt+Up moves to the newest message.": (
        "Escribe a LumiChats. Alt+Arriba va al mensaje más reciente.",
        "اكتب إلى LumiChats. ينتقل Alt+أعلى إلى أحدث رسالة.",
    ),
    "code": ("código", "شفرة"),
    "The conversation database was written by a newer LumiChats (schema %1; this version knows %2). It was kept as %3; update LumiChats to see those conversations again. A new database was started.": (
        "La base de datos de conversaciones fue escrita por un LumiChats más reciente (esquema %1; esta versión conoce el %2). Se guardó como %3; actualice LumiChats para volver a ver esas conversaciones. Se empezó una base de datos nueva.",
        "كُتبت قاعدة بيانات المحادثات بإصدار أحدث من LumiChats (المخطط %1؛ هذا الإصدار يعرف %2). حُفظت باسم %3؛ حدّث LumiChats لترى تلك المحادثات مجددًا. بدأت قاعدة بيانات جديدة.",
    ),
    "The conversation database was damaged (%1). It was kept unchanged as %2 in %3 and a new, empty database was started. Press Recover to copy every conversation that can still be read into the new database, now or later from File > Recover conversations from a damaged file…": (
        "La base de datos de conversaciones estaba dañada (%1). Se guardó sin cambios como %2 en %3 y se empezó una base de datos nueva y vacía. Pulse Recuperar para copiar en la nueva base de datos todas las conversaciones que aún se puedan leer, ahora o más tarde desde Archivo > Recuperar conversaciones de un archivo dañado…",
        "كانت قاعدة بيانات المحادثات تالفة (%1). حُفظت دون تغيير باسم %2 في %3 وبدأت قاعدة بيانات جديدة فارغة. اضغط استعادة لنسخ كل محادثة ما زالت قابلة للقراءة إلى قاعدة البيانات الجديدة، الآن أو لاحقًا من ملف > استعادة المحادثات من ملف تالف…",
    ),
    "Nothing could be read from %1: it may not be a LumiChats conversation database. The file was not changed.": (
        "No se pudo leer nada de %1: puede que no sea una base de datos de conversaciones de LumiChats. El archivo no se modificó.",
        "تعذّرت قراءة أي شيء من %1: قد لا يكون قاعدة بيانات محادثات LumiChats. لم يتغير الملف.",
    ),
    "Recovered %1 conversation(s) and %2 message(s) from %3.": (
        "Se recuperaron %1 conversación(es) y %2 mensaje(s) de %3.",
        "استُعيدت %1 محادثة و%2 رسالة من %3.",
    ),
    "%1 attached file(s) came back with them.": (
        "Con ellos volvieron %1 archivo(s) adjunto(s).",
        "عاد معها %1 ملف مرفق.",
    ),
    "Up to %1 message(s) could not be read.": (
        "Hasta %1 mensaje(s) no se pudieron leer.",
        "تعذّرت قراءة ما يصل إلى %1 رسالة.",
    ),
    "%1 attachment(s) were damaged and left out.": (
        "%1 adjunto(s) estaban dañados y se dejaron fuera.",
        "كان %1 مرفقًا تالفًا فاستُبعد.",
    ),
    "The damaged file was not changed.": ("El archivo dañado no se modificó.", "لم يتغير الملف التالف."),
    "%1, set aside %2, %3": ("%1, apartado el %2, %3", "%1، نُحّي جانبًا في %2، %3"),
    " (recovered from on %1)": (" (recuperado el %1)", " (استُعيد منه في %1)"),
    "Recover conversations": ("Recuperar conversaciones", "استعادة المحادثات"),
    "Damaged copies of the conversation database kept in %1:": (
        "Copias dañadas de la base de datos de conversaciones guardadas en %1:",
        "نسخ تالفة من قاعدة بيانات المحادثات محفوظة في %1:",
    ),
    "No damaged conversation database is kept in %1. LumiChats sets a damaged database aside there when it finds one at start; to recover from a copy kept elsewhere, choose the file.": (
        "No hay ninguna base de datos de conversaciones dañada guardada en %1. LumiChats aparta allí una base de datos dañada cuando la encuentra al iniciar; para recuperar desde una copia guardada en otro lugar, elija el archivo.",
        "لا توجد قاعدة بيانات محادثات تالفة محفوظة في %1. ينحّي LumiChats قاعدة البيانات التالفة هناك عندما يجدها عند البدء؛ للاستعادة من نسخة محفوظة في مكان آخر، اختر الملف.",
    ),
    "Damaged database files": ("Archivos de base de datos dañados", "ملفات قواعد البيانات التالفة"),
    "Choose another file…": ("Elegir otro archivo…", "اختيار ملف آخر…"),
    "Conversations from this file were already recovered on %1. Recovering again adds them a second time.": (
        "Las conversaciones de este archivo ya se recuperaron el %1. Recuperarlas de nuevo las añade por segunda vez.",
        "سبق أن استُعيدت محادثات هذا الملف في %1. الاستعادة مرة أخرى تضيفها مرة ثانية.",
    ),
    "Conversation databases (*.sqlite3*);;All files (*)": (
        "Bases de datos de conversaciones (*.sqlite3*);;Todos los archivos (*)",
        "قواعد بيانات المحادثات (*.sqlite3*);;كل الملفات (*)",
    ),
    "Recover conversations from a damaged file…": (
        "Recuperar conversaciones de un archivo dañado…",
        "استعادة المحادثات من ملف تالف…",
    ),
    "Could not recover from %1: %2. The file was not changed.": (
        "No se pudo recuperar desde %1: %2. El archivo no se modificó.",
        "تعذّرت الاستعادة من %1: %2. لم يتغير الملف.",
    ),
    # hui3: the wizard walk (run page, memory check, data problems, schedule)
    "Finished: the adapter is saved. Next shows the result.": (
        "Terminado: el adaptador está guardado. Siguiente muestra el resultado.",
        "انتهى: حُفظ المحوّل. «التالي» يعرض النتيجة.",
    ),
    "Stopped before the first step. Resume starts the run again.": (
        "Detenido antes del primer paso. Reanudar empieza el entrenamiento de nuevo.",
        "توقف قبل الخطوة الأولى. «استئناف» يبدأ التدريب من جديد.",
    ),
    "Stopped at step %1 of %2. A checkpoint is kept: Resume continues from it.": (
        "Detenido en el paso %1 de %2. Se conserva un punto de control: Reanudar sigue desde él.",
        "توقف عند الخطوة %1 من %2. حُفظت نقطة استئناف: «استئناف» يتابع منها.",
    ),
    "The run stopped with an error (below).": (
        "El entrenamiento se detuvo por un error (abajo).",
        "توقف التدريب بسبب خطأ (أدناه).",
    ),
    "Starting the trainer…": (
        "Iniciando el entrenamiento…",
        "جارٍ بدء المدرِّب…",
    ),
    "Finished": (
        "Terminado",
        "انتهى",
    ),
    "Stopped": (
        "Detenido",
        "متوقف",
    ),
    "Failed": (
        "Falló",
        "فشل",
    ),
    "this computer (CPU)": (
        "este ordenador (CPU)",
        "هذا الحاسوب (المعالج)",
    ),
    "the GPU": (
        "la GPU",
        "وحدة معالجة الرسومات",
    ),
    "%1 tokens": (
        "%1 tokens",
        "%1 رمزًا",
    ),
    "Conversation lengths:": (
        "Longitud de las conversaciones:",
        "أطوال المحادثات:",
    ),
    "%1, row %2: %3": (
        "%1, fila %2: %3",
        "%1، الصف %2: %3",
    ),
    "%1: %2 rows, %3 kept, %4 dropped": (
        "%1: %2 filas, %3 conservadas, %4 descartadas",
        "%1: %2 صفًا، أُبقي %3، وأُسقط %4",
    ),
    "fixed (%1): %2": (
        "corregidas (%1): %2",
        "صُحّح (%1): %2",
    ),
    "dropped (%1): %2": (
        "descartadas (%1): %2",
        "أُسقط (%1): %2",
    ),
    "Dropped rows:": (
        "Filas descartadas:",
        "الصفوف المُسقطة:",
    ),
    "Fixed rows:": (
        "Filas corregidas:",
        "الصفوف المُصحّحة:",
    ),
    "… and %1 more": (
        "… y %1 más",
        "… و%1 غيرها",
    ),
    "user": (
        "usuario",
        "المستخدم",
    ),
    "assistant": (
        "asistente",
        "المساعد",
    ),
    "system": (
        "sistema",
        "النظام",
    ),
    "Choose a file (.json, .jsonl or .parquet) with Browse…, or type its path above.": (
        "Elija un archivo (.json, .jsonl o .parquet) con Examinar… o escriba su ruta arriba.",
        "اختر ملفًا (.json أو .jsonl أو .parquet) بزر «استعراض…»، أو اكتب مساره أعلاه.",
    ),
    "%1 does not exist. Choose a .json, .jsonl or .parquet file.": (
        "%1 no existe. Elija un archivo .json, .jsonl o .parquet.",
        "%1 غير موجود. اختر ملف ‎.json أو ‎.jsonl أو ‎.parquet.",
    ),
    "%1 is not a .json, .jsonl or .parquet file. Save the conversations in one of those forms.": (
        "%1 no es un archivo .json, .jsonl ni .parquet. Guarde las conversaciones en uno de esos formatos.",
        "%1 ليس ملف ‎.json أو ‎.jsonl أو ‎.parquet. احفظ المحادثات بإحدى هذه الصيغ.",
    ),
    "%1 is empty. It needs conversations: one JSON object per line (.jsonl), or a JSON array.": (
        "%1 está vacío. Necesita conversaciones: un objeto JSON por línea (.jsonl) o una lista JSON.",
        "%1 فارغ. يجب أن يحتوي على محادثات: كائن JSON في كل سطر (‎.jsonl)، أو مصفوفة JSON.",
    ),
    'None of the first rows of %1 is a conversation to train on. Each row needs a "conversations" (ShareGPT) or "messages" list with a question and a reply.': (
        'Ninguna de las primeras filas de %1 es una conversación para entrenar. Cada fila necesita una lista "conversations" (ShareGPT) o "messages" con una pregunta y una respuesta.',
        'لا يوجد في الصفوف الأولى من %1 محادثة صالحة للتدريب. يحتاج كل صف إلى قائمة "conversations" (ShareGPT) أو "messages" فيها سؤال ورد.',
    ),
    "linear (falls to zero)": (
        "lineal (baja hasta cero)",
        "خطي (ينخفض حتى الصفر)",
    ),
    "cosine (falls to zero, gently at both ends)": (
        "coseno (baja hasta cero, suave en ambos extremos)",
        "جيب التمام (ينخفض حتى الصفر، بلطف عند الطرفين)",
    ),
    "constant": (
        "constante",
        "ثابت",
    ),
}
PLURAL_FORMS = {"es": 2, "ar": 6, "fr": 2, "de": 2, "hi": 2, "zh_CN": 1, "ja": 1}
# language: the module (next to this file) and its dict; es and ar come from T
MODULES = {"fr": "FR", "de": "DE", "hi": "HI", "zh_CN": "ZH_CN", "ja": "JA"}
Translation = str | tuple[str, ...]


def table(language: str) -> dict[str, Translation]:
    """The {source: translation} table of one language."""
    if language in ("es", "ar"):
        column = 0 if language == "es" else 1
        return {source: pair[column] for source, pair in T.items()}
    sys.path.insert(0, str(HERE))
    module = importlib.import_module(f"strings_{language}")
    return dict(getattr(module, MODULES[language]))


def fill(language: str) -> list[str]:
    path = HERE / f"lumichats_{language}.ts"
    tree = ET.parse(path)
    tree.getroot().set("language", language)
    texts = table(language)
    missing = []
    for context in list(tree.getroot().iter("context")):
        for message in list(context.iter("message")):  # strings gone from the code: drop, not revive
            if (
                message.find("translation[@type='vanished']") is not None
                or message.find("translation[@type='obsolete']") is not None
            ):
                context.remove(message)
        if context.find("message") is None:
            tree.getroot().remove(context)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if source not in texts:
            missing.append(f"{language}: {source}")
            continue
        text = texts[source]
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            forms = (text,) * PLURAL_FORMS[language] if isinstance(text, str) else text
            assert len(forms) == PLURAL_FORMS[language], (language, source)
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            assert isinstance(text, str), (language, source)
            translation.text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    languages = sys.argv[1:] or list(PLURAL_FORMS)
    missing = []
    for language in languages:
        missing += fill(language)
        subprocess.run(
            [
                "pyside6-lrelease",
                str(HERE / f"lumichats_{language}.ts"),
                "-qm",
                str(HERE / f"lumichats_{language}.qm"),
            ],
            check=True,
        )
    if missing:
        sys.stderr.write("untranslated: " + "; ".join(sorted(set(missing))) + "\n")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
