<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="119" />
        <source>About LumiChats</source>
        <translation>Acerca de LumiChats</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="123" />
        <source>A private assistant that runs on your own computer.</source>
        <translation>Un asistente privado que funciona en tu propio ordenador.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="125" />
        <source>Model: %s</source>
        <translation>Modelo: %s</translation>
    </message>
</context>
<context>
    <name>ChatStatusBar</name>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="19" />
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="63" />
        <source>No model</source>
        <translation>Sin modelo</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="33" />
        <source>Loading %s…</source>
        <translation>Cargando %s…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="47" />
        <source>about %s left</source>
        <translation>quedan unos %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="69" />
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="73" />
        <source>Context: %d / %d tokens</source>
        <translation>Contexto: %d / %d tokens</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="75" />
        <source> (%d oldest messages left out)</source>
        <translation> (%d mensajes antiguos omitidos)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="88" />
        <source>%.1f tokens/s · first token %.2f s</source>
        <translation>%.1f tokens/s · primer token %.2f s</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message numerus="yes">
        <location filename="../../lumichats_desktop/ui/chat_view.py" line="75" />
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
    <name>DataPage</name>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="64" />
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="100" />
        <source>Training data</source>
        <translation>Datos de entrenamiento</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="65" />
        <source>Conversations in ShareGPT or messages form: .json, .jsonl or .parquet.</source>
        <translation>Conversaciones en formato ShareGPT o messages: .json, .jsonl o .parquet.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="67" />
        <source>The bundled sample (40 conversations in 10 languages)</source>
        <translation>La muestra incluida (40 conversaciones en 10 idiomas)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="68" />
        <source>A file on this computer</source>
        <translation>Un archivo de este ordenador</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="69" />
        <source>A Hugging Face dataset (downloaded when the run starts)</source>
        <translation>Un conjunto de datos de Hugging Face (se descarga al empezar)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="72" />
        <source>…/conversations.jsonl</source>
        <translation>…/conversaciones.jsonl</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="73" />
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="90" />
        <source>Held out for evaluation:</source>
        <translation>Reservado para evaluar:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="100" />
        <source>Conversations (*.json *.jsonl *.parquet)</source>
        <translation>Conversaciones (*.json *.jsonl *.parquet)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="121" />
        <source>The trainer downloads and checks this dataset when the run starts.</source>
        <translation>El entrenador descarga y comprueba este conjunto al empezar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="135" />
        <source>The first %n rows:</source>
        <translation><numerusform>Las primeras %n filas:</numerusform><numerusform>Las primeras %n filas:</numerusform></translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="16" />
        <source>Loading the model</source>
        <translation>Cargando el modelo</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="17" />
        <source>Unpacking the embedded model (first run only)</source>
        <translation>Desempaquetando el modelo integrado (solo la primera vez)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="18" />
        <source>Reading the model file</source>
        <translation>Leyendo el archivo del modelo</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="19" />
        <source>Reading the tokenizer</source>
        <translation>Leyendo el tokenizador</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="20" />
        <source>Unpacking the weights</source>
        <translation>Desempaquetando los pesos</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="21" />
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="22" />
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="23" />
        <source>Loading data</source>
        <translation>Cargando los datos</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="24" />
        <source>Evaluating on held-out conversations</source>
        <translation>Evaluando con las conversaciones reservadas</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="25" />
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="26" />
        <source>Saving the adapter</source>
        <translation>Guardando el adaptador</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="27" />
        <source>Starting</source>
        <translation>Empezando</translation>
    </message>
