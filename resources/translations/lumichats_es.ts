<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>ChatStatusBar</name>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="15" />
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="44" />
        <source>No model</source>
        <translation>Sin modelo</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="26" />
        <source>Loading %s…</source>
        <translation>Cargando %s…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="48" />
        <source>Context: %d / %d tokens</source>
        <translation>Contexto: %d / %d tokens</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="50" />
        <source> (%d oldest messages left out)</source>
        <translation> (%d mensajes antiguos omitidos)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="56" />
        <source>%.1f tokens/s · first token %.2f s</source>
        <translation>%.1f tokens/s · primer token %.2f s</translation>
    </message>
</context>
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
        <location filename="../../lumichats_desktop/ui/main_window.py" line="397" />
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="96" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="97" />
        <source>New chat</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="99" />
        <source>Import conversations…</source>
        <translation>Importar conversaciones…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="103" />
        <source>Export all conversations…</source>
        <translation>Exportar todas las conversaciones…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="107" />
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="108" />
        <source>&amp;Conversation</source>
        <translation>&amp;Conversación</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="111" />
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="115" />
        <source>Stop reply</source>
        <translation>Detener respuesta</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="117" />
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="173" />
        <source>Something went wrong: %s</source>
        <translation>Algo salió mal: %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="207" />
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="258" />
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="258" />
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="268" />
        <source>Conversation deleted.</source>
        <translation>Conversación eliminada.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="362" />
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="408" />
        <source>The model ended its reply without writing anything.</source>
        <translation>El modelo terminó su respuesta sin escribir nada.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="448" />
        <source>Edit message</source>
        <translation>Editar mensaje</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="448" />
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
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="114" />
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="114" />
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="114" />
        <source>writing…</source>
        <translation>escribiendo…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="67" />
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="73" />
        <source>Instructions for this conversation (optional)</source>
        <translation>Instrucciones para esta conversación (opcional)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="74" />
        <source>System prompt</source>
        <translation>Instrucciones del sistema</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="76" />
        <source>App default</source>
        <translation>Predeterminado de la aplicación</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="82" />
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="84" />
        <source>LoRA adapter folder (optional)</source>
        <translation>Carpeta del adaptador LoRA (opcional)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="85" />
        <source>Adapter</source>
        <translation>Adaptador</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="87" />
        <source>0 always picks the most likely word; higher is more varied.</source>
        <translation>0 elige siempre la palabra más probable; valores más altos dan más variedad.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="90" />
        <source>0 turns top-k off.</source>
        <translation>0 desactiva top-k.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="95" />
        <source>Temperature</source>
        <translation>Temperatura</translation>
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
        <translation>Penalización por repetición</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="100" />
        <source>Max reply length (tokens)</source>
        <translation>Longitud máxima de respuesta (tokens)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="103" />
        <source>This conversation</source>
        <translation>Esta conversación</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="108" />
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="124" />
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="109" />
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="110" />
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="115" />
        <source>Enter sends, Shift+Enter new line</source>
        <translation>Intro envía, Mayús+Intro nueva línea</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="116" />
        <source>Ctrl+Enter sends, Enter new line</source>
        <translation>Ctrl+Intro envía, Intro nueva línea</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="119" />
        <source>Best available</source>
        <translation>El mejor disponible</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="131" />
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="132" />
        <source>Language (next start)</source>
        <translation>Idioma (próximo inicio)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="133" />
        <source>Send with</source>
        <translation>Enviar con</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="134" />
        <source>Default model (next start)</source>
        <translation>Modelo predeterminado (próximo inicio)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="135" />
        <source>Context limit (tokens)</source>
        <translation>Límite de contexto (tokens)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="136" />
        <source>Default reply length</source>
        <translation>Longitud de respuesta predeterminada</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="137" />
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
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="28" />
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="36" />
        <source>Export conversation</source>
        <translation>Exportar conversación</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="44" />
        <source>Export all</source>
        <translation>Exportar todo</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="61" />
        <source>Import conversations</source>
        <translation>Importar conversaciones</translation>
    </message>
</context>
</TS>