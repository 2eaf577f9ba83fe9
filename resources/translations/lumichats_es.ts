<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>ChatView</name>
    <message numerus="yes">
        <location filename="../../lumichats_desktop/ui/chat_view.py" line="72" />
        <source>Show %n earlier message(s)</source>
        <translation><numerusform>Mostrar %n mensajes anteriores</numerusform><numerusform>Mostrar %n mensajes anteriores</numerusform></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../lumichats_desktop/ui/composer.py" line="20" />
        <source>Message LumiChats… (Enter to send, Shift+Enter for a new line)</source>
        <translation>Escribe a LumiChats… (Intro para enviar, Mayús+Intro para otra línea)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="70" />
        <location filename="../../lumichats_desktop/ui/main_window.py" line="410" />
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="96" />
        <location filename="../../lumichats_desktop/ui/main_window.py" line="219" />
        <source>No model</source>
        <translation>Sin modelo</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="106" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="107" />
        <source>New chat</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="109" />
        <source>Import conversations…</source>
        <translation>Importar conversaciones…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="113" />
        <source>Export all conversations…</source>
        <translation>Exportar todas las conversaciones…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="117" />
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="118" />
        <source>&amp;Conversation</source>
        <translation>&amp;Conversación</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="121" />
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="125" />
        <source>Stop reply</source>
        <translation>Detener respuesta</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="127" />
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="183" />
        <source>Something went wrong: %s</source>
        <translation>Algo salió mal: %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="187" />
        <source>Loading %s…</source>
        <translation>Cargando %s…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="220" />
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="271" />
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="271" />
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="281" />
        <source>Conversation deleted.</source>
        <translation>Conversación eliminada.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="367" />
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="385" />
        <source>Context: %d / %d tokens</source>
        <translation>Contexto: %d / %d tokens</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="387" />
        <source> (%d oldest messages left out)</source>
        <translation> (%d mensajes antiguos omitidos)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="430" />
        <source>%.1f tokens/s · first token %.2f s</source>
        <translation>%.1f tokens/s · primer token %.2f s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="462" />
        <source>Edit message</source>
        <translation>Editar mensaje</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="462" />
        <source>Message:</source>
        <translation>Mensaje:</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="57" />
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="65" />
        <source>Previous alternative</source>
        <translation>Alternativa anterior</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="66" />
        <source>Next alternative</source>
        <translation>Alternativa siguiente</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="69" />
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="69" />
        <source>Copy this message</source>
        <translation>Copiar este mensaje</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="73" />
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="74" />
        <source>Write another reply</source>
        <translation>Escribir otra respuesta</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="81" />
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="81" />
        <source>Edit and resend</source>
        <translation>Editar y reenviar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="86" />
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="86" />
        <source>Delete this message</source>
        <translation>Eliminar este mensaje</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="113" />
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="113" />
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="113" />
        <source>writing…</source>
        <translation>escribiendo…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="59" />
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="65" />
        <source>Instructions for this conversation (optional)</source>
        <translation>Instrucciones para esta conversación (opcional)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="66" />
        <source>System prompt</source>
        <translation>Instrucciones del sistema</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="68" />
        <source>0 always picks the most likely word; higher is more varied.</source>
        <translation>0 elige siempre la palabra más probable; valores más altos dan más variedad.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="71" />
        <source>0 turns top-k off.</source>
        <translation>0 desactiva top-k.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="76" />
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="77" />
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="78" />
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="79" />
        <source>Min-p</source>
        <translation>Min-p</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="80" />
        <source>Repetition penalty</source>
        <translation>Penalización por repetición</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="81" />
        <source>Max reply length (tokens)</source>
        <translation>Longitud máxima de respuesta (tokens)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="84" />
        <source>This conversation</source>
        <translation>Esta conversación</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="89" />
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="105" />
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="90" />
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="91" />
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="96" />
        <source>Enter sends, Shift+Enter new line</source>
        <translation>Intro envía, Mayús+Intro nueva línea</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="97" />
        <source>Ctrl+Enter sends, Enter new line</source>
        <translation>Ctrl+Intro envía, Intro nueva línea</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="100" />
        <source>Best available</source>
        <translation>El mejor disponible</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="112" />
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="113" />
        <source>Language (next start)</source>
        <translation>Idioma (próximo inicio)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="114" />
        <source>Send with</source>
        <translation>Enviar con</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="115" />
        <source>Default model (next start)</source>
        <translation>Modelo predeterminado (próximo inicio)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="116" />
        <source>Context limit (tokens)</source>
        <translation>Límite de contexto (tokens)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="117" />
        <source>Default reply length</source>
        <translation>Longitud de respuesta predeterminada</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="118" />
        <source>App</source>
        <translation>Aplicación</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="40" />
        <source>New chat</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="42" />
        <source>New chat (Ctrl+N)</source>
        <translation>Nueva conversación (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="46" />
        <source>Search conversations (Ctrl+F)</source>
        <translation>Buscar conversaciones (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="61" />
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="71" />
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="135" />
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="73" />
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="145" />
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="112" />
        <source>No matches</source>
        <translation>Sin resultados</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="137" />
        <source>Unpin</source>
        <translation>Desfijar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="137" />
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="141" />
        <source>Export as Markdown…</source>
        <translation>Exportar como Markdown…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="143" />
        <source>Export as JSON…</source>
        <translation>Exportar como JSON…</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="29" />
        <source>Export conversation</source>
        <translation>Exportar conversación</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="46" />
        <source>Export all</source>
        <translation>Exportar todo</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="59" />
        <source>Import conversations</source>
        <translation>Importar conversaciones</translation>
    </message>
</context>
</TS>