</context>
<context>
    <name>FineTuneWizard</name>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="340" />
        <source>Fine-tune a LumiChats adapter</source>
        <translation>Ajustar un adaptador de LumiChats</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="417" />
        <source>A training run is going; check again when it ends.</source>
        <translation>Hay un entrenamiento en marcha; comprueba de nuevo cuando termine.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="420" />
        <source>Checking… (tokenizing the data and sizing the run)</source>
        <translation>Comprobando… (tokenizando los datos y estimando el entrenamiento)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="458" />
        <source>The check stopped unexpectedly (exit code %s).</source>
        <translation>La comprobación se detuvo inesperadamente (código de salida %s).</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="478" />
        <source>%1 conversations for training, %2 held out.</source>
        <translation>%1 conversaciones para entrenar, %2 reservadas.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="488" />
        <source>Stop training? A checkpoint is saved and Resume continues from it.</source>
        <translation>¿Detener el entrenamiento? Se guarda un punto de control y Reanudar sigue desde él.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="501" />
        <source>Training is running. Stop it (keeping a checkpoint) and close?</source>
        <translation>El entrenamiento está en marcha. ¿Detenerlo (guardando un punto de control) y cerrar?</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="311" />
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="315" />
        <source>Chat with it</source>
        <translation>Conversar con él</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="325" />
        <source>Held-out loss: %1 before, %2 after (lower is better).
The adapter is in %3.</source>
        <translation>Pérdida en datos reservados: %1 antes, %2 después (menos es mejor).
