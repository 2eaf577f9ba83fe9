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
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="18" />
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="60" />
        <source>No model</source>
        <translation>Sin modelo</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="30" />
        <source>Loading %s…</source>
        <translation>Cargando %s…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="44" />
        <source>about %s left</source>
        <translation>quedan unos %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="66" />
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="70" />
        <source>Context: %d / %d tokens</source>
        <translation>Contexto: %d / %d tokens</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="72" />
        <source> (%d oldest messages left out)</source>
        <translation> (%d mensajes antiguos omitidos)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="85" />
        <source>%.1f tokens/s · first token %.2f s</source>
        <translation>%.1f tokens/s · primer token %.2f s</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message numerus="yes">
        <location filename="../../lumichats_desktop/ui/chat_view.py" line="76" />
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
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="61" />
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="97" />
        <source>Training data</source>
        <translation>Datos de entrenamiento</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="62" />
        <source>Conversations in ShareGPT or messages form: .json, .jsonl or .parquet.</source>
        <translation>Conversaciones en formato ShareGPT o messages: .json, .jsonl o .parquet.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="64" />
        <source>The bundled sample (40 conversations in 10 languages)</source>
        <translation>La muestra incluida (40 conversaciones en 10 idiomas)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="65" />
        <source>A file on this computer</source>
        <translation>Un archivo de este ordenador</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="66" />
        <source>A Hugging Face dataset (downloaded when the run starts)</source>
        <translation>Un conjunto de datos de Hugging Face (se descarga al empezar)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="69" />
        <source>…/conversations.jsonl</source>
        <translation>…/conversaciones.jsonl</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="70" />
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="87" />
        <source>Held out for evaluation:</source>
        <translation>Reservado para evaluar:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="97" />
        <source>Conversations (*.json *.jsonl *.parquet)</source>
        <translation>Conversaciones (*.json *.jsonl *.parquet)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="118" />
        <source>The trainer downloads and checks this dataset when the run starts.</source>
        <translation>El entrenador descarga y comprueba este conjunto al empezar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="132" />
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
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="326" />
        <source>Fine-tune a LumiChats adapter</source>
        <translation>Ajustar un adaptador de LumiChats</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="401" />
        <source>A training run is going; check again when it ends.</source>
        <translation>Hay un entrenamiento en marcha; comprueba de nuevo cuando termine.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="404" />
        <source>Checking… (tokenizing the data and sizing the run)</source>
        <translation>Comprobando… (tokenizando los datos y estimando el entrenamiento)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="442" />
        <source>The check stopped unexpectedly (exit code %s).</source>
        <translation>La comprobación se detuvo inesperadamente (código de salida %s).</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="462" />
        <source>%1 conversations for training, %2 held out.</source>
        <translation>%1 conversaciones para entrenar, %2 reservadas.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="472" />
        <source>Stop training? A checkpoint is saved and Resume continues from it.</source>
        <translation>¿Detener el entrenamiento? Se guarda un punto de control y Reanudar sigue desde él.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="485" />
        <source>Training is running. Stop it (keeping a checkpoint) and close?</source>
        <translation>El entrenamiento está en marcha. ¿Detenerlo (guardando un punto de control) y cerrar?</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="297" />
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="301" />
        <source>Chat with it</source>
        <translation>Conversar con él</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="311" />
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
        <location filename="../../lumichats_desktop/ui/main_window.py" line="75" />
        <location filename="../../lumichats_desktop/ui/main_window.py" line="422" />
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="101" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="102" />
        <source>New chat</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="104" />
        <source>Import conversations…</source>
        <translation>Importar conversaciones…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="108" />
        <source>Export all conversations…</source>
        <translation>Exportar todas las conversaciones…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="112" />
        <source>Models…</source>
        <translation>Modelos…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="113" />
        <source>Fine-tune…</source>
        <translation>Ajuste fino…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="114" />
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="115" />
        <source>&amp;Conversation</source>
        <translation>&amp;Conversación</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="118" />
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="122" />
        <source>Stop reply</source>
        <translation>Detener respuesta</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="124" />
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="182" />
        <source>Something went wrong: %s</source>
        <translation>Algo salió mal: %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/tool_windows.py" line="55" />
        <source>Chat with %s</source>
        <translation>Conversar con %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="216" />
        <source>You are chatting with LumiChats 270M, a small model that works offline. It handles simple questions and often gets facts wrong. LumiChats 4B is the real assistant: get it in Models (Ctrl+M).</source>
        <translation>Estás conversando con LumiChats 270M, un modelo pequeño que funciona sin conexión. Responde preguntas sencillas y a menudo se equivoca en los datos. LumiChats 4B es el asistente de verdad: consíguelo en Modelos (Ctrl+M).</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="223" />
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="225" />
        <source>Load on the CPU</source>
        <translation>Cargar en la CPU</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="227" />
        <source>Use LumiChats 270M</source>
        <translation>Usar LumiChats 270M</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="284" />
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="284" />
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="294" />
        <source>Conversation deleted.</source>
        <translation>Conversación eliminada.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="387" />
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="433" />
        <source>The model ended its reply without writing anything.</source>
        <translation>El modelo terminó su respuesta sin escribir nada.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="473" />
        <source>Edit message</source>
        <translation>Editar mensaje</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="473" />
        <source>Message:</source>
        <translation>Mensaje:</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="58" />
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="66" />
        <source>Previous alternative</source>
        <translation>Alternativa anterior</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="67" />
        <source>Next alternative</source>
        <translation>Alternativa siguiente</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="70" />
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="70" />
        <source>Copy this message</source>
        <translation>Copiar este mensaje</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="74" />
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="75" />
        <source>Write another reply</source>
        <translation>Escribir otra respuesta</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="82" />
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="82" />
        <source>Edit and resend</source>
        <translation>Editar y reenviar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="87" />
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="87" />
        <source>Delete this message</source>
        <translation>Eliminar este mensaje</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="115" />
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="115" />
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="115" />
        <source>writing…</source>
        <translation>escribiendo…</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="149" />
        <source>Base model</source>
        <translation>Modelo base</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="151" />
        <source>The adapter is trained on this model; check that it fits before you start.</source>
        <translation>El adaptador se entrena sobre este modelo; comprueba que cabe antes de empezar.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="158" />
        <source>Load the base in 4-bit (QLoRA): a quarter of the memory, a bit slower</source>
        <translation>Cargar la base en 4 bits (QLoRA): un cuarto de la memoria, algo más lento</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="161" />
        <source>Check data and memory</source>
        <translation>Comprobar datos y memoria</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="163" />
        <source>Not checked yet.</source>
        <translation>Aún sin comprobar.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="165" />
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="44" />
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="67" />
        <source>Checking this computer's hardware…</source>
        <translation>Comprobando el hardware de este ordenador…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="73" />
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="74" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="75" />
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="76" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="77" />
        <source>Fits here?</source>
        <translation>¿Cabe aquí?</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="78" />
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="88" />
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="186" />
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="89" />
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="90" />
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="91" />
        <source>Set as default</source>
        <translation>Usar por defecto</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="92" />
        <source>Use now</source>
        <translation>Usar ahora</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="93" />
        <source>Import .gguf…</source>
        <translation>Importar .gguf…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="94" />
        <source>Use a folder…</source>
        <translation>Usar una carpeta…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="110" />
        <source>A Hub repo id, e.g. google/gemma-3-4b-it or an adapter repo</source>
        <translation>Un repositorio del Hub, p. ej. google/gemma-3-4b-it o un adaptador</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="113" />
        <source>Add from the Hub</source>
        <translation>Añadir desde el Hub</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="128" />
        <source>Hugging Face token:</source>
        <translation>Token de Hugging Face:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="131" />
        <source>hf_… (needed for gated or private repos)</source>
        <translation>hf_… (necesario para repositorios restringidos o privados)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="132" />
        <source>Save token</source>
        <translation>Guardar token</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="133" />
        <source>Remove token</source>
        <translation>Quitar token</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="141" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="165" />
        <source>A token is saved. </source>
        <translation>Hay un token guardado. </translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="165" />
        <source>No token saved. </source>
        <translation>No hay token guardado. </translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="186" />
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="202" />
        <source>Asking the Hub about %s…</source>
        <translation>Consultando %s en el Hub…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="215" />
        <source>Type a Hub repo id as owner/name, e.g. google/gemma-3-4b-it.</source>
        <translation>Escribe el repositorio del Hub como propietario/nombre, p. ej. google/gemma-3-4b-it.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="234" />
        <source>Delete model</source>
        <translation>Borrar modelo</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="235" />
        <source>Delete %1 (%2) from this computer? Downloading it again takes a while.</source>
        <translation>¿Borrar %1 (%2) de este ordenador? Volver a descargarlo lleva un rato.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="255" />
        <source>Import a GGUF model</source>
        <translation>Importar un modelo GGUF</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="263" />
        <source>A model or adapter folder</source>
        <translation>Una carpeta de modelo o adaptador</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="269" />
        <source>%s holds neither config.json (a model) nor adapter_config.json (an adapter).</source>
        <translation>%s no contiene config.json (un modelo) ni adapter_config.json (un adaptador).</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="299" />
        <source>%s is ready.</source>
        <translation>%s está listo.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="329" />
        <source>Download running</source>
        <translation>Descarga en curso</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="329" />
        <source>Pause the download and close? It resumes later.</source>
        <translation>¿Pausar la descarga y cerrar? Se reanuda después.</translation>
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
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="244" />
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="245" />
        <source>The trainer runs in its own process; the app stays usable meanwhile.</source>
        <translation>El entrenador corre en su propio proceso; mientras tanto puedes seguir usando la app.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="256" />
        <source>Stop (keeps a checkpoint)</source>
        <translation>Detener (guarda un punto de control)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="257" />
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="282" />
        <source>  Held-out loss before: %s</source>
        <translation>  Pérdida en datos reservados antes: %s</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="58" />
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="64" />
        <source>Instructions for this conversation (optional)</source>
        <translation>Instrucciones para esta conversación (opcional)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="65" />
        <source>System prompt</source>
        <translation>Instrucciones del sistema</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="67" />
        <source>App default</source>
        <translation>Predeterminado de la aplicación</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="73" />
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="75" />
        <source>LoRA adapter folder (optional)</source>
        <translation>Carpeta del adaptador LoRA (opcional)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="76" />
        <source>Adapter</source>
        <translation>Adaptador</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="78" />
        <source>0 always picks the most likely word; higher is more varied.</source>
        <translation>0 elige siempre la palabra más probable; valores más altos dan más variedad.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="81" />
        <source>0 turns top-k off.</source>
        <translation>0 desactiva top-k.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="86" />
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="87" />
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="88" />
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="89" />
        <source>Min-p</source>
        <translation>Min-p</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="90" />
        <source>Repetition penalty</source>
        <translation>Penalización por repetición</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="91" />
        <source>Max reply length (tokens)</source>
        <translation>Longitud máxima de respuesta (tokens)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="94" />
        <source>This conversation</source>
        <translation>Esta conversación</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="99" />
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="115" />
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="100" />
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="101" />
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="106" />
        <source>Enter sends, Shift+Enter new line</source>
        <translation>Intro envía, Mayús+Intro nueva línea</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="107" />
        <source>Ctrl+Enter sends, Enter new line</source>
        <translation>Ctrl+Intro envía, Intro nueva línea</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="110" />
        <source>Best available</source>
        <translation>El mejor disponible</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="122" />
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="123" />
        <source>Language (next start)</source>
        <translation>Idioma (próximo inicio)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="124" />
        <source>Send with</source>
        <translation>Enviar con</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="125" />
        <source>Default model (next start)</source>
        <translation>Modelo predeterminado (próximo inicio)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="126" />
        <source>Context limit (tokens)</source>
        <translation>Límite de contexto (tokens)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="127" />
        <source>Default reply length</source>
        <translation>Longitud de respuesta predeterminada</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="128" />
        <source>App</source>
        <translation>Aplicación</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="174" />
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="175" />
        <source>The LumiChats recipe is filled in; the defaults are a good start.</source>
        <translation>La receta de LumiChats ya está puesta; los valores por defecto son un buen comienzo.</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="195" />
        <source>LoRA rank r (capacity of the adapter):</source>
        <translation>Rango LoRA r (capacidad del adaptador):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="196" />
        <source>LoRA alpha (scale; r and alpha equal is the recipe):</source>
        <translation>LoRA alpha (escala; la receta usa r y alpha iguales):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="197" />
        <source>Learning rate:</source>
        <translation>Tasa de aprendizaje:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="198" />
        <source>Batch size (conversations per step on the device):</source>
        <translation>Tamaño de lote (conversaciones por paso en el dispositivo):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="199" />
        <source>Gradient accumulation (batches per optimizer step):</source>
        <translation>Acumulación de gradiente (lotes por paso del optimizador):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="200" />
        <source>Steps:</source>
        <translation>Pasos:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="201" />
        <source>Maximum length in tokens (longer ones are cut):</source>
        <translation>Longitud máxima en tokens (lo más largo se corta):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="202" />
        <source>Adapter name:</source>
        <translation>Nombre del adaptador:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="203" />
        <source>Saved in:</source>
        <translation>Se guarda en:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="207" />
        <source>Show advanced settings</source>
        <translation>Mostrar ajustes avanzados</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="215" />
        <source>Learning-rate schedule:</source>
        <translation>Programa de la tasa de aprendizaje:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="216" />
        <source>Warm-up steps:</source>
        <translation>Pasos de calentamiento:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="217" />
        <source>Checkpoint every (steps):</source>
        <translation>Punto de control cada (pasos):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="218" />
        <source>Held-out loss every (steps, 0 = only before and after):</source>
        <translation>Pérdida reservada cada (pasos, 0 = solo antes y después):</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="219" />
        <source>Seed:</source>
        <translation>Semilla:</translation>
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