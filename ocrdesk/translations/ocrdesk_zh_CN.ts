<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AcceptAnywayDialog</name>
    <message>
        <source>Accept Anyway</source>
        <translation>仍然接受</translation>
    </message>
    <message>
        <source>{document} cannot be confirmed as it is: the recognition service warns</source>
        <translation>{document} 暂不能直接确认，识别服务给出以下警告：</translation>
    </message>
    <message>
        <source>To confirm it anyway, give the reason (kept with the document and exported):</source>
        <translation>如仍要确认，请填写理由（随文档保存并导出）：</translation>
    </message>
    <message>
        <source>e.g. original seen at the counter</source>
        <translation>例如：已在柜台核验原件</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>撤销 {step}(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>重做 {step}(&amp;R)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Move or Resize Box</source>
        <translation>移动或调整框(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Recognition</source>
        <translation>识别(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open images or PDFs</source>
        <translation>打开图片或 PDF 文件</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Open every image and PDF in a folder</source>
        <translation>打开文件夹中的所有图片和 PDF 文件</translation>
    </message>
    <message>
        <source>Include &amp;Sub-folders</source>
        <translation>包含子文件夹(&amp;S)</translation>
    </message>
    <message>
        <source>Open Folder also opens the folders inside</source>
        <translation>打开文件夹时也打开其中的子文件夹</translation>
    </message>
    <message>
        <source>Capture from &amp;Camera…</source>
        <translation>从摄像头拍摄(&amp;C)…</translation>
    </message>
    <message>
        <source>Capture documents with a camera</source>
        <translation>用摄像头拍摄文档</translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation>粘贴图片(&amp;P)</translation>
    </message>
    <message>
        <source>Paste a picture or files</source>
        <translation>粘贴图片或文件</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the fields (JSON, Excel, CSV)</source>
        <translation>导出字段（JSON、Excel、CSV）</translation>
    </message>
    <message>
        <source>Export &amp;All…</source>
        <translation>全部导出(&amp;A)…</translation>
    </message>
    <message>
        <source>Export every document</source>
        <translation>导出所有文档</translation>
    </message>
    <message>
        <source>Res&amp;tore Crashed Session…</source>
        <translation>恢复崩溃的会话(&amp;T)…</translation>
    </message>
    <message>
        <source>Bring back the work of a session that ended without closing OCRDesk</source>
        <translation>恢复未正常关闭 OCRDesk 时会话中的工作</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Next Field to Check</source>
        <translation>下一个待核对字段(&amp;N)</translation>
    </message>
    <message>
        <source>Next invalid or low-confidence field</source>
        <translation>下一个校验未通过或置信度低的字段</translation>
    </message>
    <message>
        <source>&amp;Previous Field to Check</source>
        <translation>上一个待核对字段(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Confirm Document</source>
        <translation>确认文档(&amp;C)</translation>
    </message>
    <message>
        <source>Mark the document reviewed and open the next one</source>
        <translation>将文档标记为已确认，并打开下一份</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>&amp;Keep This Engine&apos;s Value</source>
        <translation>保留本识别服务的值(&amp;K)</translation>
    </message>
    <message>
        <source>Where a second engine read otherwise, keep this engine&apos;s value</source>
        <translation>第二个识别服务结果不同时，保留本识别服务的值</translation>
    </message>
    <message>
        <source>&amp;Take Second Engine&apos;s Value</source>
        <translation>采用第二个识别服务的值(&amp;T)</translation>
    </message>
    <message>
        <source>Where a second engine read otherwise, take its value</source>
        <translation>第二个识别服务结果不同时，采用它的值</translation>
    </message>
    <message>
        <source>R&amp;emove from List</source>
        <translation>从列表移除(&amp;E)</translation>
    </message>
    <message>
        <source>Remove the selected documents from the list (Del in the list)</source>
        <translation>从文档列表移除所选文档（在列表中按 Del）</translation>
    </message>
    <message>
        <source>Draw &amp;Box for a Missing Field</source>
        <translation>为缺失字段画框(&amp;B)</translation>
    </message>
    <message>
        <source>Draw a box</source>
        <translation>画框</translation>
    </message>
    <message>
        <source>Draw Box</source>
        <translation>画框</translation>
    </message>
    <message>
        <source>Read Box &amp;Again</source>
        <translation>重新识别框内文字(&amp;A)</translation>
    </message>
    <message>
        <source>Recognise only the selected box again</source>
        <translation>只重新识别选中的框</translation>
    </message>
    <message>
        <source>&amp;Delete Field</source>
        <translation>删除字段(&amp;D)</translation>
    </message>
    <message>
        <source>Move Box Left</source>
        <translation>框左移</translation>
    </message>
    <message>
        <source>Move Box Right</source>
        <translation>框右移</translation>
    </message>
    <message>
        <source>Move Box Up</source>
        <translation>框上移</translation>
    </message>
    <message>
        <source>Move Box Down</source>
        <translation>框下移</translation>
    </message>
    <message>
        <source>Make Box Narrower</source>
        <translation>框变窄</translation>
    </message>
    <message>
        <source>Make Box Wider</source>
        <translation>框变宽</translation>
    </message>
    <message>
        <source>Make Box Shorter</source>
        <translation>框变矮</translation>
    </message>
    <message>
        <source>Make Box Taller</source>
        <translation>框变高</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>P&amp;revious Document</source>
        <translation>上一份文档(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Next Document</source>
        <translation>下一份文档(&amp;N)</translation>
    </message>
    <message>
        <source>Show Dates as YYYY-MM-DD</source>
        <translation>日期统一显示为“年-月-日”</translation>
    </message>
    <message>
        <source>Display only: values are kept as read</source>
        <translation>只影响显示：值仍保持识别结果</translation>
    </message>
    <message>
        <source>&amp;Recognise</source>
        <translation>识别(&amp;R)</translation>
    </message>
    <message>
        <source>Recognise the page</source>
        <translation>识别当前页</translation>
    </message>
    <message>
        <source>Recognise &amp;All</source>
        <translation>全部识别(&amp;A)</translation>
    </message>
    <message>
        <source>Recognise every pending document</source>
        <translation>识别所有待识别的文档</translation>
    </message>
    <message>
        <source>Co&amp;mpare with Another Engine…</source>
        <translation>与其他识别服务比对(&amp;M)…</translation>
    </message>
    <message>
        <source>Read the page with a second engine and mark where the two disagree</source>
        <translation>用第二个识别服务识别本页，并标出两者不一致的字段</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel recognition</source>
        <translation>取消识别</translation>
    </message>
    <message>
        <source>&amp;Pause Batch</source>
        <translation>暂停批量识别(&amp;P)</translation>
    </message>
    <message>
        <source>Finish the running pages, then wait</source>
        <translation>识别完正在进行的页面后暂停</translation>
    </message>
    <message>
        <source>Cancel &amp;Batch</source>
        <translation>取消批量识别(&amp;B)</translation>
    </message>
    <message>
        <source>Stop recognising all; the rest stay pending</source>
        <translation>停止全部识别，其余文档保持待识别</translation>
    </message>
    <message>
        <source>&amp;Providers…</source>
        <translation>识别服务(&amp;P)…</translation>
    </message>
    <message>
        <source>Credentials and endpoints of the OCR providers</source>
        <translation>各 OCR 识别服务的凭据和服务地址</translation>
    </message>
    <message>
        <source>PDF &amp;Resolution…</source>
        <translation>PDF 分辨率(&amp;R)…</translation>
    </message>
    <message>
        <source>How finely PDF pages are rendered for recognition</source>
        <translation>识别前渲染 PDF 页面的精细程度</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>快捷键(&amp;K)…</translation>
    </message>
    <message>
        <source>Change the keys of every command</source>
        <translation>修改各个命令的快捷键</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>首选项(&amp;E)…</translation>
    </message>
    <message>
        <source>Language and other preferences</source>
        <translation>语言及其他首选项</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>快捷键一览(&amp;K)</translation>
    </message>
    <message>
        <source>List every shortcut</source>
        <translation>列出所有快捷键</translation>
    </message>
    <message>
        <source>Open &amp;Sample</source>
        <translation>打开示例(&amp;S)</translation>
    </message>
    <message>
        <source>Open the bundled sample document</source>
        <translation>打开自带的示例文档</translation>
    </message>
    <message>
        <source>&amp;About OCRDesk</source>
        <translation>关于 OCRDesk(&amp;A)</translation>
    </message>
    <message>
        <source>Res&amp;ume Batch</source>
        <translation>继续批量识别(&amp;U)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Unexpected error: {error}. Details are in {file}.</source>
        <translation>发生意外错误：{error}。详细信息见 {file}。</translation>
    </message>
</context>
<context>
    <name>AutoConfirm</name>
    <message>
        <source>not recognised</source>
        <translation>未识别</translation>
    </message>
    <message>
        <source>no fields</source>
        <translation>没有字段</translation>
    </message>
    <message>
        <source>a field is not valid</source>
        <translation>有字段未通过校验</translation>
    </message>
    <message>
        <source>a confidence is below the threshold</source>
        <translation>有置信度低于阈值</translation>
    </message>
    <message>
        <source>the provider warned about the picture</source>
        <translation>识别服务对图片给出了警告</translation>
    </message>
    <message>
        <source>the second engine does not agree</source>
        <translation>第二个识别服务的结果不一致</translation>
    </message>
    <message>
        <source>sampled for an operator</source>
        <translation>已抽样交人工校对</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Autosave failed — {reason}. Export your work to keep it; this stays until a save works.</source>
        <translation>自动保存失败 — {reason}。请导出您的工作以免丢失；保存成功之前此提示会一直显示。</translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <source>{done} of {total}</source>
        <translation>第 {done} / {total} 份</translation>
    </message>
    <message>
        <source>{done} of {total}, about {left} left</source>
        <translation>第 {done} / {total} 份，约剩 {left}</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} 分 {seconds} 秒</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
</context>
<context>
    <name>BatchController</name>
    <message>
        <source>Recognition of all documents is already running</source>
        <translation>全部识别已在进行中</translation>
    </message>
    <message>
        <source>Choose a provider and a document type first.</source>
        <translation>请先选择识别服务和文档类型。</translation>
    </message>
    <message>
        <source>Nothing to recognise: every document has a result or an error</source>
        <translation>没有需要识别的文档：每份文档都已有结果或错误</translation>
    </message>
    <message>
        <source>Starting {provider}…</source>
        <translation>正在启动 {provider}…</translation>
    </message>
    <message>
        <source>Cannot recognise the documents — {reason}</source>
        <translation>无法识别文档 — {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Recognising %n document(s) with {provider}…</source>
        <translation>
            <numerusform>正在用 {provider} 识别 %n 份文档…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with errors</source>
        <translation>
            <numerusform>，%n 份出错</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: {done} of %n document(s) recognised{errors}</source>
        <translation>
            <numerusform>已取消：%n 份文档中已识别 {done} 份{errors}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recognised %n document(s) in {took}{errors}</source>
        <translation>
            <numerusform>已识别 %n 份文档，用时 {took}{errors}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to export: the document list is empty</source>
        <translation>没有可导出的内容：文档列表为空</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n document(s)…</source>
        <translation>
            <numerusform>正在导出 %n 份文档…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed — {reason}</source>
        <translation>导出失败 — {reason}</translation>
    </message>
    <message numerus="yes">
        <source> (%n not recognised yet, listed as pending)</source>
        <translation>
            <numerusform>（%n 份尚未识别，按待识别列出）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n document(s) to {target}{note}</source>
        <translation>
            <numerusform>已导出 %n 份文档到 {target}{note}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchStatus</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the batch; documents not started stay pending</source>
        <translation>停止批量识别；尚未开始的文档保持待识别</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Start the remaining documents</source>
        <translation>开始识别其余文档</translation>
    </message>
    <message>
        <source>Finish the running pages, then wait</source>
        <translation>完成正在识别的页后暂停</translation>
    </message>
    <message>
        <source>Cancelling… {done} of {total}</source>
        <translation>正在取消… 第 {done} / {total} 份</translation>
    </message>
    <message>
        <source>Paused · {done} of {total}</source>
        <translation>已暂停 · 第 {done} / {total} 份</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Recognising…</source>
        <translation>识别中…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>BlindEntry</name>
    <message>
        <source>Type it blind: the reading is hidden</source>
        <translation>请盲录：识别值已隐藏</translation>
    </message>
    <message>
        <source>Type it once more: it differs from the reading</source>
        <translation>请再输入一次：与识别值不一致</translation>
    </message>
    <message>
        <source>{field} differs from the reading: type it again to decide</source>
        <translation>{field}与识别值不一致：请再输入一次以确定</translation>
    </message>
    <message>
        <source>{field} typed blind matches the reading</source>
        <translation>{field}盲录结果与识别值一致</translation>
    </message>
    <message>
        <source>{field} decided by the second typing</source>
        <translation>{field}已由第二次输入确定</translation>
    </message>
</context>
<context>
    <name>BoxItem</name>
    <message>
        <source>confidence {confidence}</source>
        <translation>置信度 {confidence}</translation>
    </message>
    <message>
        <source>edited (OCR: {value})</source>
        <translation>已修改（识别值：{value}）</translation>
    </message>
</context>
<context>
    <name>BoxTools</name>
    <message>
        <source>Select a field with a box first</source>
        <translation>请先选择一个带框的字段</translation>
    </message>
    <message>
        <source>Recognise the page first, then draw the missing field</source>
        <translation>请先识别本页，再为缺少的字段画框</translation>
    </message>
    <message>
        <source>Drag a box around the missing field (Esc cancels)</source>
        <translation>拖动鼠标框住缺少的字段（Esc 取消）</translation>
    </message>
    <message>
        <source>Reading {field}…</source>
        <translation>正在识别{field}…</translation>
    </message>
    <message>
        <source>Reading the box failed — {reason}. Type the value instead.</source>
        <translation>识别框内文字失败：{reason}。请手动输入值。</translation>
    </message>
    <message>
        <source>{provider} cannot read a single region</source>
        <translation>{provider} 不支持识别单个区域</translation>
    </message>
    <message>
        <source>Reading {field} again…</source>
        <translation>正在重新识别{field}…</translation>
    </message>
    <message>
        <source>{field}: no text found — the value is kept</source>
        <translation>{field}：未识别到文字，保留原值</translation>
    </message>
    <message>
        <source>{field}: your correction is kept (read: {text})</source>
        <translation>{field}：已保留您的更正（识别结果：{text}）</translation>
    </message>
    <message>
        <source>Reading failed — {reason}</source>
        <translation>识别失败：{reason}</translation>
    </message>
    <message>
        <source>{field}: {text}</source>
        <translation>{field}：{text}</translation>
    </message>
    <message>
        <source>{field}: no text found</source>
        <translation>{field}：未识别到文字</translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <source>Cannot open camera {source}: it is not connected, or another program is using it</source>
        <translation>无法打开摄像头 {source}：未连接，或正被其他程序使用</translation>
    </message>
    <message>
        <source>Cannot open &apos;{source}&apos;: it is not connected, or another program is using it</source>
        <translation>无法打开“{source}”：未连接，或正被其他程序使用</translation>
    </message>
    <message>
        <source>The camera {source} stopped delivering pictures</source>
        <translation>摄像头 {source} 已停止传送画面</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Camera default</source>
        <translation>摄像头默认</translation>
    </message>
    <message>
        <source>Camera {index}</source>
        <translation>摄像头 {index}</translation>
    </message>
    <message>
        <source>{name} (file)</source>
        <translation>{name}（文件）</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>正在启动摄像头…</translation>
    </message>
    <message>
        <source>Capture from Camera</source>
        <translation>摄像头拍摄</translation>
    </message>
    <message>
        <source>Looking for cameras…</source>
        <translation>正在查找摄像头…</translation>
    </message>
    <message>
        <source>Capture automatically when steady</source>
        <translation>稳定后自动拍摄</translation>
    </message>
    <message>
        <source>Takes the picture once the document has been still and sharp for about a second</source>
        <translation>文档保持静止、清晰约一秒后自动拍照</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Steadiness</source>
        <translation>稳定度</translation>
    </message>
    <message>
        <source>Hold a document in front of the camera, then press Space.</source>
        <translation>将文档放在摄像头前，然后按空格键。</translation>
    </message>
    <message>
        <source>Capture (Space)</source>
        <translation>拍摄（空格）</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>拍摄</translation>
    </message>
    <message>
        <source>No camera found. Connect a camera (or close the other program using it) and open this again.</source>
        <translation>未找到摄像头。请连接摄像头（或关闭正在使用它的其他程序）后重新打开此窗口。</translation>
    </message>
    <message>
        <source>Opening {camera}…</source>
        <translation>正在打开{camera}…</translation>
    </message>
    <message>
        <source>Steady and sharp — capturing</source>
        <translation>稳定清晰，正在拍摄</translation>
    </message>
    <message>
        <source>Steady and sharp — press Space</source>
        <translation>稳定清晰，请按空格键</translation>
    </message>
    <message>
        <source>Hold still…</source>
        <translation>请保持不动…</translation>
    </message>
    <message>
        <source>Hold the document still</source>
        <translation>请拿稳文档</translation>
    </message>
    <message>
        <source>Too blurred: hold it still, in focus</source>
        <translation>画面模糊：请拿稳并对准焦点</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) added to the document list.</source>
        <translation>
            <numerusform>已向文档列表添加 %n 张照片。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CameraWorker</name>
    <message>
        <source>The camera stopped: {error}</source>
        <translation>摄像头已停止：{error}</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <source>{name} (typing not committed)</source>
        <translation>{name}（输入未提交）</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare with Another Engine</source>
        <translation>与其他识别服务比对</translation>
    </message>
    <message>
        <source>Second &amp;engine:</source>
        <translation>第二个识别服务(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Cancel Test</source>
        <translation>取消测试</translation>
    </message>
    <message>
        <source>Stop waiting for the service; nothing is saved</source>
        <translation>停止等待识别服务；不会保存任何内容</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>已取消测试。</translation>
    </message>
    <message>
        <source>{problem} (set by the environment variable {name})</source>
        <translation>{problem}（由环境变量 {name} 设置）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>{setting} has a value the service cannot use: check what was entered.</source>
        <translation>{setting}的值无法使用，请检查填写的内容。</translation>
    </message>
    <message>
        <source>Fill in first: {settings}.</source>
        <translation>请先填写{settings}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>CorrectionNotes</name>
    <message>
        <source>digit</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>check digit</source>
        <translation>校验位</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>credit code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <source>check character</source>
        <translation>校验码</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>车辆识别代号</translation>
    </message>
    <message>
        <source>licence class</source>
        <translation>准驾车型</translation>
    </message>
    <message>
        <source>plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>period</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>vehicle type</source>
        <translation>车辆类型</translation>
    </message>
    <message>
        <source>use character</source>
        <translation>使用性质</translation>
    </message>
    <message>
        <source>company type</source>
        <translation>企业类型</translation>
    </message>
    <message>
        <source>bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>card type</source>
        <translation>卡种</translation>
    </message>
    <message>
        <source>from ID number</source>
        <translation>据身份证号码</translation>
    </message>
    <message>
        <source>from the QR code</source>
        <translation>据二维码</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>date_cn</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>数字串</translation>
    </message>
    <message>
        <source>money</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>tax_id</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>month_year</source>
        <translation>年月</translation>
    </message>
    <message>
        <source>id_number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>card_number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>credit_code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <source>vin</source>
        <translation>车辆识别代号</translation>
    </message>
    <message>
        <source>vehicle_class</source>
        <translation>准驾车型</translation>
    </message>
    <message>
        <source>bank_name</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>vocabulary</source>
        <translation>词表</translation>
    </message>
    <message>
        <source>from the QR code (not read from the print)</source>
        <translation>据二维码（印刷内容未识别）</translation>
    </message>
    <message>
        <source>from the total {total}</source>
        <translation>据价税合计 {total}</translation>
    </message>
    <message>
        <source>{what}: {change}</source>
        <translation>{what}：{change}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Images and PDF ({patterns})</source>
        <translation>图片和 PDF ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>Scan documents, recognise their fields with an offline engine or a cloud OCR service, review and correct them, and export to JSON, Excel or CSV.</source>
        <translation>扫描文档，用离线引擎或云端 OCR 服务识别其中的字段，校对、更正后导出为 JSON、Excel 或 CSV。</translation>
    </message>
    <message>
        <source>About OCRDesk</source>
        <translation>关于 OCRDesk</translation>
    </message>
    <message>
        <source>Discard corrections?</source>
        <translation>丢弃更正？</translation>
    </message>
    <message>
        <source>Your corrections to {name} have not been exported.
{action} and discard them?</source>
        <translation>您对“{name}”的更正尚未导出。
要{action}并丢弃这些更正吗？</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……还有 %n 份</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>{action} and discard it, or export everything first?</source>
        <translation>要{action}并丢弃这些工作，还是先全部导出？</translation>
    </message>
    <message>
        <source>Unexported work</source>
        <translation>有未导出的工作</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) have work that was not exported:</source>
        <translation>
            <numerusform>%n 份文档有尚未导出的工作：</numerusform>
        </translation>
    </message>
    <message>
        <source>Export All…</source>
        <translation>全部导出…</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>confirming</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Typing not committed</source>
        <translation>输入尚未提交</translation>
    </message>
    <message>
        <source>Your typing in {fields} was not committed with Enter.</source>
        <translation>您在“{fields}”中的输入尚未按 Enter 提交。</translation>
    </message>
    <message>
        <source>Commit it before {action}, or discard it?</source>
        <translation>要在{action}前提交这些输入，还是丢弃？</translation>
    </message>
    <message>
        <source>Commit Typing</source>
        <translation>提交输入</translation>
    </message>
    <message>
        <source>Discard Typing</source>
        <translation>丢弃输入</translation>
    </message>
    <message>
        <source>Replace your correction?</source>
        <translation>替换您的更正？</translation>
    </message>
    <message>
        <source>Replace your correction &apos;{mine}&apos; with the new reading &apos;{reading}&apos;?</source>
        <translation>用新的识别结果“{reading}”替换您的更正“{mine}”吗？</translation>
    </message>
    <message>
        <source>{field} was corrected by hand; reading its box again found other text.</source>
        <translation>“{field}”已手动更正过；重新识别该框得到了不同的文字。</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>保留我的</translation>
    </message>
</context>
<context>
    <name>DocTypes</name>
    <message>
        <source>General text</source>
        <translation>通用文字</translation>
    </message>
    <message>
        <source>Handwriting</source>
        <translation>手写体</translation>
    </message>
    <message>
        <source>ID card (front)</source>
        <translation>身份证人像面</translation>
    </message>
    <message>
        <source>ID card (back)</source>
        <translation>身份证国徽面</translation>
    </message>
    <message>
        <source>Business card</source>
        <translation>名片</translation>
    </message>
    <message>
        <source>Vehicle licence</source>
        <translation>行驶证</translation>
    </message>
    <message>
        <source>Vehicle licence (back page)</source>
        <translation>行驶证副页</translation>
    </message>
    <message>
        <source>Driver licence</source>
        <translation>驾驶证</translation>
    </message>
    <message>
        <source>Licence plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Business licence</source>
        <translation>营业执照</translation>
    </message>
    <message>
        <source>VAT invoice</source>
        <translation>增值税发票</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Hong Kong ID card</source>
        <translation>香港身份证</translation>
    </message>
    <message>
        <source>Acceptance bill</source>
        <translation>承兑汇票</translation>
    </message>
    <message>
        <source>Vehicle sales invoice</source>
        <translation>机动车销售发票</translation>
    </message>
    <message>
        <source>Home return permit</source>
        <translation>回乡证</translation>
    </message>
    <message>
        <source>Travel permit (HK/Macau)</source>
        <translation>港澳通行证</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <source>Pending</source>
        <translation>待识别</translation>
    </message>
    <message>
        <source>Recognising…</source>
        <translation>识别中…</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>已识别</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Pasted image</source>
        <translation>粘贴的图片</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n 个字段</numerusform>
        </translation>
    </message>
    <message>
        <source>no text found</source>
        <translation>未识别到文字</translation>
    </message>
    <message>
        <source>min {percent} %</source>
        <translation>最低 {percent}%</translation>
    </message>
    <message>
        <source>lowest confidence {percent} %</source>
        <translation>最低置信度 {percent}%</translation>
    </message>
    <message>
        <source>No documents yet.

Open files or a folder, drop them here, paste an image, or capture from a camera.</source>
        <translation>还没有文档。

打开文件或文件夹、拖放到这里、粘贴图片，或用摄像头拍摄。</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 份文档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recognised</source>
        <translation>
            <numerusform>已识别 %n 份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed</source>
        <translation>
            <numerusform>已确认 %n 份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 份错误</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentRemoval</name>
    <message>
        <source>Documents cannot be removed while recognition runs: wait for it or cancel it</source>
        <translation>识别进行中，不能移除文档：请等待识别结束或取消识别</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 另有 %n 份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) have corrections that were not exported:</source>
        <translation>
            <numerusform>%n 份文档有尚未导出的更正：</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove them from the list and discard the corrections?</source>
        <translation>从列表移除这些文档并丢弃更正？</translation>
    </message>
    <message>
        <source>Remove documents?</source>
        <translation>移除文档？</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n document(s) from the list</source>
        <translation>
            <numerusform>已从列表移除 %n 份文档</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentWarning</name>
    <message>
        <source>The picture is a photocopy, not the original</source>
        <translation>图片为复印件，不是原件</translation>
    </message>
    <message>
        <source>The picture is a photo of a screen or a print (re-shot)</source>
        <translation>图片为翻拍件（拍摄屏幕或打印件）</translation>
    </message>
    <message>
        <source>The picture is a screenshot, not a photo of the card</source>
        <translation>图片为截图，不是证件实拍</translation>
    </message>
    <message>
        <source>The picture shows signs of editing (PS)</source>
        <translation>图片疑似存在PS痕迹</translation>
    </message>
    <message>
        <source>Temporary ID card</source>
        <translation>临时身份证</translation>
    </message>
    <message>
        <source>The validity date is not valid</source>
        <translation>有效日期不合法</translation>
    </message>
    <message>
        <source>Electronic card, not a physical original</source>
        <translation>电子证件，不是实体原件</translation>
    </message>
    <message>
        <source>A watermark lies over the card</source>
        <translation>证件上有水印</translation>
    </message>
    <message>
        <source>The card is cut off at the border of the picture</source>
        <translation>证件边框不完整</translation>
    </message>
    <message>
        <source>Part of the card is covered</source>
        <translation>证件框内有遮挡</translation>
    </message>
    <message>
        <source>Glare over the card</source>
        <translation>证件有反光</translation>
    </message>
    <message>
        <source>The picture is blurred</source>
        <translation>图片模糊</translation>
    </message>
    <message>
        <source>The picture quality is low</source>
        <translation>图片质量差</translation>
    </message>
    <message>
        <source>The card is too small in the picture</source>
        <translation>证件在图片中太小</translation>
    </message>
    <message>
        <source>More than one card in the picture</source>
        <translation>图片中有多张证件</translation>
    </message>
    <message>
        <source>The recognition service gave a warning</source>
        <translation>识别服务给出警告</translation>
    </message>
</context>
<context>
    <name>DocumentWarnings</name>
    <message>
        <source>accepted anyway: {reason}</source>
        <translation>已坚持接受：{reason}</translation>
    </message>
    <message>
        <source>Confirm asks for a reason before accepting this document</source>
        <translation>确认此文档前需填写接受理由</translation>
    </message>
</context>
<context>
    <name>EngineErrors</name>
    <message>
        <source>{name} stopped unexpectedly; it restarts on the next try</source>
        <translation>{name} 意外停止，下次识别时会自动重启</translation>
    </message>
    <message>
        <source>Local OCR engine failed to start</source>
        <translation>本地 OCR 引擎启动失败</translation>
    </message>
    <message>
        <source>Local OCR engine is not installed correctly</source>
        <translation>本地 OCR 引擎安装不完整</translation>
    </message>
    <message>
        <source>Local OCR model file {name} is missing from {folder}; reinstall OCRDesk</source>
        <translation>{folder} 中缺少本地 OCR 模型文件 {name}，请重新安装 OCRDesk</translation>
    </message>
    <message>
        <source>Local OCR engine could not be loaded</source>
        <translation>无法加载本地 OCR 引擎</translation>
    </message>
    <message>
        <source>{what}: {error}</source>
        <translation>{what}：{error}</translation>
    </message>
    <message>
        <source>Local OCR engine failed</source>
        <translation>本地 OCR 引擎出错</translation>
    </message>
</context>
<context>
    <name>EngineStatus</name>
    <message>
        <source>starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>{provider}: {state}</source>
        <translation>{provider}：{state}</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>未就绪</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Provider &apos;{provider}&apos; does not support document type &apos;{doc_type}&apos;</source>
        <translation>识别服务“{provider}”不支持文档类型“{doc_type}”</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Nothing to export yet: recognise the page first</source>
        <translation>暂无可导出的内容：请先识别本页</translation>
    </message>
    <message>
        <source>Export failed — {reason}</source>
        <translation>导出失败：{reason}</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
</context>
<context>
    <name>FieldNames</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Issuing authority</source>
        <translation>签发机关</translation>
    </message>
    <message>
        <source>Validity period</source>
        <translation>有效期限</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>卡种</translation>
    </message>
    <message>
        <source>Card name</source>
        <translation>卡名</translation>
    </message>
    <message>
        <source>Valid thru</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>QQ</source>
        <translation>QQ</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Plate number</source>
        <translation>号牌号码</translation>
    </message>
    <message>
        <source>Vehicle type</source>
        <translation>车辆类型</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用性质</translation>
    </message>
    <message>
        <source>Brand and model</source>
        <translation>品牌型号</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>车辆识别代号</translation>
    </message>
    <message>
        <source>Engine number</source>
        <translation>发动机号码</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>注册日期</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>印章</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Approved passengers</source>
        <translation>核定载人数</translation>
    </message>
    <message>
        <source>Gross mass</source>
        <translation>总质量</translation>
    </message>
    <message>
        <source>Curb mass</source>
        <translation>整备质量</translation>
    </message>
    <message>
        <source>Overall dimensions</source>
        <translation>外廓尺寸</translation>
    </message>
    <message>
        <source>Inspection record</source>
        <translation>检验记录</translation>
    </message>
    <message>
        <source>Approved load</source>
        <translation>核定载质量</translation>
    </message>
    <message>
        <source>Towing mass</source>
        <translation>准牵引总质量</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>证号</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>First issue date</source>
        <translation>初次领证日期</translation>
    </message>
    <message>
        <source>Vehicle class</source>
        <translation>准驾车型</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有效起始日期</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>有效截止日期</translation>
    </message>
    <message>
        <source>Plate colour</source>
        <translation>车牌颜色</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>注册号</translation>
    </message>
    <message>
        <source>Company type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Registered capital</source>
        <translation>注册资本</translation>
    </message>
    <message>
        <source>Date established</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Business term</source>
        <translation>营业期限</translation>
    </message>
    <message>
        <source>Business scope</source>
        <translation>经营范围</translation>
    </message>
    <message>
        <source>Invoice code</source>
        <translation>发票代码</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation>校验码</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>购买方名称</translation>
    </message>
    <message>
        <source>Buyer&apos;s tax ID</source>
        <translation>购买方纳税人识别号</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>销售方名称</translation>
    </message>
    <message>
        <source>Seller&apos;s tax ID</source>
        <translation>销售方纳税人识别号</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>价税合计</translation>
    </message>
    <message>
        <source>Total in words</source>
        <translation>价税合计（大写）</translation>
    </message>
    <message>
        <source>Machine number</source>
        <translation>机器编号</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>护照号码</translation>
    </message>
    <message>
        <source>Name (pinyin)</source>
        <translation>姓名拼音</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>出生地点</translation>
    </message>
    <message>
        <source>Place of issue</source>
        <translation>签发地点</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>国家码</translation>
    </message>
    <message>
        <source>MRZ line 1</source>
        <translation>机读码第一行</translation>
    </message>
    <message>
        <source>MRZ line 2</source>
        <translation>机读码第二行</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>英文姓名</translation>
    </message>
    <message>
        <source>Telegraph code</source>
        <translation>电码</translation>
    </message>
    <message>
        <source>Permit number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Times issued</source>
        <translation>换证次数</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Registration authority</source>
        <translation>登记机关</translation>
    </message>
    <message>
        <source>Licence issue date</source>
        <translation>发照日期</translation>
    </message>
    <message>
        <source>Business address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Licensing authority</source>
        <translation>发证机关</translation>
    </message>
    <message>
        <source>Hong Kong ID number</source>
        <translation>香港身份证号码</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <source>Line {number}</source>
        <translation>第 {number} 行</translation>
    </message>
</context>
<context>
    <name>FieldTable</name>
    <message>
        <source>No fields yet — open an image and press F5 to recognise it</source>
        <translation>还没有字段：打开图片后按 F5 识别</translation>
    </message>
</context>
<context>
    <name>FieldTableModel</name>
    <message>
        <source>Label</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Conf.</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>The field&apos;s name</source>
        <translation>字段名称</translation>
    </message>
    <message>
        <source>The value as read; edit it to correct it</source>
        <translation>识别出的值；可直接编辑更正</translation>
    </message>
    <message>
        <source>Confidence of the reading</source>
        <translation>识别结果的置信度</translation>
    </message>
    <message>
        <source>invalid: {problems}</source>
        <translation>无效：{problems}</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field}：{value}</translation>
    </message>
    <message>
        <source>Shown as {shown}; the value is kept as read</source>
        <translation>显示为 {shown}；保存的仍是识别出的原值</translation>
    </message>
    <message>
        <source>Edited — OCR read: {value}</source>
        <translation>已修改，识别值：{value}</translation>
    </message>
    <message>
        <source>✓ {provider} read the same</source>
        <translation>✓ {provider}识别结果相同</translation>
    </message>
    <message>
        <source>No confidence given by the provider</source>
        <translation>识别服务未提供置信度</translation>
    </message>
    <message>
        <source>Low confidence ({confidence}): please check</source>
        <translation>置信度低（{confidence}）：请核对</translation>
    </message>
</context>
<context>
    <name>FieldWarnings</name>
    <message>
        <source>{label} ({key}) not found</source>
        <translation>未找到{label}（{key}）</translation>
    </message>
    <message>
        <source>{label}: {message}</source>
        <translation>{label}：{message}</translation>
    </message>
    <message>
        <source>ID number has {count} characters, not 18</source>
        <translation>身份证号码有 {count} 位，而不是 18 位</translation>
    </message>
    <message>
        <source>ID number holds characters that are no digits</source>
        <translation>身份证号码中含有非数字字符</translation>
    </message>
    <message>
        <source>ID number check digit fails and no single misread explains it: verify it</source>
        <translation>身份证号码校验位不符，且无法用单个误识字符解释：请核对</translation>
    </message>
    <message>
        <source>card number is not 13 to 19 digits</source>
        <translation>卡号不是 13 至 19 位数字</translation>
    </message>
    <message>
        <source>card number fails the Luhn check: verify it</source>
        <translation>卡号未通过 Luhn 校验：请核对</translation>
    </message>
    <message>
        <source>credit code has {count} characters, not 18</source>
        <translation>统一社会信用代码有 {count} 位，而不是 18 位</translation>
    </message>
    <message>
        <source>credit code check character fails: verify it</source>
        <translation>统一社会信用代码校验码不符：请核对</translation>
    </message>
    <message>
        <source>VIN has {count} characters, not 17</source>
        <translation>车辆识别代号有 {count} 位，而不是 17 位</translation>
    </message>
    <message>
        <source>VIN check character fails: verify it</source>
        <translation>车辆识别代号校验位不符：请核对</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a known {what}: verify it</source>
        <translation>“{value}”不是已知的{what}：请核对</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is no sex (男/女): verify it</source>
        <translation>“{value}”不是性别（男/女）：请核对</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date: verify it</source>
        <translation>“{value}”不是日期：请核对</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is no calendar date: verify it</source>
        <translation>“{value}”不是有效的日历日期：请核对</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is no licence class (A1…P): verify it</source>
        <translation>“{value}”不是准驾车型（A1…P）：请核对</translation>
    </message>
    <message>
        <source>ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>vehicle type</source>
        <translation>车辆类型</translation>
    </message>
    <message>
        <source>use character</source>
        <translation>使用性质</translation>
    </message>
    <message>
        <source>company type</source>
        <translation>企业类型</translation>
    </message>
    <message>
        <source>bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>card type</source>
        <translation>卡种</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; disagrees with the total {total} ({derived}): verify it</source>
        <translation>{label}：“{value}”与价税合计 {total}（{derived}）不一致：请核对</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; disagrees with the ID number ({derived}): verify it</source>
        <translation>{label}：“{value}”与身份证号码（{derived}）不一致：请核对</translation>
    </message>
    <message>
        <source>The page was read upside down: fields were taken from it turned 180°</source>
        <translation>页面是倒置的：已旋转 180° 后读取字段</translation>
    </message>
    <message>
        <source>QR code not found or unreadable: the invoice fields are not cross-checked with it</source>
        <translation>未找到二维码或无法识读：发票字段未与二维码核对</translation>
    </message>
    <message>
        <source>Document type uncertain: read as {type} ({certainty} sure); check it</source>
        <translation>文档类型不确定：按{type}识别（把握 {certainty}），请核对</translation>
    </message>
    <message>
        <source>{key}: the printed value {value} disagrees with the QR code ({qr}); the QR code&apos;s is kept</source>
        <translation>{key}：印刷值 {value} 与二维码（{qr}）不一致，已采用二维码中的值</translation>
    </message>
</context>
<context>
    <name>FieldsPanel</name>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Fields — {type}</source>
        <translation>字段 — {type}</translation>
    </message>
    <message>
        <source>Not recognised yet</source>
        <translation>尚未识别</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n 个字段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <translation>
            <numerusform>%n 个未找到</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrected</source>
        <translation>
            <numerusform>%n 个已更正</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n low confidence</source>
        <translation>
            <numerusform>%n 个置信度低</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited</source>
        <translation>
            <numerusform>%n 个已修改</numerusform>
        </translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>磁盘配额已用完</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>a folder of that name is in the way</source>
        <translation>已存在同名文件夹</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>名称过长</translation>
    </message>
    <message>
        <source>Cannot write {target}: {error}</source>
        <translation>无法写入 {target}：{error}</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>the disk reported a read error</source>
        <translation>磁盘读取出错</translation>
    </message>
    <message>
        <source>too many levels of links</source>
        <translation>链接层级过多</translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <source>a file of that name is in the way</source>
        <translation>已存在同名文件</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>frames</source>
        <translation>画面</translation>
    </message>
    <message>
        <source>log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Cannot create the {purpose} folder {path}: {reason}</source>
        <translation>无法创建{purpose}文件夹 {path}：{reason}</translation>
    </message>
    <message>
        <source>{problem}. Nothing can be saved there until this is fixed.</source>
        <translation>{problem}。问题解决之前无法在此保存任何内容。</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Drop an image here, or press Ctrl+O to open one</source>
        <translation>将图片拖到此处，或按 Ctrl+O 打开</translation>
    </message>
</context>
<context>
    <name>InputErrors</name>
    <message>
        <source>{name}: file not found</source>
        <translation>{name}：找不到文件</translation>
    </message>
    <message>
        <source>{name}: is a folder, not a file</source>
        <translation>{name}：是文件夹，不是文件</translation>
    </message>
    <message>
        <source>{name}: cannot read ({reason})</source>
        <translation>{name}：无法读取（{reason}）</translation>
    </message>
    <message>
        <source>{name}: {kind}, not a regular file</source>
        <translation>{name}：是{kind}，不是普通文件</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>命名管道（FIFO）</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>设备文件</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>特殊文件</translation>
    </message>
    <message>
        <source>{name}: is a folder, not an image</source>
        <translation>{name}：是文件夹，不是图片</translation>
    </message>
    <message>
        <source>{name}: file is empty</source>
        <translation>{name}：文件为空</translation>
    </message>
    <message>
        <source>{name}: file is too large ({megabytes} MB)</source>
        <translation>{name}：文件过大（{megabytes} MB）</translation>
    </message>
    <message>
        <source>{name}: expected an RGB 8-bit frame</source>
        <translation>{name}：应为 8 位 RGB 画面</translation>
    </message>
    <message>
        <source>{name}: image is too large ({width}×{height} pixels; limit {limit} MP)</source>
        <translation>{name}：图片过大（{width}×{height} 像素；上限 {limit} 百万像素）</translation>
    </message>
    <message>
        <source>{name}: has no page {page}</source>
        <translation>{name}：没有第 {page} 页</translation>
    </message>
    <message>
        <source>{name}: not an image or an unsupported format</source>
        <translation>{name}：不是图片或格式不受支持</translation>
    </message>
    <message>
        <source>{name}: image is too large (above the limit of {limit} MP)</source>
        <translation>{name}：图片过大（超过 {limit} 百万像素的上限）</translation>
    </message>
    <message>
        <source>{name}: file is truncated or corrupt</source>
        <translation>{name}：文件不完整或已损坏</translation>
    </message>
    <message>
        <source>{name}: cannot decode ({error})</source>
        <translation>{name}：无法解码（{error}）</translation>
    </message>
    <message>
        <source>{name}: unsupported colour mode {mode} ({error})</source>
        <translation>{name}：不支持的颜色模式 {mode}（{error}）</translation>
    </message>
    <message>
        <source>{name}: cannot fit the image into {size} bytes</source>
        <translation>{name}：无法将图片压缩到 {size} 字节以内</translation>
    </message>
    <message>
        <source>{path}: no images in this folder</source>
        <translation>{path}：此文件夹中没有图片</translation>
    </message>
    <message>
        <source>{path}: a link to nothing</source>
        <translation>{path}：链接指向的目标不存在</translation>
    </message>
    <message>
        <source>{path}: no such file or folder</source>
        <translation>{path}：文件或文件夹不存在</translation>
    </message>
    <message>
        <source>{path}: cannot list the folder ({reason})</source>
        <translation>{path}：无法列出文件夹内容（{reason}）</translation>
    </message>
    <message>
        <source>{path}: cannot read ({reason})</source>
        <translation>{path}：无法读取（{reason}）</translation>
    </message>
    <message>
        <source>{path}: more than {count} pages; only the first {count} are read</source>
        <translation>{path}：超过 {count} 页，只读取前 {count} 页</translation>
    </message>
    <message>
        <source>{name}: cannot render page {page} ({error})</source>
        <translation>{name}：无法渲染第 {page} 页（{error}）</translation>
    </message>
    <message>
        <source>{name}: wrong password for the PDF</source>
        <translation>{name}：PDF 密码错误</translation>
    </message>
    <message>
        <source>{name}: the PDF is password-protected</source>
        <translation>{name}：PDF 受密码保护</translation>
    </message>
    <message>
        <source>{name}: the PDF uses unsupported encryption</source>
        <translation>{name}：PDF 使用了不受支持的加密方式</translation>
    </message>
    <message>
        <source>{name}: not a PDF or the file is damaged</source>
        <translation>{name}：不是 PDF 或文件已损坏</translation>
    </message>
</context>
<context>
    <name>InputsController</name>
    <message>
        <source>Open Images or PDFs</source>
        <translation>打开图片或 PDF</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>The sample document is missing (expected at {path}).</source>
        <translation>找不到示例文档（应位于 {path}）。</translation>
    </message>
    <message numerus="yes">
        <source>Opening {name} and %n more…</source>
        <translation>
            <numerusform>正在打开 {name} 等 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>正在打开 {name}…</translation>
    </message>
    <message>
        <source>Cannot open — {reason}</source>
        <translation>无法打开：{reason}</translation>
    </message>
    <message>
        <source>Open again?</source>
        <translation>重新打开？</translation>
    </message>
    <message>
        <source>{names} is already in the list with results or corrections.
Open it again from disk and discard them?</source>
        <translation>“{names}”已在列表中，并有识别结果或更正。
要从磁盘重新打开并丢弃这些内容吗？</translation>
    </message>
    <message numerus="yes">
        <source>Added %n document(s)</source>
        <translation>
            <numerusform>已添加 %n 份文档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n file(s) (not images or PDFs)</source>
        <translation>
            <numerusform>跳过 %n 个文件（不是图片或 PDF）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the list</source>
        <translation>
            <numerusform>%n 份已在列表中</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……还有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to paste: copy a picture or some files first</source>
        <translation>没有可粘贴的内容：请先复制图片或文件</translation>
    </message>
    <message>
        <source>Cannot paste the picture — {reason}</source>
        <translation>无法粘贴图片：{reason}</translation>
    </message>
    <message>
        <source>PDF Resolution</source>
        <translation>PDF 分辨率</translation>
    </message>
    <message>
        <source>PDF pages are rendered at {dpi} dpi from now on</source>
        <translation>此后 PDF 页面将以 {dpi} dpi 渲染</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Provider</source>
        <translation>识别服务</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档类型</translation>
    </message>
    <message>
        <source>{width} × {height} px</source>
        <translation>{width} × {height} 像素</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>已打开 {name}</translation>
    </message>
    <message>
        <source>Cannot open the image — {reason}</source>
        <translation>无法打开图片：{reason}</translation>
    </message>
    <message>
        <source>Open failed</source>
        <translation>打开失败</translation>
    </message>
    <message>
        <source>Choose a provider and a document type first.</source>
        <translation>请先选择识别服务和文档类型。</translation>
    </message>
    <message>
        <source>Recognise again</source>
        <translation>重新识别</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>NewFieldDialog</name>
    <message>
        <source>New field</source>
        <translation>新建字段</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>键名(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>名称(&amp;L)</translation>
    </message>
    <message>
        <source>Give the field a key</source>
        <translation>请为字段填写键名</translation>
    </message>
    <message>
        <source>Keys are lower-case letters, digits and _ (like birth_date)</source>
        <translation>键名只能由小写字母、数字和 _ 组成（如 birth_date）</translation>
    </message>
    <message>
        <source>The document already has a field {key}</source>
        <translation>文档中已有字段 {key}</translation>
    </message>
</context>
<context>
    <name>PageOutlines</name>
    <message>
        <source>Card outline (found by {label})</source>
        <translation>证件轮廓（由 {label} 检出）</translation>
    </message>
    <message>
        <source>Portrait (found by {label})</source>
        <translation>人像（由 {label} 检出）</translation>
    </message>
</context>
<context>
    <name>PdfPasswords</name>
    <message>
        <source>Wrong password for {name}. Try again:</source>
        <translation>{name} 的密码错误，请重试：</translation>
    </message>
    <message>
        <source>{name} is password-protected. Password:</source>
        <translation>{name} 受密码保护。密码：</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>PDF 密码</translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <source>OCR provider</source>
        <translation>OCR 识别服务</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>文档类型</translation>
    </message>
    <message>
        <source>Document type: {name}</source>
        <translation>文档类型：{name}</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>A new language takes effect when OCRDesk is started again.</source>
        <translation>新的语言在重新启动 OCRDesk 后生效。</translation>
    </message>
    <message>
        <source>Last folder opened</source>
        <translation>上次打开的文件夹</translation>
    </message>
    <message>
        <source>Files and folders opened lately</source>
        <translation>最近打开的文件和文件夹</translation>
    </message>
    <message>
        <source>Last export folder</source>
        <translation>上次导出的文件夹</translation>
    </message>
    <message>
        <source>Last export format</source>
        <translation>上次导出的格式</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>识别服务</translation>
    </message>
    <message>
        <source>Document type last used with a provider</source>
        <translation>识别服务上次使用的文档类型</translation>
    </message>
    <message>
        <source>Render PDF pages at (dots per inch):</source>
        <translation>PDF 页面渲染分辨率（每英寸点数）：</translation>
    </message>
    <message>
        <source>Include sub-folders</source>
        <translation>包含子文件夹</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Camera resolution</source>
        <translation>摄像头分辨率</translation>
    </message>
    <message>
        <source>Capture automatically when steady</source>
        <translation>稳定后自动拍摄</translation>
    </message>
    <message>
        <source>Show dates as YYYY-MM-DD</source>
        <translation>日期按 YYYY-MM-DD 显示</translation>
    </message>
    <message>
        <source>Authenticity warnings (photocopy, re-shot, screenshot, edited, …)</source>
        <translation>真实性警告（复印件、翻拍、截图、PS 痕迹等）</translation>
    </message>
    <message>
        <source>None (warnings only inform)</source>
        <translation>无（警告仅作提示）</translation>
    </message>
    <message>
        <source>Every warning, quality ones too</source>
        <translation>全部警告（含图片质量）</translation>
    </message>
    <message>
        <source>Warnings that block Confirm until accepted with a reason</source>
        <translation>需填写理由才能确认的警告</translation>
    </message>
    <message>
        <source>Type ID and card numbers blind (double entry)</source>
        <translation>盲录身份证号和卡号（双人录入校验）</translation>
    </message>
    <message>
        <source>Fields typed blind</source>
        <translation>盲录字段</translation>
    </message>
    <message>
        <source>Confirm clean documents by rule (auto-confirm)</source>
        <translation>无问题的文档按规则自动确认</translation>
    </message>
    <message>
        <source>Auto-confirm: lowest confidence (%)</source>
        <translation>自动确认：最低置信度（%）</translation>
    </message>
    <message>
        <source>Auto-confirm: lowest confidence for a document type (%)</source>
        <translation>自动确认：某文档类型的最低置信度（%）</translation>
    </message>
    <message>
        <source>Auto-confirm only where a second engine agrees</source>
        <translation>仅在第二个识别服务结果一致时自动确认</translation>
    </message>
    <message>
        <source>Auto-confirm: share sent to an operator anyway (%)</source>
        <translation>自动确认：仍抽样交人工校对的比例（%）</translation>
    </message>
    <message>
        <source>Keys of an action (overrides its default)</source>
        <translation>命令的快捷键（覆盖默认值）</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
</context>
<context>
    <name>ProviderConfig</name>
    <message>
        <source>Settings → Providers…</source>
        <translation>设置 → 识别服务…</translation>
    </message>
    <message>
        <source>setting &apos;{name}&apos;</source>
        <translation>设置“{name}”</translation>
    </message>
    <message>
        <source>the endpoint given (--endpoint)</source>
        <translation>指定的接口地址（--endpoint）</translation>
    </message>
    <message>
        <source>{where} {problem}</source>
        <translation>{where}{problem}</translation>
    </message>
    <message>
        <source>{name} ({id})</source>
        <translation>{name}（{id}）</translation>
    </message>
    <message>
        <source>set {variables}, or enter them in {dialog} (the endpoint can also be given with --endpoint)</source>
        <translation>请设置环境变量 {variables}，或在“{dialog}”中填写（接口地址也可用 --endpoint 指定）</translation>
    </message>
    <message>
        <source>set {variables}, or enter them in {dialog}</source>
        <translation>请设置环境变量 {variables}，或在“{dialog}”中填写</translation>
    </message>
    <message>
        <source>{provider} is missing required setting(s): {names}; {how}.</source>
        <translation>{provider} 缺少必填设置：{names}；{how}。</translation>
    </message>
    <message>
        <source>{provider}: {problems}.</source>
        <translation>{provider}：{problems}。</translation>
    </message>
    <message>
        <source>{missing} {invalid}</source>
        <translation>{missing}{invalid}</translation>
    </message>
    <message>
        <source>{name}: an endpoint URL is required ({dialog}, --endpoint, or {variable})</source>
        <translation>{name}：需要接口地址（在“{dialog}”中填写，或用 --endpoint、{variable} 指定）</translation>
    </message>
    <message>
        <source>{name}: endpoint must start with http:// or https://</source>
        <translation>{name}：接口地址必须以 http:// 或 https:// 开头</translation>
    </message>
    <message>
        <source>{name}: setting &apos;{setting}&apos; is not set</source>
        <translation>{name}：未设置“{setting}”</translation>
    </message>
    <message>
        <source>{name}: setting &apos;{setting}&apos; must be on or off</source>
        <translation>{name}：设置“{setting}”只能是 on 或 off</translation>
    </message>
    <message>
        <source>{name}: setting &apos;{setting}&apos; must be one of {choices}</source>
        <translation>{name}：设置“{setting}”必须是以下之一：{choices}</translation>
    </message>
    <message>
        <source>{name}: the token contains characters a token cannot have</source>
        <translation>{name}：Token 中含有不应出现的字符</translation>
    </message>
    <message>
        <source>{name}: request_format must be &apos;new&apos; or &apos;old&apos;</source>
        <translation>{name}：request_format 只能是 new 或 old</translation>
    </message>
    <message>
        <source>{name}: the AppCode contains characters an AppCode cannot have</source>
        <translation>{name}：AppCode 中含有不应出现的字符</translation>
    </message>
    <message>
        <source>{name}: app_key must be plain ASCII text</source>
        <translation>{name}：app_key 只能是 ASCII 字符</translation>
    </message>
    <message>
        <source>{name}: text_language must be one of {choices}</source>
        <translation>{name}：text_language 必须是以下之一：{choices}</translation>
    </message>
    <message>
        <source>{name}: with_position must be on or off</source>
        <translation>{name}：with_position 只能是 on 或 off</translation>
    </message>
    <message>
        <source>{name}: region {region} is not a region name like ap-guangzhou</source>
        <translation>{name}：{region} 不是有效的地域名称（如 ap-guangzhou）</translation>
    </message>
</context>
<context>
    <name>ProviderErrors</name>
    <message>
        <source>{en} ({zh}) — {vendor} error {code}: {detail}</source>
        <translation>{zh} — {vendor} 错误 {code}：{detail}</translation>
    </message>
    <message>
        <source>{en} ({zh}) — {vendor} error {code}</source>
        <translation>{zh} — {vendor} 错误 {code}</translation>
    </message>
    <message>
        <source>{en} ({zh}) — {vendor} answered HTTP {status}{reason}</source>
        <translation>{zh} — {vendor} 返回 HTTP {status}{reason}</translation>
    </message>
    <message>
        <source>sent an empty reply (HTTP {status})</source>
        <translation>返回了空响应（HTTP {status}）</translation>
    </message>
    <message>
        <source>sent an HTML/XML page instead of JSON (HTTP {status})</source>
        <translation>返回的是 HTML/XML 页面而不是 JSON（HTTP {status}）</translation>
    </message>
    <message>
        <source>sent a reply that is not valid JSON (cut off or corrupted) (HTTP {status})</source>
        <translation>返回的 JSON 无效（被截断或已损坏）（HTTP {status}）</translation>
    </message>
    <message>
        <source>{en} ({zh}) — {vendor}: {what}</source>
        <translation>{zh} — {vendor}：{what}</translation>
    </message>
    <message>
        <source>{en} ({zh}) — {vendor} did not send its whole answer within {seconds} s</source>
        <translation>{zh} — {vendor} 未在 {seconds} 秒内返回完整响应</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted</source>
        <translation>服务器证书不受信任</translation>
    </message>
    <message>
        <source>the secure connection (TLS) could not be set up</source>
        <translation>无法建立安全连接（TLS）</translation>
    </message>
    <message>
        <source>sent a compressed reply that cannot be decompressed (corrupted)</source>
        <translation>返回的压缩数据无法解压（已损坏）</translation>
    </message>
    <message>
        <source>the connection broke before the whole reply arrived (reply cut off)</source>
        <translation>响应未完整接收连接即已中断（响应被截断）</translation>
    </message>
    <message>
        <source>connection reset</source>
        <translation>连接被重置</translation>
    </message>
    <message>
        <source>connection timed out</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <source>{message} (the endpoint must be the full service URL, …/api/predict/&lt;service&gt;/&lt;path&gt;)</source>
        <translation>{message}（接口地址必须是完整的服务地址，…/api/predict/&lt;service&gt;/&lt;path&gt;）</translation>
    </message>
    <message>
        <source>{message}: {detail}</source>
        <translation>{message}：{detail}</translation>
    </message>
</context>
<context>
    <name>ProviderNames</name>
    <message>
        <source>Aliyun PAI-EAS ID-card model</source>
        <translation>阿里云 PAI-EAS 身份证模型</translation>
    </message>
    <message>
        <source>Aliyun API market OCR (APPCODE)</source>
        <translation>阿里云云市场 OCR（APPCODE）</translation>
    </message>
    <message>
        <source>Local (offline, RapidOCR)</source>
        <translation>本地引擎（离线，RapidOCR）</translation>
    </message>
    <message>
        <source>SinoVoice 灵云 image cloud</source>
        <translation>捷通华声灵云图像识别</translation>
    </message>
    <message>
        <source>Tencent Cloud OCR (API 3.0)</source>
        <translation>腾讯云 OCR（API 3.0）</translation>
    </message>
    <message>
        <source>Tencent 万象优图 (legacy)</source>
        <translation>腾讯万象优图（旧版）</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>•••••• (stored in keyring)</source>
        <translation>••••••（已保存在系统密钥环中）</translation>
    </message>
    <message>
        <source>•••••• (kept for this session only)</source>
        <translation>••••••（仅在本次会话中保留）</translation>
    </message>
    <message>
        <source>(will be removed when you save)</source>
        <translation>（保存时将删除）</translation>
    </message>
    <message>
        <source>No settings: the local engine works offline.</source>
        <translation>无需设置：本地引擎离线工作。</translation>
    </message>
    <message>
        <source>This provider has no settings.</source>
        <translation>此识别服务没有设置项。</translation>
    </message>
    <message>
        <source>This provider has no connection test.</source>
        <translation>此识别服务不支持测试连接。</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>选填。</translation>
    </message>
    <message>
        <source>Stored in the system keyring, never in a file.</source>
        <translation>保存在系统密钥环中，不会写入文件。</translation>
    </message>
    <message>
        <source>Provider id: {id}</source>
        <translation>识别服务标识：{id}</translation>
    </message>
    <message>
        <source>Could not load this provider: {error}</source>
        <translation>无法加载此识别服务：{error}</translation>
    </message>
    <message>
        <source>Fields marked * are required. Hover a field for help.</source>
        <translation>标有 * 的为必填项。鼠标悬停在输入框上可查看说明。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show or hide what you type</source>
        <translation>显示或隐藏输入的内容</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Remove the stored secret when you save</source>
        <translation>保存时删除已保存的密钥</translation>
    </message>
    <message>
        <source>Set by the environment variable {name}, which overrides this setting (read-only here).</source>
        <translation>已由环境变量 {name} 设置，优先于此处的设置（此处只读）。</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Send one small request with the values on this page (saved or not)</source>
        <translation>用本页填写的值（无论是否已保存）发送一个小请求</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>{setting} {problem}</source>
        <translation>{setting}{problem}</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>失败：{reason}</translation>
    </message>
    <message>
        <source>Environment variable: {name}</source>
        <translation>环境变量：{name}</translation>
    </message>
</context>
<context>
    <name>ProviderSettings</name>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>must be an http:// or https:// URL</source>
        <translation>必须是以 http:// 或 https:// 开头的网址</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>服务令牌（Token）</translation>
    </message>
    <message>
        <source>The service token shown with the EAS service (调用信息).</source>
        <translation>EAS 服务“调用信息”中显示的服务令牌。</translation>
    </message>
    <message>
        <source>Service URL</source>
        <translation>服务地址</translation>
    </message>
    <message>
        <source>The full service URL, e.g. http://&lt;id&gt;.cn-chengdu.pai-eas.aliyuncs.com/api/predict/&lt;service&gt;/idcard_ocr; it is used as given.</source>
        <translation>完整的服务地址，例如 http://&lt;id&gt;.cn-chengdu.pai-eas.aliyuncs.com/api/predict/&lt;service&gt;/idcard_ocr；按原样使用。</translation>
    </message>
    <message>
        <source>AppCode</source>
        <translation>AppCode</translation>
    </message>
    <message>
        <source>The AppCode shown for your purchased OCR API in the Aliyun market console (已购买的服务).</source>
        <translation>阿里云云市场控制台“已购买的服务”中所购 OCR 接口的 AppCode。</translation>
    </message>
    <message>
        <source>Request format</source>
        <translation>请求格式</translation>
    </message>
    <message>
        <source>Current ({image, configure})</source>
        <translation>新格式（{image, configure}）</translation>
    </message>
    <message>
        <source>Older ({inputs: [...]})</source>
        <translation>旧格式（{inputs: [...]}）</translation>
    </message>
    <message>
        <source>The request body the API expects (the older one is is_old_format in the vendor&apos;s demo).</source>
        <translation>接口要求的请求体格式（旧格式即厂商示例中的 is_old_format）。</translation>
    </message>
    <message>
        <source>App key (x-app-key)</source>
        <translation>应用标识（x-app-key）</translation>
    </message>
    <message>
        <source>The application key SinoVoice assigned.</source>
        <translation>捷通华声分配的应用标识。</translation>
    </message>
    <message>
        <source>Developer key (devKey)</source>
        <translation>开发者密钥（devKey）</translation>
    </message>
    <message>
        <source>Signs each request; never sent.</source>
        <translation>用于给每个请求签名，本身不会发送。</translation>
    </message>
    <message>
        <source>Text language</source>
        <translation>文字语言</translation>
    </message>
    <message>
        <source>Chinese (ocr.cloud)</source>
        <translation>中文（ocr.cloud）</translation>
    </message>
    <message>
        <source>English (ocr.cloud.english)</source>
        <translation>英文（ocr.cloud.english）</translation>
    </message>
    <message>
        <source>The language of general text.</source>
        <translation>通用文字的语言。</translation>
    </message>
    <message>
        <source>General text: also ask for character boxes (withPosition=1), not the text only.</source>
        <translation>通用文字：除文字外，同时返回字符框（withPosition=1）。</translation>
    </message>
    <message>
        <source>Line positions</source>
        <translation>行位置</translation>
    </message>
    <message>
        <source>SecretId</source>
        <translation>SecretId</translation>
    </message>
    <message>
        <source>SecretKey</source>
        <translation>SecretKey</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>e.g. ap-guangzhou, ap-beijing, ap-shanghai, ap-hongkong</source>
        <translation>例如 ap-guangzhou、ap-beijing、ap-shanghai、ap-hongkong</translation>
    </message>
    <message>
        <source>Ask Tencent for every check it offers (photocopy, re-shot, PS, temporary ID, border, glare, quality) on ID cards, bank cards and business licences</source>
        <translation>对身份证、银行卡和营业执照请求腾讯提供的全部检查（复印件、翻拍、PS、临时身份证、边框、反光、质量）</translation>
    </message>
    <message>
        <source>Main page</source>
        <translation>主页</translation>
    </message>
    <message>
        <source>Second page (副页)</source>
        <translation>副页</translation>
    </message>
    <message>
        <source>Either page, or both</source>
        <translation>任一页或两页</translation>
    </message>
    <message>
        <source>Which page of a driver licence the pictures show</source>
        <translation>图片拍摄的是驾驶证的哪一页</translation>
    </message>
    <message>
        <source>Chinese passports (PassportOCR)</source>
        <translation>中国护照（PassportOCR）</translation>
    </message>
    <message>
        <source>Any country&apos;s, from the machine-readable lines (MLIDPassportOCR)</source>
        <translation>任何国家的护照，从机读码行读取（MLIDPassportOCR）</translation>
    </message>
    <message>
        <source>Which passports the passport document type reads</source>
        <translation>“护照”文档类型识别哪类护照</translation>
    </message>
    <message>
        <source>Driver licence side</source>
        <translation>驾驶证页面</translation>
    </message>
    <message>
        <source>Passports</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>AppID</source>
        <translation>AppID</translation>
    </message>
    <message>
        <source>Tencent Cloud APPID (项目ID), digits</source>
        <translation>腾讯云 APPID（项目ID），纯数字</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>空间名称（Bucket）</translation>
    </message>
    <message>
        <source>万象优图 bucket (空间名称); later docs call it a legacy field that may be left empty</source>
        <translation>万象优图的空间名称（bucket）；较新的文档称其为旧字段，可以留空</translation>
    </message>
    <message>
        <source>Connected to {name}. It answered: {answer}</source>
        <translation>已连接到{name}，服务返回：{answer}</translation>
    </message>
    <message numerus="yes">
        <source>Connected to {name}: %n field(s) recognised in the test image.</source>
        <translation>
            <numerusform>已连接到{name}：测试图片中识别出 %n 个字段。</numerusform>
        </translation>
    </message>
    <message>
        <source>Authenticity and quality checks</source>
        <translation>真实性和质量检查</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>服务地址</translation>
    </message>
    <message>
        <source>Replaces the vendor&apos;s default host (private deployments).</source>
        <translation>替换厂商的默认服务地址（用于私有部署）。</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>超时（秒）</translation>
    </message>
    <message>
        <source>Each request, the whole reply included, must end within this many seconds.</source>
        <translation>每个请求（包括接收完整回复）须在此秒数内完成。</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>每秒请求数</translation>
    </message>
    <message>
        <source>Parallel requests</source>
        <translation>并行请求数</translation>
    </message>
    <message>
        <source>is not one of the offered choices</source>
        <translation>不是可选的值之一</translation>
    </message>
    <message>
        <source>must be on or off</source>
        <translation>必须为开或关</translation>
    </message>
</context>
<context>
    <name>ProviderSettingsDialog</name>
    <message>
        <source>Providers</source>
        <translation>识别服务</translation>
    </message>
    <message>
        <source>Fix the highlighted fields first.</source>
        <translation>请先修正标出的字段。</translation>
    </message>
    <message>
        <source>Could not save the settings: {error}</source>
        <translation>无法保存设置：{error}</translation>
    </message>
    <message>
        <source>Saved. Secrets are in the system keyring; other settings in {path}.</source>
        <translation>已保存。密钥保存在系统密钥环中，其他设置保存在 {path}。</translation>
    </message>
    <message>
        <source>Saved. Secrets are kept in memory for this session only; other settings in {path}.</source>
        <translation>已保存。密钥仅在本次会话的内存中保留，其他设置保存在 {path}。</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QueueController</name>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>nothing to show</source>
        <translation>没有可显示的内容</translation>
    </message>
    <message>
        <source>Cannot open {name} — {reason}</source>
        <translation>无法打开 {name} — {reason}</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>正在打开 {name}…</translation>
    </message>
    <message>
        <source>This is the last document</source>
        <translation>已是最后一份文档</translation>
    </message>
    <message>
        <source>This is the first document</source>
        <translation>已是第一份文档</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n document(s)</source>
        <translation>
            <numerusform>已恢复 %n 份文档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n edit(s)</source>
        <translation>
            <numerusform>及 %n 处修改</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadableError</name>
    <message>
        <source>{message} — set it in Settings → Providers…</source>
        <translation>{message} — 请在“设置 → 识别服务…”中设置</translation>
    </message>
    <message>
        <source>Not enough memory for this operation</source>
        <translation>内存不足，无法完成此操作</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>意外错误：{error}</translation>
    </message>
</context>
<context>
    <name>RecentInputs</name>
    <message>
        <source>&amp;Recent Files and Folders</source>
        <translation>最近打开的文件和文件夹(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <source>{path} is no longer there: removed from the list</source>
        <translation>{path} 已不存在，已从列表中移除</translation>
    </message>
</context>
<context>
    <name>RecognitionReport</name>
    <message>
        <source>Recognising with {provider}…</source>
        <translation>正在用 {provider} 识别…</translation>
    </message>
    <message numerus="yes">
        <source>Recognised %n field(s) in {seconds} s</source>
        <translation>
            <numerusform>已识别 %n 个字段，用时 {seconds} 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>No text found in {seconds} s</source>
        <translation>未识别到文字，用时 {seconds} 秒</translation>
    </message>
    <message>
        <source>Recognition failed — {reason}</source>
        <translation>识别失败：{reason}</translation>
    </message>
    <message>
        <source>Recognition failed</source>
        <translation>识别失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>Recognizer</name>
    <message>
        <source>{name}: nothing to open</source>
        <translation>{name}：没有可打开的内容</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 份文档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s)</source>
        <translation>
            <numerusform>%n 处修改</numerusform>
        </translation>
    </message>
    <message>
        <source>OCRDesk did not close properly on {when}. Its session had {documents} and {edits} that may not have been exported.</source>
        <translation>OCRDesk 于 {when} 未正常关闭。该会话中有 {documents}和 {edits}，可能尚未导出。</translation>
    </message>
    <message>
        <source>OCRDesk did not close properly. Its session had {documents} and {edits} that may not have been exported.</source>
        <translation>OCRDesk 上次未正常关闭。该会话中有 {documents}和 {edits}，可能尚未导出。</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段数</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>修改数</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>稍后决定(&amp;L)</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>未识别</translation>
    </message>
    <message>
        <source>recognised</source>
        <translation>已识别</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>The earlier session could not be restored — {reason}. It stays for later.</source>
        <translation>无法恢复之前的会话：{reason}。该会话会保留，留待以后处理。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>ReviewDelegate</name>
    <message>
        <source>Your typing in {field} was not committed: F2 to continue, then Enter</source>
        <translation>您在“{field}”中的输入尚未提交：按 F2 继续编辑，再按 Enter</translation>
    </message>
    <message>
        <source>{draft}  (not committed)</source>
        <translation>{draft}  （未提交）</translation>
    </message>
    <message>
        <source>Enter keeps the value, Esc discards the typing</source>
        <translation>Enter 保留该值，Esc 放弃输入</translation>
    </message>
</context>
<context>
    <name>ReviewWorkflow</name>
    <message>
        <source>No field needs a look: every value is valid and confident</source>
        <translation>没有需要核对的字段：所有值均有效且置信度足够</translation>
    </message>
    <message>
        <source>Press Enter to keep the value, or Esc to discard the typing</source>
        <translation>按 Enter 保留该值，或按 Esc 放弃输入</translation>
    </message>
    <message>
        <source>Nothing to confirm: recognise the page first</source>
        <translation>没有可确认的内容：请先识别本页</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) left: fix, or {keys} again to confirm</source>
        <translation>
            <numerusform>还有 %n 个问题：请修正，或再按 {keys} 确认</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmed {document}</source>
        <translation>已确认 {document}</translation>
    </message>
    <message>
        <source>Confirmed {document} — no more documents to review</source>
        <translation>已确认 {document}，没有其他待校对的文档了</translation>
    </message>
    <message>
        <source>Not confirmed: the warnings were not accepted</source>
        <translation>未确认：警告未被接受</translation>
    </message>
</context>
<context>
    <name>SecondEngine</name>
    <message>
        <source>{provider} read {value}: {first} keeps this value, {second} takes it</source>
        <translation>{provider}识别为 {value}：{first} 保留当前值，{second} 采用该值</translation>
    </message>
    <message>
        <source>Nothing to compare: recognise the page first</source>
        <translation>没有可比对的内容：请先识别本页</translation>
    </message>
    <message>
        <source>No other engine reads this document type</source>
        <translation>没有其他识别服务支持此文档类型</translation>
    </message>
    <message>
        <source>Reading the page with {provider}…</source>
        <translation>正在用{provider}识别本页…</translation>
    </message>
    <message>
        <source>{provider} could not read the page: {error}</source>
        <translation>{provider}无法识别本页：{error}</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) read otherwise by {provider}</source>
        <translation>
            <numerusform>{provider}有 %n 个字段识别结果不同</numerusform>
        </translation>
    </message>
    <message>
        <source>{provider} read every field the same</source>
        <translation>{provider}的识别结果与所有字段一致</translation>
    </message>
    <message>
        <source>No second reading differs for this field</source>
        <translation>此字段没有不一致的第二识别结果</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>No system keyring is available (install and unlock GNOME Keyring / KWallet, or use Windows Credential Manager / macOS Keychain). Secrets are kept for this session only.</source>
        <translation>没有可用的系统密钥环（请安装并解锁 GNOME Keyring / KWallet，或使用 Windows 凭据管理器 / macOS 钥匙串）。密钥仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>The system keyring is turned off (keyring&apos;s null backend is configured). Secrets are kept for this session only.</source>
        <translation>系统密钥环已关闭（keyring 配置为 null 后端）。密钥仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>The only keyring found ({backend}, from keyrings.alt) stores secrets in a plain file, which OCRDesk does not use; install and unlock GNOME Keyring / KWallet, or use Windows Credential Manager / macOS Keychain. Secrets are kept for this session only.</source>
        <translation>找到的唯一密钥环（{backend}，来自 keyrings.alt）以明文文件保存密钥，OCRDesk 不使用它；请安装并解锁 GNOME Keyring / KWallet，或使用 Windows 凭据管理器 / macOS 钥匙串。密钥仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>The system keyring could not be opened ({error}). Secrets are kept for this session only.</source>
        <translation>无法打开系统密钥环（{error}）。密钥仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>The system keyring ({backend}) failed ({error}). Secrets are kept for this session only.</source>
        <translation>系统密钥环（{backend}）出错（{error}）。密钥仅在本次会话中保留。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>a JSON {kind}, not a session</source>
        <translation>是 JSON {kind}，不是会话</translation>
    </message>
    <message>
        <source>not an OCRDesk session (format {format})</source>
        <translation>不是 OCRDesk 会话（格式 {format}）</translation>
    </message>
    <message>
        <source>its documents are not a list of documents</source>
        <translation>其中的文档不是文档列表</translation>
    </message>
    <message>
        <source>its current document is not a number</source>
        <translation>其中的当前文档不是数字</translation>
    </message>
    <message>
        <source>its save time is not a number</source>
        <translation>其中的保存时间不是数字</translation>
    </message>
    <message>
        <source>a box of {key} lies far outside any page</source>
        <translation>{key} 的框远在页面之外</translation>
    </message>
    <message>
        <source>a page number is not a positive number ({page})</source>
        <translation>页码不是正数（{page}）</translation>
    </message>
    <message>
        <source>an image description has the wrong types</source>
        <translation>图片描述的数据类型错误</translation>
    </message>
    <message>
        <source>set aside as {name}</source>
        <translation>已另存为 {name}</translation>
    </message>
    <message>
        <source>left where it is (it could not be moved)</source>
        <translation>保留在原处（无法移动）</translation>
    </message>
    <message>
        <source>A damaged session file ({name}) could not be restored and was {where}: {reason}.</source>
        <translation>已损坏的会话文件（{name}）无法恢复，{where}：{reason}。</translation>
    </message>
    <message>
        <source>{problem}. Autosave cannot work until this is fixed.</source>
        <translation>{problem}。问题解决之前无法自动保存。</translation>
    </message>
    <message>
        <source>the session lock {name} is held by another program</source>
        <translation>会话锁 {name} 被另一个程序占用</translation>
    </message>
    <message>
        <source>another OCRDesk window has taken {name}</source>
        <translation>另一个 OCRDesk 窗口已接管 {name}</translation>
    </message>
</context>
<context>
    <name>SettingEditors</name>
    <message>
        <source>(from the environment)</source>
        <translation>（来自环境变量）</translation>
    </message>
    <message>
        <source>default: {value}</source>
        <translation>默认：{value}</translation>
    </message>
    <message>
        <source>{value} (not one of the choices)</source>
        <translation>{value}（不是可选的值）</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>Could not read {name} ({error}); using default settings.</source>
        <translation>无法读取 {name}（{error}），将使用默认设置。</translation>
    </message>
    <message>
        <source>{name} is damaged (not UTF-8 text); {backup} Using default settings.</source>
        <translation>{name} 已损坏（不是 UTF-8 文本）；{backup}将使用默认设置。</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason}); {backup} Using default settings.</source>
        <translation>{name} 已损坏（{reason}）；{backup}将使用默认设置。</translation>
    </message>
    <message>
        <source>it could not be copied to {name} ({error}).</source>
        <translation>无法复制为 {name}（{error}）。</translation>
    </message>
    <message>
        <source>a copy was kept as {name}.</source>
        <translation>已保留一份副本 {name}。</translation>
    </message>
    <message>
        <source>not valid JSON at line {line}</source>
        <translation>第 {line} 行不是有效的 JSON</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>unknown version {version}</source>
        <translation>未知版本 {version}</translation>
    </message>
    <message>
        <source>&apos;providers&apos; is not an object</source>
        <translation>“providers”不是对象</translation>
    </message>
    <message>
        <source>settings of &apos;{provider}&apos; are not an object</source>
        <translation>“{provider}”的设置不是对象</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Change keys in Settings → Keyboard Shortcuts…  ·  any key closes this</source>
        <translation>在“设置 → 快捷键…”中修改按键  ·  按任意键关闭</translation>
    </message>
    <message>
        <source>Mouse on the page</source>
        <translation>在页面上用鼠标</translation>
    </message>
    <message>
        <source>Drag a selected box to move it, its handles to resize it</source>
        <translation>拖动选中的框可移动它，拖动控制点可调整大小</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+滚轮</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Field list</source>
        <translation>字段列表</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>鼠标</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>下一个 / 上一个字段</translation>
    </message>
    <message>
        <source>Edit the value (or just type)</source>
        <translation>编辑值（也可直接输入）</translation>
    </message>
    <message>
        <source>Commit the value (the only key that does)</source>
        <translation>提交值（只有此键会提交）</translation>
    </message>
    <message>
        <source>Discard the typing</source>
        <translation>放弃输入</translation>
    </message>
    <message>
        <source>{key} or {other}</source>
        <translation>{key} 或 {other}</translation>
    </message>
    <message>
        <source>{key} types into the field: use Ctrl, Alt or a function key</source>
        <translation>{key} 会输入到字段中：请配合 Ctrl、Alt 或使用功能键</translation>
    </message>
    <message>
        <source>{key} moves between fields or edits them</source>
        <translation>{key} 用于在字段间移动或编辑字段</translation>
    </message>
    <message>
        <source>{key} is used by both “{one}” and “{other}”</source>
        <translation>{key} 同时被“{one}”和“{other}”使用</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Resize box of {field}</source>
        <translation>调整{field}的框大小</translation>
    </message>
    <message>
        <source>Move box of {field}</source>
        <translation>移动{field}的框</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>编辑{field}</translation>
    </message>
    <message>
        <source>Add {field}</source>
        <translation>添加{field}</translation>
    </message>
    <message>
        <source>Delete {field}</source>
        <translation>删除{field}</translation>
    </message>
    <message>
        <source>Read {field} again</source>
        <translation>重新识别{field}</translation>
    </message>
    <message>
        <source>Confirm {document}</source>
        <translation>确认 {document}</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>&apos;{value}&apos; is not a date</source>
        <translation>“{value}”不是有效日期</translation>
    </message>
    <message>
        <source>date {date} is implausibly early</source>
        <translation>日期 {date} 过早，不合常理</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a validity period (start-end)</source>
        <translation>“{value}”不是有效期限（应为 起始-截止）</translation>
    </message>
    <message>
        <source>validity period ends before it starts</source>
        <translation>有效期限的截止日期早于起始日期</translation>
    </message>
    <message>
        <source>expired on {date}</source>
        <translation>已于 {date} 过期</translation>
    </message>
    <message>
        <source>differs from the birth date in the ID number ({date})</source>
        <translation>与身份证号码中的出生日期（{date}）不一致</translation>
    </message>
    <message>
        <source>differs from the sex the ID number encodes ({sex})</source>
        <translation>与身份证号码所示性别（{sex}）不一致</translation>
    </message>
    <message>
        <source>15-digit ID number (legacy, issued before 1999): ask for the 18-digit number</source>
        <translation>15 位旧版身份证号码（1999 年前签发）：请索取 18 位号码</translation>
    </message>
    <message>
        <source>ID number must have 18 characters, not {count}</source>
        <translation>身份证号码应为 18 位，而不是 {count} 位</translation>
    </message>
    <message>
        <source>ID number may contain only digits and a final X</source>
        <translation>身份证号码只能由数字组成，最后一位可为 X</translation>
    </message>
    <message>
        <source>ID number starts with {code}, which is no province code</source>
        <translation>身份证号码以 {code} 开头，不是有效的省级行政区代码</translation>
    </message>
    <message>
        <source>birth date {date} inside the ID number is not a real date</source>
        <translation>身份证号码中的出生日期 {date} 不是有效日期</translation>
    </message>
    <message>
        <source>birth date {date} inside the ID number is impossible</source>
        <translation>身份证号码中的出生日期 {date} 不可能</translation>
    </message>
    <message>
        <source>check digit should be {expected}, not {found} (a digit is misread)</source>
        <translation>校验位应为 {expected}，而不是 {found}（有数字识别错误）</translation>
    </message>
    <message>
        <source>card number may contain only digits</source>
        <translation>卡号只能由数字组成</translation>
    </message>
    <message>
        <source>card number must have 13 to 19 digits, not {count}</source>
        <translation>卡号应为 13 至 19 位，而不是 {count} 位</translation>
    </message>
    <message>
        <source>Luhn check fails: a digit is misread</source>
        <translation>卡号校验（Luhn）未通过：有数字识别错误</translation>
    </message>
    <message>
        <source>unified social credit code must have 18 characters, not {count}</source>
        <translation>统一社会信用代码应为 18 位，而不是 {count} 位</translation>
    </message>
    <message>
        <source>characters {characters} never appear in a credit code (I O S V Z are not used)</source>
        <translation>统一社会信用代码中不会出现字符 {characters}（不使用 I、O、S、V、Z）</translation>
    </message>
    <message>
        <source>check character should be {expected}, not {found}</source>
        <translation>校验码应为 {expected}，而不是 {found}</translation>
    </message>
    <message>
        <source>plate must start with a province character, not {found}</source>
        <translation>车牌应以省份简称开头，而不是“{found}”</translation>
    </message>
    <message>
        <source>not a valid plate: province + letter + 5 characters (6 for new-energy vehicles)</source>
        <translation>车牌格式无效：省份简称 + 字母 + 5 位字符（新能源车为 6 位）</translation>
    </message>
    <message>
        <source>VIN must have 17 characters, not {count}</source>
        <translation>车辆识别代号应为 17 位，而不是 {count} 位</translation>
    </message>
    <message>
        <source>characters {characters} never appear in a VIN (I O Q are not used)</source>
        <translation>车辆识别代号中不会出现字符 {characters}（不使用 I、O、Q）</translation>
    </message>
    <message>
        <source>check character (9th) should be {expected}, not {found}</source>
        <translation>校验位（第 9 位）应为 {expected}，而不是 {found}</translation>
    </message>
</context>
</TS>