El adaptador está en %3.</translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <location filename="../../lumichats_desktop/ui/loss_chart.py" line="36" />
        <source>The loss appears here once training starts.</source>
        <translation>La pérdida aparece aquí al empezar el entrenamiento.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lumichats_desktop/ui/loss_chart.py" line="54" />
        <source>step (of %n)</source>
        <translation><numerusform>paso (de %n)</numerusform><numerusform>paso (de %n)</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="80" />
        <location filename="../../lumichats_desktop/ui/reply_flow.py" line="135" />
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="107" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="108" />
        <source>New chat</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="110" />
        <source>Import conversations…</source>
        <translation>Importar conversaciones…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="114" />
        <source>Export all conversations…</source>
        <translation>Exportar todas las conversaciones…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="118" />
        <source>Models…</source>
        <translation>Modelos…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="119" />
        <source>Fine-tune…</source>
        <translation>Ajuste fino…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="120" />
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="121" />
        <source>&amp;Conversation</source>
        <translation>&amp;Conversación</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="124" />
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="128" />
        <source>Stop reply</source>
        <translation>Detener respuesta</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="130" />
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="189" />
        <source>Something went wrong: %s</source>
        <translation>Algo salió mal: %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="197" />
        <source>Recover</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/tool_windows.py" line="55" />
        <source>Chat with %s</source>
        <translation>Conversar con %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="228" />
        <source>You are chatting with LumiChats 270M, a small model that works offline. It handles simple questions and often gets facts wrong. LumiChats 4B is the real assistant: get it in Models (Ctrl+M).</source>
        <translation>Estás conversando con LumiChats 270M, un modelo pequeño que funciona sin conexión. Responde preguntas sencillas y a menudo se equivoca en los datos. LumiChats 4B es el asistente de verdad: consíguelo en Modelos (Ctrl+M).</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="235" />
        <location filename="../../lumichats_desktop/ui/reply_flow.py" line="164" />
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="237" />
        <source>Load on the CPU</source>
        <translation>Cargar en la CPU</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="239" />
        <source>Use LumiChats 270M</source>
        <translation>Usar LumiChats 270M</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="254" />
        <source>Recovering conversations from %s…</source>
        <translation>Recuperando conversaciones de %s…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="300" />
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="300" />
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="310" />
        <source>Conversation deleted.</source>
        <translation>Conversación eliminada.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/reply_flow.py" line="128" />
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/reply_flow.py" line="146" />
        <source>The reply could not start: %s</source>
        <translation>No se pudo empezar la respuesta: %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/reply_flow.py" line="211" />
        <source>The model ended its reply without writing anything.</source>
        <translation>El modelo terminó su respuesta sin escribir nada.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="393" />
        <source>Edit message</source>
        <translation>Editar mensaje</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="393" />
        <source>Message:</source>
        <translation>Mensaje:</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="59" />
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="72" />
        <source>Previous alternative</source>
        <translation>Alternativa anterior</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="73" />
        <source>Next alternative</source>
        <translation>Alternativa siguiente</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="76" />
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="76" />
        <source>Copy this message</source>
        <translation>Copiar este mensaje</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="79" />
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="80" />
        <source>Go on writing this reply</source>
        <translation>Seguir escribiendo esta respuesta</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="84" />
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="84" />
        <source>Write this reply again</source>
        <translation>Escribir esta respuesta de nuevo</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="91" />
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="92" />
        <source>Write another reply</source>
        <translation>Escribir otra respuesta</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="99" />
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="99" />
        <source>Edit and resend</source>
        <translation>Editar y reenviar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="104" />
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="104" />
        <source>Delete this message</source>
        <translation>Eliminar este mensaje</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="133" />
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="134" />
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="135" />
        <source>writing…</source>
        <translation>escribiendo…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="136" />
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="152" />
        <source>Base model</source>
        <translation>Modelo base</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="154" />
        <source>The adapter is trained on this model; check that it fits before you start.</source>
        <translation>El adaptador se entrena sobre este modelo; comprueba que cabe antes de empezar.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="161" />
        <source>Load the base in 4-bit (QLoRA): a quarter of the memory, a bit slower</source>
        <translation>Cargar la base en 4 bits (QLoRA): un cuarto de la memoria, algo más lento</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="164" />
        <source>Check data and memory</source>
        <translation>Comprobar datos y memoria</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="166" />
        <source>Not checked yet.</source>
        <translation>Aún sin comprobar.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="168" />
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="45" />
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="68" />
        <source>Checking this computer's hardware…</source>
        <translation>Comprobando el hardware de este ordenador…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="75" />
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="76" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="77" />
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="78" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="79" />
        <source>Fits here?</source>
        <translation>¿Cabe aquí?</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="80" />
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="90" />
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="189" />
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="91" />
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="92" />
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="93" />
        <source>Set as default</source>
        <translation>Usar por defecto</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="94" />
        <source>Use now</source>
        <translation>Usar ahora</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="95" />
        <source>Import .gguf…</source>
        <translation>Importar .gguf…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="96" />
        <source>Use a folder…</source>
        <translation>Usar una carpeta…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="112" />
        <source>A Hub repo id, e.g. google/gemma-3-4b-it or an adapter repo</source>
        <translation>Un repositorio del Hub, p. ej. google/gemma-3-4b-it o un adaptador</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="115" />
        <source>Add from the Hub</source>
        <translation>Añadir desde el Hub</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="131" />
        <source>Hugging Face token:</source>
        <translation>Token de Hugging Face:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="134" />
        <source>hf_… (needed for gated or private repos)</source>
        <translation>hf_… (necesario para repositorios restringidos o privados)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="135" />
        <source>Save token</source>
        <translation>Guardar token</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="136" />
        <source>Remove token</source>
        <translation>Quitar token</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="144" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="168" />
        <source>A token is saved. </source>
        <translation>Hay un token guardado. </translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="168" />
        <source>No token saved. </source>
        <translation>No hay token guardado. </translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="189" />
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="205" />
        <source>Asking the Hub about %s…</source>
        <translation>Consultando %s en el Hub…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="218" />
        <source>Type a Hub repo id as owner/name, e.g. google/gemma-3-4b-it.</source>
        <translation>Escribe el repositorio del Hub como propietario/nombre, p. ej. google/gemma-3-4b-it.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="237" />
        <source>Delete model</source>
        <translation>Borrar modelo</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="238" />
        <source>Delete %1 (%2) from this computer? Downloading it again takes a while.</source>
        <translation>¿Borrar %1 (%2) de este ordenador? Volver a descargarlo lleva un rato.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="258" />
        <source>Import a GGUF model</source>
        <translation>Importar un modelo GGUF</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="266" />
        <source>A model or adapter folder</source>
        <translation>Una carpeta de modelo o adaptador</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="272" />
        <source>%s holds neither config.json (a model) nor adapter_config.json (an adapter).</source>
        <translation>%s no contiene config.json (un modelo) ni adapter_config.json (un adaptador).</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="302" />
        <source>%s is ready.</source>
        <translation>%s está listo.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="332" />
        <source>Download running</source>
        <translation>Descarga en curso</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="332" />
        <source>Pause the download and close? It resumes later.</source>
        <translation>¿Pausar la descarga y cerrar? Se reanuda después.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../lumichats_desktop/ui/notices.py" line="47" />
        <source>Dismiss</source>
        <translation>Cerrar aviso</translation>
    </message>
