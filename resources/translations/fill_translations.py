"""Write the Spanish and Arabic translations into the .ts files, then compile them with lrelease.

    pyside6-lupdate lumichats_desktop/ui/*.py -ts resources/translations/lumichats_es.ts \\
        resources/translations/lumichats_ar.ts
    python resources/translations/fill_translations.py

A source string missing here stays untranslated and the test in tests/ui/test_translations.py fails.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).parent
# source: (Spanish, Arabic)
T = {
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
}
PLURAL_FORMS = {"es": 2, "ar": 6}


def fill(language: str, column: int) -> list[str]:
    path = HERE / f"lumichats_{language}.ts"
    tree = ET.parse(path)
    tree.getroot().set("language", language)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if source not in T:
            missing.append(source)
            continue
        text = T[source][column]
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for _ in range(PLURAL_FORMS[language]):
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    missing = fill("es", 0) + fill("ar", 1)
    for language in ("es", "ar"):
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
