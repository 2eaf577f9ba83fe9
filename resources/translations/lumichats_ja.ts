<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja">
<context>
    <name />
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="100" />
        <source>Send the message</source>
        <translation>メッセージを送信</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="101" />
        <source>New line in the message</source>
        <translation>メッセージ内で改行</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="102" />
        <source>Next / previous control</source>
        <translation>次 / 前のコントロール</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="103" />
        <source>Actions of the focused message or conversation</source>
        <translation>選択中のメッセージまたは会話の操作</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="104" />
        <source>Open the focused conversation or press the focused button</source>
        <translation>選択中の会話を開く、または選択中のボタンを押す</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="140" />
        <source>About LumiChats</source>
        <translation>LumiChats について</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="144" />
        <source>A private assistant that runs on your own computer.</source>
        <translation>あなたのコンピューター上で動くプライベートなアシスタントです。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="146" />
        <source>Model: %s</source>
        <translation>モデル: %s</translation>
    </message>
</context>
<context>
    <name>AttachmentBar</name>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="168" />
        <source>Images can be attached once a model that sees them has loaded.</source>
        <translation>画像を扱えるモデルを読み込むと、画像を添付できます。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="172" />
        <source>Attach documents (text, Markdown, code, CSV, JSON, HTML, PDF) or images (Ctrl+Shift+A)</source>
        <translation>文書（テキスト、Markdown、コード、CSV、JSON、HTML、PDF）または画像を添付 (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="203" />
        <source>Attach an image: PNG, JPEG or WebP (Ctrl+Shift+I)</source>
        <translation>画像を添付: PNG、JPEG、WebP (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="211" />
        <source>%1 was not attached: %2</source>
        <translation>%1 は添付されませんでした: %2</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="218" />
        <source>%1 was not attached: at most %2 files go with one message.</source>
        <translation>%1 は添付されませんでした: 1 件のメッセージに添付できるのは最大 %2 ファイルです。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="260" />
        <source>Documents and images</source>
        <translation>文書と画像</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="260" />
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="262" />
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="265" />
        <source>Attach files</source>
        <translation>ファイルを添付</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="338" />
        <source>pasted image</source>
        <translation>貼り付けた画像</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="75" />
        <source>%1 pages</source>
        <translation>%1 ページ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="79" />
        <source>first %1 of %2 characters</source>
        <translation>%2 文字中の最初の %1 文字</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/attachment_bar.py" line="130" />
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
</context>
<context>
    <name>ChatStatusBar</name>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="20" />
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="65" />
        <source>No model</source>
        <translation>モデルなし</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="26" />
        <source>Loading the model</source>
        <translation>モデルを読み込み中</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="35" />
        <source>Loading %s…</source>
        <translation>%s を読み込み中…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="49" />
        <source>about %s left</source>
        <translation>残り約 %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="71" />
        <source>Writing…</source>
        <translation>書いています…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="75" />
        <source>Context: %d / %d tokens</source>
        <translation>コンテキスト: %d / %d トークン</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="77" />
        <source> (%d oldest messages left out)</source>
        <translation> (古いメッセージ %d 件を除外)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/status_bar.py" line="90" />
        <source>%.1f tokens/s · first token %.2f s</source>
        <translation>%.1f トークン/秒 · 最初のトークンまで %.2f 秒</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../lumichats_desktop/ui/chat_view.py" line="78" />
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lumichats_desktop/ui/chat_view.py" line="145" />
        <source>Show %n earlier message(s)</source>
        <translation><numerusform>以前のメッセージを %n 件表示</numerusform></translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/chat_view.py" line="259" />
        <source>Copy message</source>
        <translation>メッセージをコピー</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/chat_view.py" line="261" />
        <source>Edit message</source>
        <translation>メッセージを編集</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/chat_view.py" line="266" />
        <source>Regenerate reply</source>
        <translation>返信を再生成</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/chat_view.py" line="271" />
        <source>Delete message</source>
        <translation>メッセージを削除</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../lumichats_desktop/ui/composer.py" line="27" />
        <source>Message LumiChats… (Enter to send, Shift+Enter for a new line)</source>
        <translation>LumiChats にメッセージ…（Enter で送信、Shift+Enter で改行）</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/composer.py" line="28" />
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/composer.py" line="29" />
        <source>Write to LumiChats. Alt+Up moves to the newest message.</source>
        <translation>LumiChats に書き込みます。Alt+↑ で最新のメッセージに移動します。</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="61" />
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="106" />
        <source>Training data</source>
        <translation>学習データ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="62" />
        <source>Conversations in ShareGPT or messages form: .json, .jsonl or .parquet.</source>
        <translation>ShareGPT 形式または messages 形式の会話: .json、.jsonl、.parquet。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="64" />
        <source>The bundled sample (40 conversations in 10 languages)</source>
        <translation>付属のサンプル（10 言語の会話 40 件）</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="65" />
        <source>A file on this computer</source>
        <translation>このコンピューター上のファイル</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="66" />
        <source>A Hugging Face dataset (downloaded when the run starts)</source>
        <translation>Hugging Face のデータセット（学習開始時にダウンロード）</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="69" />
        <source>…/conversations.jsonl</source>
        <translation>…/conversations.jsonl</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="70" />
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="92" />
        <source>Held out for evaluation:</source>
        <translation>評価用に確保:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="106" />
        <source>Conversations (*.json *.jsonl *.parquet)</source>
        <translation>会話 (*.json *.jsonl *.parquet)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="132" />
        <source>The trainer downloads and checks this dataset when the run starts.</source>
        <translation>学習開始時にトレーナーがこのデータセットをダウンロードして確認します。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="138" />
        <source>Choose a file (.json, .jsonl or .parquet) with Browse…, or type its path above.</source>
        <translation>「参照…」でファイル（.json、.jsonl、.parquet）を選ぶか、上にパスを入力してください。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="144" />
        <source>Reading the first rows…</source>
        <translation>先頭の行を読み込み中…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="162" />
        <source>The first %n rows:</source>
        <translation><numerusform>先頭 %n 行:</numerusform></translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="190" />
        <source>%1 does not exist. Choose a .json, .jsonl or .parquet file.</source>
        <translation>%1 は存在しません。.json、.jsonl、.parquet のファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="195" />
        <source>%1 is not a .json, .jsonl or .parquet file. Save the conversations in one of those forms.</source>
        <translation>%1 は .json、.jsonl、.parquet のいずれでもありません。会話をこれらの形式で保存してください。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="199" />
        <source>%1 is empty. It needs conversations: one JSON object per line (.jsonl), or a JSON array.</source>
        <translation>%1 は空です。会話が必要です。1 行に 1 つの JSON オブジェクト（.jsonl）か、JSON 配列にしてください。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="202" />
        <source>None of the first rows of %1 is a conversation to train on. Each row needs a "conversations" (ShareGPT) or "messages" list with a question and a reply.</source>
        <translation>%1 の最初の行に、学習に使える会話がありません。各行に、質問と返答を含む "conversations"（ShareGPT）または "messages" のリストが必要です。</translation>
    </message>
</context>
<context>
    <name>DocumentCutDialog</name>
    <message>
        <location filename="../../lumichats_desktop/ui/document_cut_dialog.py" line="27" />
        <source>Document too long</source>
        <translation>文書が長すぎます</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/document_cut_dialog.py" line="31" />
        <source>%1 needs about %2 tokens, but only about %3 are free in this chat (its context holds %4 tokens and %5 are kept for the reply). The whole document cannot be sent.

Send only its beginning? Choose how many characters (of %6) to include; the model is told that the rest was left out.</source>
        <translation>%1 には約 %2 トークンが必要ですが、このチャットで空いているのは約 %3 トークンだけです（コンテキストは %4 トークンで、そのうち %5 トークンは返信用に確保されています）。文書全体は送信できません。

先頭部分だけを送信しますか？含める文字数（全 %6 文字のうち）を選んでください。残りを省略したことはモデルに伝えられます。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/document_cut_dialog.py" line="50" />
        <source> characters</source>
        <translation> 文字</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/document_cut_dialog.py" line="51" />
        <source>Characters to send</source>
        <translation>送信する文字数</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/document_cut_dialog.py" line="61" />
        <source>Send the beginning</source>
        <translation>先頭部分を送信</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/document_cut_dialog.py" line="65" />
        <source>Nothing of it fits: shorten your message or raise the context limit.</source>
        <translation>まったく収まりません。メッセージを短くするか、コンテキストの上限を上げてください。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/document_cut_dialog.py" line="73" />
        <source>%1% of the document</source>
        <translation>文書の %1%</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="21" />
        <source>Loading the model</source>
        <translation>モデルを読み込み中</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="22" />
        <source>Unpacking the embedded model (first run only)</source>
        <translation>組み込みモデルを展開中（初回のみ）</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="23" />
        <source>Reading the model file</source>
        <translation>モデルファイルを読み込み中</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="24" />
        <source>Reading the tokenizer</source>
        <translation>トークナイザーを読み込み中</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="25" />
        <source>Unpacking the weights</source>
        <translation>重みを展開中</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="26" />
        <source>Saving</source>
        <translation>保存中</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="27" />
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="28" />
        <source>Loading data</source>
        <translation>データを読み込み中</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="29" />
        <source>Evaluating on held-out conversations</source>
        <translation>評価用の会話で評価中</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="30" />
        <source>Training</source>
        <translation>学習中</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="31" />
        <source>Saving the adapter</source>
        <translation>アダプターを保存中</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="32" />
        <source>Starting</source>
        <translation>開始中</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="33" />
        <source>user</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="34" />
        <source>assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="35" />
        <source>system</source>
        <translation>システム</translation>
    </message>
</context>
<context>
    <name>FineTuneWizard</name>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="32" />
        <source>Fine-tune a LumiChats adapter</source>
        <translation>LumiChats アダプターをファインチューニング</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="83" />
        <source>The trainer could not start: %s</source>
        <translation>トレーナーを開始できませんでした: %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="112" />
        <source>A training run is going; check again when it ends.</source>
        <translation>学習の実行中です。終了後にもう一度確認してください。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="116" />
        <source>Checking… (tokenizing the data and sizing the run)</source>
        <translation>確認中…（データをトークン化し、学習の規模を見積もっています）</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="145" />
        <source>The check stopped unexpectedly (exit code %s).</source>
        <translation>確認が予期せず停止しました（終了コード %s）。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="154" />
        <source>Stop training? A checkpoint is saved and Resume continues from it.</source>
        <translation>学習を停止しますか？チェックポイントが保存され、「再開」でそこから続行できます。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/finetune_wizard.py" line="173" />
        <source>Training is running. Stop it (keeping a checkpoint) and close?</source>
        <translation>学習の実行中です。停止して（チェックポイントは保存されます）閉じますか？</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="105" />
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="109" />
        <source>Chat with it</source>
        <translation>チャットする</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="119" />
        <source>Held-out loss: %1 before, %2 after (lower is better).
The adapter is in %3.</source>
        <translation>評価用データの損失: 学習前 %1、学習後 %2（低いほど良好）。
アダプターの保存先: %3</translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <location filename="../../lumichats_desktop/ui/loss_chart.py" line="36" />
        <source>The loss appears here once training starts.</source>
        <translation>学習が始まると、ここに損失が表示されます。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lumichats_desktop/ui/loss_chart.py" line="54" />
        <source>step (of %n)</source>
        <translation><numerusform>ステップ（全 %n）</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="183" />
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="184" />
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="188" />
        <source>About LumiChats</source>
        <translation>LumiChats について</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="89" />
        <location filename="../../lumichats_desktop/ui/reply_flow.py" line="179" />
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="92" />
        <source>Sends the message; while a reply is written, stops it.</source>
        <translation>メッセージを送信します。返信の生成中は、それを停止します。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="149" />
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="150" />
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="154" />
        <source>Import conversations…</source>
        <translation>会話をインポート…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="161" />
        <source>Export all conversations…</source>
        <translation>すべての会話をエクスポート…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="166" />
        <source>Models…</source>
        <translation>モデル…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="168" />
        <source>Fine-tune…</source>
        <translation>ファインチューニング…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="170" />
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="171" />
        <source>&amp;Conversation</source>
        <translation>会話(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="175" />
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="179" />
        <source>Stop reply</source>
        <translation>返信を停止</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="181" />
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="49" />
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="52" />
        <source>Larger text</source>
        <translation>文字を大きく</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="57" />
        <source>Smaller text</source>
        <translation>文字を小さく</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="62" />
        <source>Actual text size</source>
        <translation>標準の文字サイズ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="68" />
        <source>Previous message</source>
        <translation>前のメッセージ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="73" />
        <source>Next message</source>
        <translation>次のメッセージ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="78" />
        <source>Go to the message box</source>
        <translation>メッセージ欄へ移動</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="83" />
        <source>Go to the conversation list</source>
        <translation>会話リストへ移動</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="101" />
        <source>Text size %d%%</source>
        <translation>文字サイズ %d%%</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="121" />
        <source>LumiChats is writing a reply.</source>
        <translation>LumiChats が返信を書いています。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="131" />
        <source>The reply failed: %s</source>
        <translation>返信に失敗しました: %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="135" />
        <source>Reply stopped.</source>
        <translation>返信を停止しました。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/view_menu.py" line="138" />
        <source>LumiChats replied: %s</source>
        <translation>LumiChats の返信: %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="276" />
        <source>Something went wrong: %s</source>
        <translation>問題が発生しました: %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/model_loading.py" line="49" />
        <source>%1 cannot see images; LumiChats 4B can: load it in Models (Ctrl+M).</source>
        <translation>%1 は画像を認識できません。LumiChats 4B なら可能です。「モデル」で読み込んでください (Ctrl+M)。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/model_loading.py" line="57" />
        <source>You are chatting with LumiChats 270M, a small model that works offline. It handles simple questions and often gets facts wrong. LumiChats 4B is the real assistant: get it in Models (Ctrl+M).</source>
        <translation>オフラインで動く小さなモデル LumiChats 270M とチャットしています。簡単な質問には答えられますが、事実をよく間違えます。本来のアシスタントは LumiChats 4B です。「モデル」から入手してください (Ctrl+M)。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/model_loading.py" line="66" />
        <location filename="../../lumichats_desktop/ui/reply_flow.py" line="208" />
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/model_loading.py" line="68" />
        <source>Load on the CPU</source>
        <translation>CPU で読み込む</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/model_loading.py" line="70" />
        <source>Use LumiChats 270M</source>
        <translation>LumiChats 270M を使う</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="345" />
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="345" />
        <source>Title:</source>
        <translation>タイトル:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="355" />
        <source>Conversation deleted.</source>
        <translation>会話を削除しました。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="421" />
        <source>Edit message</source>
        <translation>メッセージを編集</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/main_window.py" line="421" />
        <source>Message:</source>
        <translation>メッセージ:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/reply_flow.py" line="170" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/reply_flow.py" line="190" />
        <source>The reply could not start: %s</source>
        <translation>返信を開始できませんでした: %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/reply_flow.py" line="253" />
        <source>The model ended its reply without writing anything.</source>
        <translation>モデルは何も書かずに返信を終えました。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/tool_windows.py" line="66" />
        <source>Chat with %s</source>
        <translation>%s とチャット</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="378" />
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="205" />
        <source>Previous alternative</source>
        <translation>前の候補</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="207" />
        <source>Next alternative</source>
        <translation>次の候補</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="163" />
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="163" />
        <source>Copy this message</source>
        <translation>このメッセージをコピー</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="166" />
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="166" />
        <source>Edit and resend</source>
        <translation>編集して再送信</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="170" />
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="171" />
        <source>Write another reply</source>
        <translation>別の返信を書く</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="175" />
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="175" />
        <source>Delete this message</source>
        <translation>このメッセージを削除</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="225" />
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="226" />
        <source>Go on writing this reply</source>
        <translation>この返信の続きを書く</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="231" />
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="232" />
        <source>Write this reply again</source>
        <translation>この返信を書き直す</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="301" />
        <source>Alternative %d of %d</source>
        <translation>候補 %d / %d</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="304" />
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="305" />
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="306" />
        <source>writing…</source>
        <translation>書いています…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="307" />
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="382" />
        <source>Alt+Up and Alt+Down move between messages; Tab reaches this message's actions.</source>
        <translation>Alt+↑ と Alt+↓ でメッセージ間を移動し、Tab でこのメッセージの操作に移動します。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="454" />
        <source>Copy message</source>
        <translation>メッセージをコピー</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/message_widget.py" line="456" />
        <source>Copy code block %d</source>
        <translation>コードブロック %d をコピー</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="215" />
        <source>Base model</source>
        <translation>ベースモデル</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="217" />
        <source>The adapter is trained on this model; check that it fits before you start.</source>
        <translation>アダプターはこのモデルの上で学習します。開始前にメモリに収まるか確認してください。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="224" />
        <source>Load the base in 4-bit (QLoRA): a quarter of the memory, a bit slower</source>
        <translation>ベースを 4 ビットで読み込む (QLoRA): メモリは 4 分の 1、速度はやや低下</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="227" />
        <source>Check data and memory</source>
        <translation>データとメモリを確認</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="229" />
        <source>Not checked yet.</source>
        <translation>まだ確認していません。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="231" />
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="48" />
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="74" />
        <source>Checking this computer's hardware…</source>
        <translation>このコンピューターのハードウェアを確認中…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="81" />
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="82" />
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="83" />
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="84" />
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="85" />
        <source>Fits here?</source>
        <translation>収まるか</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="86" />
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="96" />
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="212" />
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="97" />
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="98" />
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="99" />
        <source>Set as default</source>
        <translation>既定に設定</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="100" />
        <source>Use now</source>
        <translation>今すぐ使う</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="101" />
        <source>Import .gguf…</source>
        <translation>.gguf をインポート…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="102" />
        <source>Use a folder…</source>
        <translation>フォルダーを使う…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="118" />
        <source>A Hub repo id, e.g. google/gemma-3-4b-it or an adapter repo</source>
        <translation>Hub のリポジトリ ID（例: google/gemma-3-4b-it）またはアダプターのリポジトリ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="121" />
        <source>Add from the Hub</source>
        <translation>Hub から追加</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="137" />
        <source>Hugging Face token:</source>
        <translation>Hugging Face トークン:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="140" />
        <source>hf_… (needed for gated or private repos)</source>
        <translation>hf_…（アクセス制限付きまたは非公開のリポジトリに必要）</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="141" />
        <source>Save token</source>
        <translation>トークンを保存</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="142" />
        <source>Remove token</source>
        <translation>トークンを削除</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="150" />
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="187" />
        <source>A token is saved. </source>
        <translation>トークンは保存済みです。 </translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="187" />
        <source>No token saved. </source>
        <translation>トークンは保存されていません。 </translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="212" />
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="228" />
        <source>Asking the Hub about %s…</source>
        <translation>Hub に %s を問い合わせ中…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="241" />
        <source>Type a Hub repo id as owner/name, e.g. google/gemma-3-4b-it.</source>
        <translation>Hub のリポジトリ ID を 所有者/名前 の形で入力してください（例: google/gemma-3-4b-it）。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="254" />
        <source>Deleting %s…</source>
        <translation>%s を削除中…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="272" />
        <source>Delete model</source>
        <translation>モデルを削除</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="273" />
        <source>Delete %1 (%2) from this computer? Downloading it again takes a while.</source>
        <translation>%1 (%2) をこのコンピューターから削除しますか？再ダウンロードには時間がかかります。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="293" />
        <source>Import a GGUF model</source>
        <translation>GGUF モデルをインポート</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="301" />
        <source>A model or adapter folder</source>
        <translation>モデルまたはアダプターのフォルダー</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="307" />
        <source>%s holds neither config.json (a model) nor adapter_config.json (an adapter).</source>
        <translation>%s には config.json（モデル）も adapter_config.json（アダプター）もありません。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="342" />
        <source>%s is ready.</source>
        <translation>%s の準備ができました。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="370" />
        <source>Download running</source>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/models_dialog.py" line="370" />
        <source>Pause the download and close? It resumes later.</source>
        <translation>ダウンロードを一時停止して閉じますか？後で再開されます。</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../lumichats_desktop/ui/notices.py" line="59" />
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/notices.py" line="60" />
        <source>Dismiss this notice</source>
        <translation>このお知らせを閉じる</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/notices.py" line="66" />
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/notices.py" line="66" />
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/notices.py" line="66" />
        <source>Error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>ReplyRenderer</name>
    <message>
        <location filename="../../lumichats_desktop/ui/markdown_render.py" line="65" />
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/markdown_render.py" line="67" />
        <source>Copy code</source>
        <translation>コードをコピー</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="29" />
        <source>Training</source>
        <translation>学習中</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="30" />
        <source>The trainer runs in its own process; the app stays usable meanwhile.</source>
        <translation>トレーナーは別プロセスで動くため、その間もアプリを使えます。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="41" />
        <source>Stop (keeps a checkpoint)</source>
        <translation>停止（チェックポイントを保存）</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="42" />
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="70" />
        <source>  Held-out loss before: %s</source>
        <translation>  学習前の評価用データの損失: %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="76" />
        <source>Stopping: finishing this step and saving a checkpoint…</source>
        <translation>停止中: このステップを終えてチェックポイントを保存しています…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="87" />
        <source>Finished: the adapter is saved. Next shows the result.</source>
        <translation>完了しました。アダプターを保存しました。「次へ」で結果を表示します。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="90" />
        <source>Stopped before the first step. Resume starts the run again.</source>
        <translation>最初のステップの前に停止しました。「再開」で学習をやり直します。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="92" />
        <source>Stopped at step %1 of %2. A checkpoint is kept: Resume continues from it.</source>
        <translation>ステップ %1 / %2 で停止しました。チェックポイントを保存済みです。「再開」でそこから続けます。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="97" />
        <source>The run stopped with an error (below).</source>
        <translation>学習はエラーで停止しました（下記）。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_run_page.py" line="98" />
        <source>Starting the trainer…</source>
        <translation>トレーナーを起動しています…</translation>
    </message>
</context>
<context>
    <name>ServerSettingsTab</name>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="43" />
        <source>Let other programs use the loaded model (OpenAI-compatible API)</source>
        <translation>読み込んだモデルを他のプログラムから使えるようにする（OpenAI 互換 API）</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="50" />
        <source>Optional on this computer; clients send it as a Bearer token</source>
        <translation>このコンピューター内では任意。クライアントは Bearer トークンとして送信します</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="51" />
        <source>Also accept other computers on the network (needs an API key)</source>
        <translation>ネットワーク上の他のコンピューターも受け付ける（API キーが必要）</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="54" />
        <source>None: web pages cannot call the server</source>
        <translation>なし: Web ページからはサーバーを呼び出せません</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="55" />
        <source>Save API conversations in the chat history</source>
        <translation>API の会話をチャット履歴に保存</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="57" />
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="76" />
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="60" />
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="61" />
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="63" />
        <source>Allowed web origins</source>
        <translation>許可する Web オリジン</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="65" />
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>ServerStatus</name>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="27" />
        <source>Local API server not started: %s</source>
        <translation>ローカル API サーバーを開始できませんでした: %s</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="30" />
        <source>API: %1 · requests served: %2</source>
        <translation>API: %1 · 処理したリクエスト: %2</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/server_settings.py" line="33" />
        <source> · generating for another program…</source>
        <translation> · 他のプログラムのために生成中…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="59" />
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="65" />
        <source>Instructions for this conversation (optional)</source>
        <translation>この会話への指示（任意）</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="66" />
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="68" />
        <source>App default</source>
        <translation>アプリの既定</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="74" />
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="76" />
        <source>LoRA adapter folder (optional)</source>
        <translation>LoRA アダプターのフォルダー（任意）</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="77" />
        <source>Adapter</source>
        <translation>アダプター</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="79" />
        <source>0 always picks the most likely word; higher is more varied.</source>
        <translation>0 では常に最も確率の高い語を選びます。値を上げるほど多様になります。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="82" />
        <source>0 turns top-k off.</source>
        <translation>0 で top-k をオフにします。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="88" />
        <source>Stops the reply from repeating itself: words that would repeat an earlier passage of the reply become less likely. 0 turns it off.</source>
        <translation>返信の繰り返しを防ぎます。返信の前の部分を繰り返すような語が選ばれにくくなります。0 でオフになります。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="94" />
        <source>Temperature</source>
        <translation>温度</translation>
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
        <translation>繰り返しペナルティ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="99" />
        <source>Loop guard</source>
        <translation>ループ防止</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="100" />
        <source>Max reply length (tokens)</source>
        <translation>返信の最大長（トークン）</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="103" />
        <source>This conversation</source>
        <translation>この会話</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="108" />
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="124" />
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="109" />
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="110" />
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="115" />
        <source>Enter sends, Shift+Enter new line</source>
        <translation>Enter で送信、Shift+Enter で改行</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="116" />
        <source>Ctrl+Enter sends, Enter new line</source>
        <translation>Ctrl+Enter で送信、Enter で改行</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="119" />
        <source>Best available</source>
        <translation>利用できる最適なもの</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="131" />
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="132" />
        <source>Language (next start)</source>
        <translation>言語（次回起動時）</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="133" />
        <source>Send with</source>
        <translation>送信キー</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="134" />
        <source>Default model (next start)</source>
        <translation>既定のモデル（次回起動時）</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="135" />
        <source>Context limit (tokens)</source>
        <translation>コンテキストの上限（トークン）</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="136" />
        <source>Default reply length</source>
        <translation>既定の返信の長さ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="137" />
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/settings_dialog.py" line="139" />
        <source>Local API server</source>
        <translation>ローカル API サーバー</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="240" />
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="241" />
        <source>The LumiChats recipe is filled in; the defaults are a good start.</source>
        <translation>LumiChats のレシピが入力済みです。既定値で始めるのがおすすめです。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="257" />
        <source>linear (falls to zero)</source>
        <translation>線形（ゼロまで下がる）</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="258" />
        <source>cosine (falls to zero, gently at both ends)</source>
        <translation>コサイン（ゼロまで下がる、両端はゆるやか）</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="259" />
        <source>constant</source>
        <translation>一定</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="267" />
        <source>LoRA rank r (capacity of the adapter):</source>
        <translation>LoRA ランク r（アダプターの容量）:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="268" />
        <source>LoRA alpha (scale; r and alpha equal is the recipe):</source>
        <translation>LoRA alpha（スケール。レシピでは r と alpha を同じ値にします）:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="269" />
        <source>Learning rate:</source>
        <translation>学習率:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="270" />
        <source>Batch size (conversations per step on the device):</source>
        <translation>バッチサイズ（デバイス上の 1 ステップあたりの会話数）:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="271" />
        <source>Gradient accumulation (batches per optimizer step):</source>
        <translation>勾配累積（オプティマイザーの 1 ステップあたりのバッチ数）:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="272" />
        <source>Steps:</source>
        <translation>ステップ数:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="273" />
        <source>Maximum length in tokens (longer ones are cut):</source>
        <translation>最大長（トークン。超える分は切り捨て）:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="274" />
        <source>Adapter name:</source>
        <translation>アダプター名:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="275" />
        <source>Saved in:</source>
        <translation>保存先:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="283" />
        <source>Show advanced settings</source>
        <translation>詳細設定を表示</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="291" />
        <source>Learning-rate schedule:</source>
        <translation>学習率スケジュール:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="292" />
        <source>Warm-up steps:</source>
        <translation>ウォームアップのステップ数:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="293" />
        <source>Checkpoint every (steps):</source>
        <translation>チェックポイントの間隔（ステップ）:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="294" />
        <source>Held-out loss every (steps, 0 = only before and after):</source>
        <translation>評価用データの損失を計算する間隔（ステップ。0 = 学習の前後のみ）:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="295" />
        <source>Seed:</source>
        <translation>シード:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lumichats_desktop/ui/wizard_pages.py" line="302" />
        <source>Use all %n GPUs (one trainer process each; the same batch per step)</source>
        <translation><numerusform>%n 台の GPU をすべて使う（GPU ごとにトレーナープロセス 1 つ。1 ステップあたりのバッチは同じ）</numerusform></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="113" />
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="119" />
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="120" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/help_menu.py" line="120" />
        <source>Keys</source>
        <translation>キー</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="44" />
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="46" />
        <source>Starts an empty conversation (Ctrl+N).</source>
        <translation>空の会話を始めます (Ctrl+N)。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="48" />
        <source>New chat (Ctrl+N)</source>
        <translation>新しいチャット (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="53" />
        <source>Search conversations</source>
        <translation>会話を検索</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="54" />
        <source>Search conversations (Ctrl+F)</source>
        <translation>会話を検索 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="62" />
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="65" />
        <source>Enter opens a conversation; F2 renames it, Delete deletes it, the Menu key shows the rest.</source>
        <translation>Enter で会話を開き、F2 で名前を変更、Delete で削除、メニューキーでその他の操作を表示します。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="78" />
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="80" />
        <source>Brings back the conversation just deleted (Ctrl+Z).</source>
        <translation>削除したばかりの会話を元に戻します (Ctrl+Z)。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="91" />
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="169" />
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="93" />
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="179" />
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="115" />
        <source>%s, pinned</source>
        <translation>%s（固定済み）</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="134" />
        <source>No matches</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="171" />
        <source>Unpin</source>
        <translation>固定を解除</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="171" />
        <source>Pin</source>
        <translation>固定</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="175" />
        <source>Export as Markdown…</source>
        <translation>Markdown としてエクスポート…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/sidebar.py" line="177" />
        <source>Export as JSON…</source>
        <translation>JSON としてエクスポート…</translation>
    </message>
</context>
<context>
    <name>StorageRecovery</name>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="48" />
        <source>The conversation database was written by a newer LumiChats (schema %1; this version knows %2). It was kept as %3; update LumiChats to see those conversations again. A new database was started.</source>
        <translation>会話データベースは新しいバージョンの LumiChats で書き込まれています（スキーマ %1、このバージョンが扱えるのは %2）。%3 として保管しました。これらの会話を再び表示するには LumiChats を更新してください。新しいデータベースを作成しました。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="59" />
        <source>The conversation database was damaged (%1). It was kept unchanged as %2 in %3 and a new, empty database was started. Press Recover to copy every conversation that can still be read into the new database, now or later from File &gt; Recover conversations from a damaged file…</source>
        <translation>会話データベースが破損していました（%1）。%3 に %2 として変更せずに保管し、新しい空のデータベースを作成しました。「復元」を押すと、まだ読み取れるすべての会話を新しいデータベースにコピーします。後から「ファイル &gt; 破損したファイルから会話を復元…」でも行えます。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="74" />
        <source>Nothing could be read from %1: it may not be a LumiChats conversation database. The file was not changed.</source>
        <translation>%1 から何も読み取れませんでした。LumiChats の会話データベースではない可能性があります。ファイルは変更していません。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="80" />
        <source>Recovered %1 conversation(s) and %2 message(s) from %3.</source>
        <translation>%3 から %1 件の会話と %2 件のメッセージを復元しました。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="89" />
        <source>%1 attached file(s) came back with them.</source>
        <translation>添付ファイル %1 件も一緒に戻りました。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="95" />
        <source>Up to %1 message(s) could not be read.</source>
        <translation>最大 %1 件のメッセージを読み取れませんでした。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="101" />
        <source>%1 attachment(s) were damaged and left out.</source>
        <translation>%1 件の添付ファイルが破損していたため除外しました。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="105" />
        <source>The damaged file was not changed.</source>
        <translation>破損したファイルは変更していません。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="116" />
        <source>%1, set aside %2, %3</source>
        <translation>%1、%2 に退避、%3</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="122" />
        <source> (recovered from on %1)</source>
        <translation>（%1 に復元済み）</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="133" />
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="207" />
        <source>Recover conversations</source>
        <translation>会話を復元</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="137" />
        <source>Damaged copies of the conversation database kept in %1:</source>
        <translation>%1 に保管されている会話データベースの破損したコピー:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="141" />
        <source>No damaged conversation database is kept in %1. LumiChats sets a damaged database aside there when it finds one at start; to recover from a copy kept elsewhere, choose the file.</source>
        <translation>%1 に破損した会話データベースは保管されていません。LumiChats は起動時に破損したデータベースを見つけるとそこに退避します。別の場所にあるコピーから復元するには、ファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="153" />
        <source>Damaged database files</source>
        <translation>破損したデータベースファイル</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="165" />
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="247" />
        <source>Recover</source>
        <translation>復元</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="168" />
        <source>Choose another file…</source>
        <translation>別のファイルを選ぶ…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="188" />
        <source>Conversations from this file were already recovered on %1. Recovering again adds them a second time.</source>
        <translation>このファイルの会話は %1 に復元済みです。もう一度復元すると、同じ会話がもう一組追加されます。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="209" />
        <source>Conversation databases (*.sqlite3*);;All files (*)</source>
        <translation>会話データベース (*.sqlite3*);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="235" />
        <source>Recover conversations from a damaged file…</source>
        <translation>破損したファイルから会話を復元…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="269" />
        <source>Recovering conversations from %s…</source>
        <translation>%s から会話を復元中…</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/storage_recovery.py" line="278" />
        <source>Could not recover from %1: %2. The file was not changed.</source>
        <translation>%1 から復元できませんでした: %2。ファイルは変更していません。</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="28" />
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="36" />
        <source>Export conversation</source>
        <translation>会話をエクスポート</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="44" />
        <source>Export all</source>
        <translation>すべてエクスポート</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="60" />
        <source>Import conversations</source>
        <translation>会話をインポート</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="85" />
        <source>Import its conversations again, as copies?</source>
        <translation>その会話をコピーとしてもう一度インポートしますか？</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="88" />
        <source>Import copies</source>
        <translation>コピーをインポート</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/transfer_actions.py" line="90" />
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../lumichats_desktop/ui/welcome.py" line="120" />
        <source>What can I help you with?</source>
        <translation>何をお手伝いしましょうか？</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/welcome.py" line="125" />
        <source>LumiChats runs on this computer: what you write here stays here. Try one of these:</source>
        <translation>LumiChats はこのコンピューター上で動きます。ここに書いた内容は外に出ません。次の例を試してみてください:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/welcome.py" line="140" />
        <source>Puts this example in the message box, ready to send or edit.</source>
        <translation>この例をメッセージ欄に入れます。そのまま送信することも編集することもできます。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/welcome.py" line="154" />
        <source>Explain how a rainbow forms, in three sentences.</source>
        <translation>虹ができる仕組みを 3 文で説明して。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/welcome.py" line="155" />
        <source>Write a short, friendly email declining a meeting.</source>
        <translation>会議を断る短く丁寧なメールを書いて。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/welcome.py" line="156" />
        <source>Give me five ideas for a quick vegetarian dinner.</source>
        <translation>手早く作れるベジタリアンの夕食のアイデアを 5 つ挙げて。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/welcome.py" line="157" />
        <source>Write a Python function that reverses the words in a sentence.</source>
        <translation>文中の単語の順序を逆にする Python の関数を書いて。</translation>
    </message>
</context>
<context>
    <name>WizardText</name>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="51" />
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="52" />
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="53" />
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="56" />
        <source>%1 %2/%3: %4</source>
        <translation>%1 %2/%3: %4</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="65" />
        <source>%1 tokens/s</source>
        <translation>%1 トークン/秒</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="69" />
        <source>peak %1 GB</source>
        <translation>ピーク %1 GB</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="79" />
        <source>Fits: about %1 GB needed, %2 GB free on %3.</source>
        <translation>収まります: 約 %1 GB 必要、%3 の空きは %2 GB。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="81" />
        <source>Will not fit: about %1 GB needed, %2 GB free on %3. Lower the maximum length or the batch size, turn on 4-bit, or pick a smaller base model.</source>
        <translation>収まりません: 約 %1 GB 必要ですが、%3 の空きは %2 GB です。最大長かバッチサイズを下げる、4 ビットをオンにする、またはより小さいベースモデルを選んでください。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="92" />
        <source>this computer (CPU)</source>
        <translation>このコンピューター（CPU）</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="94" />
        <source>the GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="100" />
        <source>%1, row %2: %3</source>
        <translation>%1、%2 行目: %3</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="114" />
        <source>%1: %2 rows, %3 kept, %4 dropped</source>
        <translation>%1: %2 行、採用 %3 行、除外 %4 行</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="121" />
        <source>fixed (%1): %2</source>
        <translation>修正 (%1): %2</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="122" />
        <source>dropped (%1): %2</source>
        <translation>除外 (%1): %2</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="129" />
        <source>Dropped rows:</source>
        <translation>除外した行:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="134" />
        <source>Fixed rows:</source>
        <translation>修正した行:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="145" />
        <source>… and %1 more</source>
        <translation>…ほか %1 行</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="168" />
        <source>%1 conversations for training, %2 held out.</source>
        <translation>学習用の会話 %1 件、評価用に確保 %2 件。</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="178" />
        <source>%1 tokens</source>
        <translation>%1 トークン</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="188" />
        <source>Conversation lengths:</source>
        <translation>会話の長さ:</translation>
    </message>
    <message>
        <location filename="../../lumichats_desktop/ui/engine_text.py" line="201" />
        <source>Dropped rows (%1 in all):</source>
        <translation>除外された行（合計 %1 行）:</translation>
    </message>
</context>
</TS>