</context>
<context>
    <name>ReplyRenderer</name>
    <message>
        <location filename="../../lumichats_desktop/ui/markdown_render.py" line="51" />
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="258" />
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="259" />
        <source>The trainer runs in its own process; the app stays usable meanwhile.</source>
        <translation>El entrenador corre en su propio proceso; mientras tanto puedes seguir usando la app.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="270" />
        <source>Stop (keeps a checkpoint)</source>
        <translation>Detener (guarda un punto de control)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="271" />
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="296" />
        <source>  Held-out loss before: %s</source>
        <translation>  Pérdida en datos reservados antes: %s</translation>
    </message>
</context>
<context>
    <name>ServerSettingsTab</name>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="43" />
        <source>Let other programs use the loaded model (OpenAI-compatible API)</source>
        <translation>Permitir que otros programas usen el modelo cargado (API compatible con OpenAI)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="50" />
        <source>Optional on this computer; clients send it as a Bearer token</source>
        <translation>Opcional en este equipo; los clientes la envían como token Bearer</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="51" />
        <source>Also accept other computers on the network (needs an API key)</source>
        <translation>Aceptar también otros equipos de la red (requiere una clave de API)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="54" />
        <source>None: web pages cannot call the server</source>
        <translation>Ninguno: las páginas web no pueden llamar al servidor</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="55" />
        <source>Save API conversations in the chat history</source>
        <translation>Guardar las conversaciones de la API en el historial</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="57" />
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="76" />
        <source>Off</source>
        <translation>Apagado</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="60" />
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="61" />
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="63" />
        <source>Allowed web origins</source>
        <translation>Orígenes web permitidos</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="65" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>ServerStatus</name>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="27" />
        <source>Local API server not started: %s</source>
        <translation>El servidor de API local no se inició: %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="30" />
        <source>API: %1 · requests served: %2</source>
        <translation>API: %1 · solicitudes atendidas: %2</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="33" />
        <source> · generating for another program…</source>
        <translation> · generando para otro programa…</translation>
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
        <source>App default</source>
        <translation>Predeterminado de la aplicación</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="74" />
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="76" />
        <source>LoRA adapter folder (optional)</source>
        <translation>Carpeta del adaptador LoRA (opcional)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="77" />
        <source>Adapter</source>
        <translation>Adaptador</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="79" />
        <source>0 always picks the most likely word; higher is more varied.</source>
        <translation>0 elige siempre la palabra más probable; valores más altos dan más variedad.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="82" />
        <source>0 turns top-k off.</source>
        <translation>0 desactiva top-k.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="88" />
        <source>Stops the reply from repeating itself: words that would repeat an earlier passage of the reply become less likely. 0 turns it off.</source>
        <translation>Evita que la respuesta se repita: las palabras que repetirían un pasaje anterior de la respuesta se vuelven menos probables. 0 lo desactiva.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="94" />
        <source>Temperature</source>
        <translation>Temperatura</translation>
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
        <translation>Penalización por repetición</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="99" />
        <source>Loop guard</source>
        <translation>Freno a los bucles</translation>
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
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="139" />
        <source>Local API server</source>
        <translation>Servidor de API local</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="177" />
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="178" />
        <source>The LumiChats recipe is filled in; the defaults are a good start.</source>
        <translation>La receta de LumiChats ya está puesta; los valores por defecto son un buen comienzo.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="198" />
        <source>LoRA rank r (capacity of the adapter):</source>
        <translation>Rango LoRA r (capacidad del adaptador):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="199" />
        <source>LoRA alpha (scale; r and alpha equal is the recipe):</source>
        <translation>LoRA alpha (escala; la receta usa r y alpha iguales):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="200" />
        <source>Learning rate:</source>
        <translation>Tasa de aprendizaje:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="201" />
        <source>Batch size (conversations per step on the device):</source>
        <translation>Tamaño de lote (conversaciones por paso en el dispositivo):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="202" />
        <source>Gradient accumulation (batches per optimizer step):</source>
        <translation>Acumulación de gradiente (lotes por paso del optimizador):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="203" />
        <source>Steps:</source>
        <translation>Pasos:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="204" />
        <source>Maximum length in tokens (longer ones are cut):</source>
        <translation>Longitud máxima en tokens (lo más largo se corta):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="205" />
        <source>Adapter name:</source>
        <translation>Nombre del adaptador:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="206" />
        <source>Saved in:</source>
        <translation>Se guarda en:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="214" />
        <source>Show advanced settings</source>
        <translation>Mostrar ajustes avanzados</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="222" />
        <source>Learning-rate schedule:</source>
        <translation>Programa de la tasa de aprendizaje:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="223" />
        <source>Warm-up steps:</source>
        <translation>Pasos de calentamiento:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="224" />
        <source>Checkpoint every (steps):</source>
        <translation>Punto de control cada (pasos):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="225" />
        <source>Held-out loss every (steps, 0 = only before and after):</source>
        <translation>Pérdida reservada cada (pasos, 0 = solo antes y después):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="226" />
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="233" />
        <source>Use all %n GPUs (one trainer process each; the same batch per step)</source>
        <translation><numerusform>Usar las %n GPU (un proceso de entrenamiento en cada una; el mismo lote por paso)</numerusform><numerusform>Usar las %n GPU (un proceso de entrenamiento en cada una; el mismo lote por paso)</numerusform></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="96" />
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="100" />
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="100" />
        <source>Keys</source>
        <translation>Teclas</translation>
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
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="144" />
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="73" />
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="154" />
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="112" />
        <source>No matches</source>
        <translation>Sin resultados</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="146" />
        <source>Unpin</source>
        <translation>Desfijar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="146" />
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="150" />
        <source>Export as Markdown…</source>
        <translation>Exportar como Markdown…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="152" />
        <source>Export as JSON…</source>
        <translation>Exportar como JSON…</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="30" />
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="38" />
        <source>Export conversation</source>
        <translation>Exportar conversación</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="46" />
        <source>Export all</source>
        <translation>Exportar todo</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="63" />
        <source>Import conversations</source>
        <translation>Importar conversaciones</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="88" />
        <source>Import its conversations again, as copies?</source>
        <translation>¿Importar sus conversaciones otra vez, como copias?</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="91" />
        <source>Import copies</source>
        <translation>Importar copias</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="93" />
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
</context>
<context>
    <name>WizardText</name>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="39" />
        <source>%1 %2/%3: %4</source>
        <translation>%1 %2/%3: %4</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="48" />
        <source>%1 tokens/s</source>
        <translation>%1 tokens/s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="52" />
        <source>peak %1 GB</source>
        <translation>pico %1 GB</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="62" />
        <source>Fits: about %1 GB needed, %2 GB free on %3.</source>
        <translation>Cabe: hacen falta unos %1 GB y hay %2 GB libres en %3.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="64" />
        <source>Will not fit: about %1 GB needed, %2 GB free on %3. Lower the maximum length or the batch size, turn on 4-bit, or pick a smaller base model.</source>
        <translation>No cabe: hacen falta unos %1 GB y hay %2 GB libres en %3. Baja la longitud máxima o el tamaño de lote, activa 4 bits o elige un modelo base más pequeño.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="161" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="162" />
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="165" />
        <source>About LumiChats</source>
        <translation>Acerca de LumiChats</translation>
    </message>
</context>
</TS>